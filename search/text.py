"""Query parsing, synonym expansion, snippets and spelling: the same for both engines.

Raw input never reaches a query parser: it is cut into plain words and quoted phrases
here, and each engine builds simple structures (multi_match, FTS5 strings of quoted
words, plainto_tsquery parameters) from those words only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import escape

MAX_QUERY_CHARS = 200
MAX_WORDS = 12
WORD_RE = re.compile(r"\w+", re.UNICODE)
# Private-use characters mark highlights inside engine output; they can never come
# from a person's text because normalise() strips them.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"


@dataclass(frozen=True)
class Alternative:
    words: tuple[str, ...]
    exact: bool = False  # a quoted phrase, or an abbreviation: no fuzziness

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass
class Unit:
    """One thing the person asked for, and the ways of saying it (synonyms)."""

    original: str
    alternatives: list[Alternative] = field(default_factory=list)


@dataclass
class ParsedQuery:
    text: str  # the cleaned query as shown back
    units: list[Unit]
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.units

    @property
    def words(self) -> list[str]:
        """Every word we search for, synonyms included (for highlighting)."""
        seen: list[str] = []
        for unit in self.units:
            for alt in unit.alternatives:
                for w in alt.words:
                    if w.lower() not in seen:
                        seen.append(w.lower())
        return seen


def normalise(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(
        ch if unicodedata.category(ch)[0] not in ("C",) else " " for ch in text
    )
    return " ".join(text.split())


def words_of(text: str) -> list[str]:
    return WORD_RE.findall(text)


def _synonym_index(groups: list[list[str]]) -> dict[tuple[str, ...], list[tuple]]:
    """Map each term (as a word tuple, lower-case unless an abbreviation) to its group."""
    index: dict[tuple[str, ...], list[tuple]] = {}
    for group in groups:
        entries = []
        for term in group:
            ws = words_of(term)
            if not ws:
                continue
            acronym = term.isupper() and len(ws) == 1
            entries.append(
                (tuple(ws) if acronym else tuple(w.lower() for w in ws), acronym)
            )
        for key, acronym in entries:
            index.setdefault(key, []).append((acronym, entries))
    return index


def parse(raw: str, synonym_groups: list[list[str]] | None = None) -> ParsedQuery:
    text = normalise(raw)
    truncated = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    synonyms = _synonym_index(synonym_groups or [])
    units: list[Unit] = []
    # Quoted phrases first; an unbalanced quote simply quotes nothing.
    parts = re.split(r"\"([^\"]*)\"", text)
    for i, part in enumerate(parts):
        if i % 2 == 1:
            ws = words_of(part)
            if ws:
                units.append(
                    Unit(part, [Alternative(tuple(w.lower() for w in ws), True)])
                )
            continue
        ws = words_of(part)
        j = 0
        while j < len(ws):
            matched = None
            for size in (4, 3, 2, 1):
                chunk = ws[j : j + size]
                if len(chunk) < size:
                    continue
                for key in (tuple(chunk), tuple(w.lower() for w in chunk)):
                    for acronym, entries in synonyms.get(key, []):
                        if acronym and key != tuple(chunk):
                            continue  # "all" is not "ALL"
                        if not acronym and key != tuple(w.lower() for w in chunk):
                            continue
                        matched = (size, entries)
                        break
                    if matched:
                        break
                if matched:
                    break
            if matched:
                size, entries = matched
                original = " ".join(ws[j : j + size])
                alts = []
                for words, acronym in entries:
                    alt = Alternative(tuple(w.lower() for w in words), exact=acronym)
                    if alt not in alts:
                        alts.append(alt)
                units.append(Unit(original, alts))
                j += size
            else:
                units.append(Unit(ws[j], [Alternative((ws[j].lower(),))]))
                j += 1
    return ParsedQuery(text=text, units=units[:MAX_WORDS], truncated=truncated)


# Snippets -------------------------------------------------------------------------


def _stem_prefix(word: str) -> str:
    word = word.lower()
    return word if len(word) <= 4 else word[: max(4, len(word) - 3)]


def mark_words(text: str, words: list[str], fuzzy: bool = True) -> str:
    """Wrap words of `text` that match the query in MARK_OPEN/MARK_CLOSE."""
    prefixes = {_stem_prefix(w) for w in words if w}
    if not prefixes:
        return text

    def repl(match: re.Match) -> str:
        token = match.group(0)
        low = token.lower()
        for prefix in prefixes:
            if low == prefix or (len(prefix) >= 4 and low.startswith(prefix)):
                return f"{MARK_OPEN}{token}{MARK_CLOSE}"
        return token

    return WORD_RE.sub(repl, text)


def excerpt(text: str, words: list[str], size: int = 220) -> str:
    """A window of `text` around the first matching word, marked."""
    text = " ".join((text or "").split())
    marked = mark_words(text, words)
    start = marked.find(MARK_OPEN)
    if start == -1 or len(text) <= size:
        window = marked if len(text) <= size else marked[:size]
        cut_start, cut_end = False, len(text) > size
    else:
        begin = max(0, start - size // 3)
        # Start at a word boundary.
        space = marked.rfind(" ", 0, begin)
        begin = 0 if begin == 0 else (space + 1 if space != -1 else begin)
        window = marked[begin : begin + size]
        cut_start, cut_end = begin > 0, begin + size < len(marked)
    # Never cut inside a marker pair.
    if window.count(MARK_OPEN) > window.count(MARK_CLOSE):
        window += MARK_CLOSE
    window = window.lstrip(MARK_CLOSE) if window.startswith(MARK_CLOSE) else window
    return ("… " if cut_start else "") + window.strip() + (" …" if cut_end else "")


def marked_to_html(marked: str) -> str:
    """Escape everything, then turn our private markers into <mark>."""
    html = escape(marked)
    return html.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


# Spelling -------------------------------------------------------------------------


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def max_edits(word: str) -> int:
    """Elasticsearch's fuzziness AUTO: 0 edits up to 2 letters, 1 up to 5, then 2."""
    n = len(word)
    return 0 if n <= 2 else (1 if n <= 5 else 2)
