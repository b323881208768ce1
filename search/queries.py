"""The only reader: what a person's search shows them, on whichever engine answers.

Everything a search can reveal (results, counts, facets, suggestions, "did you mean",
highlights) is computed under the same permission filter, built from community's
visible_to(). Hits are checked against the database once more before they are shown.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search import sources
from search.engines.base import (
    DATE_RANGES,
    SORTS,
    EngineUnavailable,
    FacetValue,
    Filters,
    Hit,
    SearchRequest,
    Suggestion,
)
from search.engines.database import DatabaseEngine
from search.models import SearchDocument, SynonymGroup
from search.permissions import visible_category_ids
from search.text import MAX_QUERY_CHARS, Alternative, ParsedQuery, Unit, parse

log = logging.getLogger("kindred.search")

PER_PAGE = 10
MAX_PAGE = 100
DOWN_KEY = "search:elasticsearch-down"
DOWN_SECONDS = 15
KIND_LABELS = {
    "thread": gettext_lazy("Conversation"),
    "post": gettext_lazy("Reply in a conversation"),
    "blog": gettext_lazy("Blog post"),
    "resource": gettext_lazy("Resource article"),
    "page": gettext_lazy("Page"),
    "service": gettext_lazy("Support service"),
}
DATE_LABELS = {
    "month": gettext_lazy("Past month"),
    "year": gettext_lazy("Past year"),
    "older": gettext_lazy("More than a year ago"),
}
KINDS = tuple(KIND_LABELS)


def kind_label(kind: str) -> str:
    return str(KIND_LABELS.get(kind, KIND_LABELS["page"]))


def synonym_groups() -> list[list[str]]:
    """Read on every search (one small query): an editor's change works at once."""
    return [g.term_list for g in SynonymGroup.objects.only("terms")]


def parse_query(raw: str) -> ParsedQuery:
    return parse(raw, synonym_groups())


# Engine choice ---------------------------------------------------------------------


def primary_engine():
    if settings.ELASTICSEARCH_URL and not cache.get(DOWN_KEY):
        from search.engines.elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    return DatabaseEngine()


def _run(method: str, *args, **kwargs):
    """Call the primary engine; if Elasticsearch is down, the embedded engine answers.
    Returns (result, engine, degraded)."""
    engine = primary_engine()
    degraded = bool(settings.ELASTICSEARCH_URL) and engine.name == "database"
    if engine.name == "elasticsearch":
        try:
            return getattr(engine, method)(*args, **kwargs), engine, False
        except EngineUnavailable as exc:
            log.warning(
                "search: Elasticsearch unavailable (%s); using the database", exc
            )
            cache.set(DOWN_KEY, True, DOWN_SECONDS)
            engine, degraded = DatabaseEngine(), True
    return getattr(engine, method)(*args, **kwargs), engine, degraded


# Searching --------------------------------------------------------------------------


@dataclass
class Outcome:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    per_page: int = PER_PAGE
    sort: str = "relevance"
    kinds: list[str] = field(default_factory=list)
    section: str = ""
    tag: str = ""
    date: str = ""
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    engine: str = ""
    degraded: bool = False
    corrected_to: str = ""  # we searched for this instead (nothing matched as typed)
    did_you_mean: str = ""  # offered as a link
    any_words: bool = False  # nothing had every word; these have some
    messages: list[str] = field(default_factory=list)
    suggested_articles: list[SearchDocument] = field(default_factory=list)

    @property
    def has_filters(self) -> bool:
        return bool(self.kinds or self.section or self.tag or self.date)


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip()[:6])
    except (TypeError, ValueError):
        return default


def _corrected(parsed: ParsedQuery, corrections: dict[str, str]) -> ParsedQuery | None:
    if not corrections:
        return None
    units, changed = [], False
    for unit in parsed.units:
        alt = unit.alternatives[0]
        if len(unit.alternatives) == 1 and not alt.is_phrase and not alt.exact:
            fixed = corrections.get(alt.text)
            if fixed and fixed != alt.text:
                units.append(Unit(fixed, [Alternative((fixed,))]))
                changed = True
                continue
        units.append(unit)
    if not changed:
        return None
    text = " ".join(u.original for u in units)
    return parse_query(text) if text else None


def _spelling_for(
    engine, parsed: ParsedQuery, filters: Filters, corrections: dict | None = None
) -> ParsedQuery | None:
    """A corrected query, only if it finds something this person may see: candidate
    words can come from anywhere in the index, the check keeps private words private."""
    words = [
        u.alternatives[0].text
        for u in parsed.units
        if len(u.alternatives) == 1 and not u.alternatives[0].is_phrase
    ]
    if corrections is None:
        try:
            corrections = engine.spelling(words)
        except EngineUnavailable:
            return None
    if not corrections:
        return None
    verified = {}
    for word, correction in corrections.items():
        # Each correction must find something this person may see, on its own.
        check = SearchRequest(
            query=parse_query(correction),
            filters=filters,
            fuzzy=False,
            with_facets=False,
            limit=0,
        )
        try:
            if engine.count(check) > 0:
                verified[word] = correction
        except EngineUnavailable:
            return None
    return _corrected(parsed, verified)


