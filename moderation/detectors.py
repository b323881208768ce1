"""Detectors: plain functions from text to findings, so they can be measured.

Each is tuned against tests/moderation/data/*.jsonl, which holds real-sounding crisis
statements beside the everyday hyperbole of a hard week ("chemo is killing me", "I could
die for a coffee") that must *not* page a moderator at 3am. bench/bench_moderation.py
reports precision and recall on that sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

# --- crisis language -------------------------------------------------------------------

_SELF = r"(?:myself|my\s+self|my\s+life)"
_CRISIS_PATTERNS: list[tuple[str, re.Pattern]] = [
    # suicide, first person
    (
        "suicide",
        re.compile(r"\b(?:kill|killing|end|ending|take|taking)\s+" + _SELF + r"\b", _I),
    ),
    ("suicide", re.compile(r"\bend(?:ing)?\s+it\s+all\b", _I)),
    ("suicide", re.compile(r"\b(?:take|taking|took)\s+my\s+own\s+life\b", _I)),
    ("suicide", re.compile(r"\b(?:i|i'm|im|i am)\s+(?:\w+\s+){0,3}suicidal\b", _I)),
    ("suicide", re.compile(r"\b(?:feel|feeling|felt)\s+suicidal\b", _I)),
    ("suicide", re.compile(r"\bthoughts?\s+of\s+suicide\b", _I)),
    ("suicide", re.compile(r"\bcommit(?:ting)?\s+suicide\b", _I)),
    (
        "suicide",
        re.compile(
            r"\b(?:i|i'm|im|i\s+just|i\s+really)\s+(?:\w+\s+)?"
            r"(?:want|wanna|going|plan|planning|ready)\s+(?:to\s+)?die\b",
            _I,
        ),
    ),
    (
        "suicide",
        re.compile(
            r"\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+to\s+"
            r"(?:be\s+alive|live|be\s+here\s+any\s*more|wake\s+up)\b",
            _I,
        ),
    ),
    ("suicide", re.compile(r"\bbetter\s+off\s+(?:dead|without\s+me)\b", _I)),
    (
        "suicide",
        re.compile(
            r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go(?:ing)?\s+on)\b",
            _I,
        ),
    ),
    (
        "suicide",
        re.compile(
            r"\bcan'?t\s+(?:go\s+on\s+(?:living|any\s*more)|keep\s+living)\b", _I
        ),
    ),
    (
        "suicide",
        re.compile(r"\bjoin\s+(?:him|her|them)\s+(?:soon|in\s+heaven|tonight)\b", _I),
    ),
    (
        "suicide",
        re.compile(
            r"\b(?:writ(?:e|ing|ten)|wrote)\s+(?:my\s+|a\s+)?(?:goodbye|suicide)\s+(?:letter|note)s?\b",
            _I,
        ),
    ),
    (
        "suicide",
        re.compile(
            r"\b(?:take|took|taking|swallow(?:ed)?)\s+(?:all|every\s+one)\s+of\s+"
            r"(?:my|the|her|his)\s+(?:pills|tablets|meds|medication)\b"
            r"|\b(?:take|took|taking|swallow(?:ed)?)\s+all\s+(?:my|the)\s+(?:pills|tablets|meds)\b",
            _I,
        ),
    ),
    # self-harm
    (
        "self_harm",
        re.compile(
            r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming)\s+myself\b", _I
        ),
    ),
    (
        "self_harm",
        re.compile(
            r"\bself[-\s]?harm(?:ing|ed)?\b(?!\s+(?:awareness|charity|leaflet|research))",
            _I,
        ),
    ),
    # a child in danger
    (
        "child_danger",
        re.compile(
            r"\b(?:he|she|they|my\s+(?:husband|wife|partner|ex|boyfriend|girlfriend|dad|mum|mom|stepdad))"
            r"\s+(?:keeps\s+|has\s+been\s+|is\s+|was\s+)?"
            r"(?:hit(?:s|ting)?|beat(?:s|ing)?|hurt(?:s|ing)?|chok(?:es|ing|ed)|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?)\s+"
            r"(?:my\s+|our\s+|the\s+)?"
            r"(?:son|daughter|child|children|kids?|baby|brother|sister|him|her|them)\b",
            _I,
        ),
    ),
    (
        "child_danger",
        re.compile(
            r"\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+safe\s+at\s+home\b", _I
        ),
    ),
    (
        "child_danger",
        re.compile(
            r"\b(?:my\s+)?(?:son|daughter|child|boy|girl)\s+(?:said|says|told\s+me|keeps\s+saying)\s+"
            r"(?:that\s+)?(?:he|she|they)\s+(?:wants?|wanted)\s+to\s+(?:die|kill\s+(?:himself|herself|themselves))\b",
            _I,
        ),
    ),
    (
        "child_danger",
        re.compile(
            r"\b(?:touch(?:es|ed|ing)?)\s+(?:him|her|them|my\s+\w+)\s+inappropriately\b",
            _I,
        ),
    ),
    (
        "child_danger",
        re.compile(
            r"\bscared\s+(?:he|she|they)\s*(?:'ll|will)\s+(?:hurt|kill)\s+(?:him|her|them|my|the)\b",
            _I,
        ),
    ),
]

# Hyperbole and third-party or clinical talk that contains crisis words but is not one.
_CRISIS_NEGATIONS: list[re.Pattern] = [
    re.compile(r"\bsuicide\s+(?:prevention|awareness|helpline|lifeline|hotline)\b", _I),
    re.compile(r"\b(?:not|never|no\s+longer)\s+(?:feeling\s+)?suicidal\b", _I),
]


def detect_crisis(text: str) -> list[str]:
    """Kinds of crisis language found ('suicide', 'self_harm', 'child_danger')."""
    kinds: list[str] = []
    for kind, pattern in _CRISIS_PATTERNS:
        for match in pattern.finditer(text):
            window = text[max(0, match.start() - 40) : match.end() + 40]
            if (
                any(neg.search(window) for neg in _CRISIS_NEGATIONS)
                and "suicid" in match.group(0).lower()
            ):
                continue
            if kind not in kinds:
                kinds.append(kind)
            break
    return kinds


# --- personal details -----------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    kind: str  # phone | email | address | hospital | child_name
    start: int
    end: int
    text: str


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?<![\w/.,])(?:\+|00)?\d[\d \-().]{7,18}\d(?![\w/])")
_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|boulevard|blvd|"
    "place|pl|crescent|terrace|gardens|grove|square"
)
_ADDRESS = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[A-Z][a-z'\-]+\s+){1,3}(?i:" + _STREET_TYPES + r")\b\.?",
)
_RELATION = (
    "son|daughter|child|boy|girl|baby|grandson|granddaughter|niece|nephew|"
    "brother|sister|stepson|stepdaughter|little one|kiddo"
)
_CHILD_NAME = re.compile(
    r"\b(?i:my|our)\s+(?:\w+\s+)?(?i:"
    + _RELATION
    + r")\s*,?\s+(?:is\s+|named\s+|called\s+)?"
    r"(?P<name>[A-Z][a-z'\-]+\s+[A-Z][a-z'\-]{1,})\b"
    r"|\b(?:named|called)\s+(?:him|her|them)\s+(?P<name2>[A-Z][a-z'\-]+\s+[A-Z][a-z'\-]{1,})\b"
)
# Capitalised words that follow "my son" but are not surnames.
_NOT_SURNAMES = {
    "acute",
    "lymphoblastic",
    "myeloid",
    "leukaemia",
    "leukemia",
    "hospital",
    "has",
    "had",
    "is",
    "was",
    "and",
    "but",
    "the",
    "who",
    "just",
    "finally",
    "started",
    "oncology",
    "ward",
    "clinic",
    "children's",
    "childrens",
    "cancer",
    "wilms",
    "hodgkin",
    "ewing's",
    "ewings",
    "neuroblastoma",
    "chemo",
    "radiotherapy",
    "christmas",
    "easter",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "mum",
    "mom",
    "dad",
    "i",
    "we",
}


def _phone_like(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not 10 <= len(digits) <= 15:
        return False
    # Lab values and doses use decimal points and commas; phone numbers rarely do.
    if re.search(r"\d\.\d{1,2}(?!\d)", candidate) and candidate.count(".") == 1:
        return False
    return True


def detect_personal_details(
    text: str, *, hospitals: list[str] | None = None
) -> list[Finding]:
    findings: list[Finding] = []
    for m in _EMAIL.finditer(text):
        findings.append(Finding("email", m.start(), m.end(), m.group(0)))
    for m in _PHONE.finditer(text):
        if _phone_like(m.group(0)) and not _overlaps(findings, m.start(), m.end()):
            findings.append(Finding("phone", m.start(), m.end(), m.group(0).strip()))
    for m in _ADDRESS.finditer(text):
        findings.append(Finding("address", m.start(), m.end(), m.group(0)))
    for m in _CHILD_NAME.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        first, last = name.split(None, 1)
        if first.lower() in _NOT_SURNAMES or last.lower() in _NOT_SURNAMES:
            continue
        findings.append(Finding("child_name", m.start(group), m.end(group), name))
    for hospital in hospitals or []:
        hospital = hospital.strip()
        if not hospital:
            continue
        for m in re.finditer(r"\b" + re.escape(hospital) + r"\b", text, _I):
            findings.append(Finding("hospital", m.start(), m.end(), m.group(0)))
    findings.sort(key=lambda f: f.start)
    return findings


def _overlaps(findings: list[Finding], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in findings)


REDACTION_LABELS = {
    "phone": "[phone number removed]",
    "email": "[email address removed]",
    "address": "[address removed]",
    "hospital": "[hospital name removed]",
    "child_name": "[name removed]",
}


def redact(text: str, findings: list[Finding]) -> str:
    """The text with each finding replaced by a label; overlapping findings merge."""
    out, cursor = [], 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < cursor:
            continue
        out.append(text[cursor : f.start])
        out.append(REDACTION_LABELS[f.kind])
        cursor = f.end
    out.append(text[cursor:])
    return "".join(out)


# --- links, images, spam -----------------------------------------------------------------

_LINK = re.compile(r"https?://\S+|www\.\S+|\]\([^)]+\)", _I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]+\)|<img\b", _I)


def count_links(text: str) -> int:
    return len(_LINK.findall(text))


def has_images(text: str) -> bool:
    return bool(_IMAGE.search(text))


# --- watched words ----------------------------------------------------------------------


def watched_word_regex(pattern: str) -> re.Pattern:
    """'cure*' → words starting with 'cure'; '*' alone inside a phrase spans a word."""
    parts = [re.escape(p) for p in pattern.strip().split("*")]
    body = r"[\w'-]*".join(parts)
    return re.compile(r"(?<![\w])" + body + r"(?![\w])", _I)