def search(
    user,
    *,
    q: str = "",
    kinds=None,
    section: str = "",
    tag: str = "",
    date: str = "",
    sort: str = "relevance",
    page=1,
    per_page: int = PER_PAGE,
) -> Outcome:
    raw = q or ""
    parsed = parse_query(raw)
    kinds = [k for k in (kinds or []) if k in KINDS]
    outcome = Outcome(
        query=parsed.text,
        sort=sort if sort in SORTS else "relevance",
        kinds=kinds,
        section=(section or "")[:150],
        tag=(tag or "")[:60],
        date=date if date in DATE_RANGES else "",
        per_page=per_page,
    )
    if parsed.truncated:
        outcome.messages.append(
            _("That was a long search, so we used the first %(n)d characters.")
            % {"n": MAX_QUERY_CHARS}
        )
    if parsed.is_empty:
        if raw.strip():
            outcome.messages.append(
                _(
                    "We couldn't find any words to search for in that. Try a word or two."
                )
            )
        outcome.suggested_articles = suggested_articles()
        return outcome

    requested_page = _int(page, 1)
    if requested_page < 1 or requested_page > MAX_PAGE:
        outcome.messages.append(
            _("That page doesn't exist, so here is the first page.")
        )
        requested_page = 1
    filters = Filters(
        category_ids=visible_category_ids(user),
        kinds=kinds,
        section=outcome.section,
        tag=outcome.tag,
        date_range=outcome.date,
    )
    request = SearchRequest(
        query=parsed,
        filters=filters,
        sort=outcome.sort,
        offset=(requested_page - 1) * per_page,
        limit=per_page,
        with_spelling=True,
    )
    response, engine, degraded = _run("search", request)
    outcome.engine, outcome.degraded = engine.name, degraded
    request.with_spelling = False
    corrections = response.spelling or {}

    if response.total == 0:
        fixed = _spelling_for(engine, parsed, filters, corrections)
        if fixed is not None:
            request.query = fixed
            response = engine.search(request)
            outcome.corrected_to = fixed.text
            parsed = fixed
        if response.total == 0:
            request.match_all_units = False
            response = engine.search(request)
            outcome.any_words = response.total > 0 and len(parsed.units) > 1
            if not outcome.any_words:
                response.total, response.hits = 0, []
                outcome.corrected_to = ""
    elif requested_page == 1 and corrections:
        fixed = _spelling_for(engine, parsed, filters, corrections)
        if fixed is not None:
            outcome.did_you_mean = fixed.text

    outcome.total = response.total
    outcome.facets = response.facets
    outcome.pages = (
        max(1, math.ceil(response.total / per_page)) if response.total else 0
    )
    if response.total and request.offset >= response.total:
        outcome.messages.append(
            _("That page is past the end of the results; here is the last one.")
        )
        requested_page = min(outcome.pages, MAX_PAGE)
        request.offset = (requested_page - 1) * per_page
        response = engine.search(request)
    outcome.page = requested_page
    outcome.hits = visible_hits(user, response.hits)
    if not outcome.hits and not response.total:
        outcome.suggested_articles = suggested_articles()
    return outcome


def visible_hits(user, hits: list) -> list:
    """Defence in depth: keep only hits whose database row `user` may see right now."""
    from community.models import Post, Thread

    by_label: dict[str, set[str]] = {}
    for hit in hits:
        label, oid = hit.key.rsplit(":", 1)
        by_label.setdefault(label, set()).add(oid)
    allowed: set[str] = set()
    for label, ids in by_label.items():
        int_ids = [int(i) for i in ids if i.isdigit()]
        if label == sources.THREAD_KEY:
            found = Thread.objects.visible_to(user).filter(pk__in=int_ids)
        elif label == sources.POST_KEY:
            found = Post.objects.visible_to(user).filter(
                pk__in=int_ids, deleted_by_author=False
            )
        elif label == sources.PAGE_KEY:
            found = sources.searchable_pages().filter(pk__in=int_ids)
        else:
            from django.apps import apps

            try:
                model = apps.get_model(label)
            except (LookupError, ValueError):
                continue
            if model not in sources.snippet_models():
                continue
            found = sources.searchable_snippets(model).filter(pk__in=list(ids))
        allowed.update(f"{label}:{pk}" for pk in found.values_list("pk", flat=True))
    kept = [h for h in hits if h.key in allowed]
    if len(kept) != len(hits):
        log.warning(
            "search: dropped %d hits the index should not have had",
            len(hits) - len(kept),
        )
    return kept


def suggested_articles(limit: int = 3) -> list[SearchDocument]:
    """For a search that found nothing: the newest public articles."""
    return list(
        SearchDocument.objects.filter(
            status="published",
            category_id__isnull=True,
            visibility="public",
            kind__in=["resource", "blog"],
        ).order_by("-date")[:limit]
    )


def suggest(user, q: str, limit: int = 6) -> tuple[list[Suggestion], bool]:
    """Titles for the as-you-type list. Returns (suggestions, degraded)."""
    parsed = parse(q or "")
    words = [w for u in parsed.units for a in u.alternatives[:1] for w in a.words]
    if not words or len("".join(words)) < 2:
        return [], False
    filters = Filters(category_ids=visible_category_ids(user))
    suggestions, _engine, degraded = _run("suggest", words, filters, limit)

    class _K:  # visible_hits only needs .key
        def __init__(self, s):
            self.key, self.s = s.key, s

    kept = visible_hits(user, [_K(s) for s in suggestions])
    return [k.s for k in kept], degraded
