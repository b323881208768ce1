"""The only reader: what a person's search shows them, on whichever engine answers.

Everything a search can reveal (results, counts, facets, suggestions, "did you mean",
highlights) is computed under the same permission filter, built from community's
visible_to(). Hits are checked against the database once more before they are shown.
"""

from __future__ import annotations

import logging
import math
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search import sources, statements
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
from search.permissions import page_restrictions, visible_category_ids
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


SYNONYMS_VERSION_KEY = "search:synonyms:version"
_synonym_memo: dict[str, list[list[str]]] = {}


def synonym_groups() -> list[list[str]]:
    """The editors' synonym groups, kept in this process per version of the set.

    An editor's save or delete bumps the shared version (search.signals, after commit),
    so the next search in every process reads the new set: no reindex, no restart.
    A reader that loaded the old set just before a bump keeps it under the old version,
    which nobody asks for again.
    """
    version = cache.get(SYNONYMS_VERSION_KEY)
    if version is None:
        cache.add(SYNONYMS_VERSION_KEY, str(time.time_ns()), None)
        version = cache.get(SYNONYMS_VERSION_KEY)
    groups = _synonym_memo.get(version)
    if groups is None:
        groups = [g.term_list for g in SynonymGroup.objects.only("terms")]
        _synonym_memo.clear()
        _synonym_memo[version] = groups
    return groups


def synonyms_changed() -> None:
    """Retire every process's copy of the synonym set."""
    cache.set(SYNONYMS_VERSION_KEY, str(time.time_ns()), None)


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
            engine, degraded = _fall_back(exc), True
    return getattr(engine, method)(*args, **kwargs), engine, degraded


def _fall_back(exc: EngineUnavailable) -> DatabaseEngine:
    """Elasticsearch did not answer: remember that for a while, use the database."""
    log.warning("search: Elasticsearch unavailable (%s); using the database", exc)
    cache.set(DOWN_KEY, True, DOWN_SECONDS)
    return DatabaseEngine()


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


_MARKED = re.compile(r"<mark>(.*?)</mark>", re.S)
FEW_RESULTS = PER_PAGE  # "did you mean" may cost a round trip only below this


def _shown_words(hits: list[Hit]) -> set[str]:
    """Words highlighted in what this person is about to see (their visible hits)."""
    import html

    words: set[str] = set()
    for hit in hits:
        for marked in _MARKED.findall(f"{hit.title_html} {hit.snippet_html}"):
            words.update(w.lower() for w in html.unescape(marked).split())
    return words


def _spelling_for(
    engine,
    parsed: ParsedQuery,
    filters: Filters,
    corrections: dict | None = None,
    *,
    shown: set[str] | None = None,
    may_count: bool = True,
) -> ParsedQuery | None:
    """A corrected query, only if it finds something this person may see: candidate
    words can come from anywhere in the index, the check keeps private words private.

    A correction already highlighted in this person's visible hits is proven without a
    round trip; others are checked with a permission-filtered count, if `may_count`.
    """
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
        if shown and correction.lower() in shown:
            verified[word] = correction
            continue
        if not may_count:
            continue
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


_guess_pool: tuple[int, ThreadPoolExecutor] | None = None
_anonymous_categories: list[int] | None = None


def _pool() -> ThreadPoolExecutor:
    """This process's thread for early searches (made after any fork)."""
    global _guess_pool
    if _guess_pool is None or _guess_pool[0] != os.getpid():
        _guess_pool = (
            os.getpid(),
            ThreadPoolExecutor(max_workers=2, thread_name_prefix="search"),
        )
    return _guess_pool[1]


def _first_search(user, make_request):
    """The first engine search and the request it answered.

    The categories a person may read are read from the database on every search. For
    someone signed out on Elasticsearch, the search is sent at once, filtered by the
    categories the previous signed-out search in this process read, while this thread
    reads them again; its answer is used only if they are the same (nearly always),
    else it is dropped and the search sent again with what was just read. The database
    read then costs no time of its own: it overlaps the engine's round trip, and so
    does reading the page view restrictions the re-check needs if pages are among
    the hits. Returns (request, response, engine, degraded, restrictions or None).
    """
    global _anonymous_categories
    anonymous = not getattr(user, "is_authenticated", False)
    guess = _anonymous_categories if anonymous else None
    engine = primary_engine() if guess is not None else None
    early = None
    if engine is not None and engine.name == "elasticsearch":
        early_request = make_request(list(guess))
        early = _pool().submit(engine.search, early_request)
    category_ids = visible_category_ids(user)
    if anonymous:
        _anonymous_categories = category_ids
    if early is not None and category_ids == guess:
        restrictions = page_restrictions(_using())
        try:
            return early_request, early.result(), engine, False, restrictions
        except EngineUnavailable as exc:
            fallback = _fall_back(exc)
            request = make_request(category_ids)
            return request, fallback.search(request), fallback, True, restrictions
    request = make_request(category_ids)
    response, engine, degraded = _run("search", request)
    return request, response, engine, degraded, None


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

    def make_request(category_ids: list[int]) -> SearchRequest:
        return SearchRequest(
            query=parsed,
            filters=Filters(
                category_ids=category_ids,
                kinds=kinds,
                section=outcome.section,
                tag=outcome.tag,
                date_range=outcome.date,
            ),
            sort=outcome.sort,
            offset=(requested_page - 1) * per_page,
            limit=per_page,
            with_spelling=True,
        )

    request, response, engine, degraded, restrictions = _first_search(
        user, make_request
    )
    filters = request.filters
    outcome.engine, outcome.degraded = engine.name, degraded
    request.with_spelling = False
    corrections = response.spelling or {}
    found_as_typed = response.total > 0

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
    outcome.hits = visible_hits(user, response.hits, restrictions=restrictions)
    if corrections and found_as_typed and outcome.hits and requested_page == 1:
        # "Did you mean": free when the correction is highlighted in what they see;
        # one more round trip only when there are few results to go on.
        fixed = _spelling_for(
            engine,
            parsed,
            filters,
            corrections,
            shown=_shown_words(outcome.hits),
            may_count=response.total < FEW_RESULTS,
        )
        if fixed is not None:
            outcome.did_you_mean = fixed.text
    if not outcome.hits and not response.total:
        outcome.suggested_articles = suggested_articles()
    return outcome


def _keys(queryset, label: str):
    """The hit keys ("label:pk") of `queryset`'s rows, as one text column."""
    from django.db.models import CharField, Value
    from django.db.models.functions import Cast, Concat

    return (
        queryset.order_by()
        .annotate(
            _search_key=Concat(
                Value(f"{label}:"), Cast("pk", CharField()), output_field=CharField()
            )
        )
        .values_list("_search_key", flat=True)
    )


def _community_rows(label: str, user, ids):
    from community.models import Post, Thread

    if label == sources.THREAD_KEY:
        return Thread.objects.visible_to(user).filter(pk__in=ids)
    return Post.objects.visible_to(user).filter(pk__in=ids, deleted_by_author=False)


def _using() -> str:
    from community.models import Post

    return router.db_for_read(Post)


def _visible_part(user, label: str, ids: set[str], using: str, restrictions=None):
    """(sql, params) selecting the keys of the rows among `ids` that `user` may see, or
    None when there can be none."""
    from django.core.exceptions import EmptyResultSet

    if label in (sources.THREAD_KEY, sources.POST_KEY):
        int_ids = sorted(int(i) for i in ids if i.isdigit())
        if not int_ids:
            return None
        if not getattr(user, "is_authenticated", False):
            from django.contrib.auth.models import AnonymousUser

            anonymous = AnonymousUser()
            return statements.compiled(
                ("hits", label),
                len(int_ids),
                lambda sentinels: _keys(
                    _community_rows(label, anonymous, sentinels), label
                ),
                using,
            ).bind(int_ids)
        found = _community_rows(label, user, int_ids)
    elif label == sources.PAGE_KEY:
        int_ids = sorted(int(i) for i in ids if i.isdigit())
        if not int_ids:
            return None
        # Public pages are the same for everyone: editorial's public_pages(),
        # compiled per set of view restrictions, with the time put back on each run.
        if restrictions is None:
            restrictions = page_restrictions(using)
        statement = statements.compiled(
            ("hits", label, restrictions),
            len(int_ids),
            lambda sentinels: _keys(
                sources.searchable_pages().filter(pk__in=sentinels), label
            ),
            using,
            reads_now=True,
            still_true=lambda: page_restrictions(using) == restrictions,
        )
        if statement is not None:
            return statement.bind(int_ids)
        found = sources.searchable_pages().filter(pk__in=int_ids)
    else:
        from django.apps import apps

        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            return None
        if model not in sources.snippet_models():
            return None
        found = sources.searchable_snippets(model).filter(pk__in=list(ids))
    try:
        return _keys(found, label).query.get_compiler(using=using).as_sql()
    except EmptyResultSet:
        return None


def visible_hits(user, hits: list, *, restrictions: tuple | None = None) -> list:
    """Defence in depth: keep only hits whose database row `user` may see right now.

    One query over all the hit ids, whatever their types (a UNION ALL of each type's
    visible_to / public_pages filter); the page view restrictions are read first when
    pages are among the hits, unless `restrictions` were read for this search already
    (queries._first_search). The community parts (for someone signed out) and the
    page part (for everyone) are statements compiled once per process
    (search.statements).
    """
    if not hits:
        return []
    by_label: dict[str, set[str]] = {}
    for hit in hits:
        label, oid = hit.key.rsplit(":", 1)
        by_label.setdefault(label, set()).add(oid)
    using = _using()
    sqls, params = [], []
    for label, ids in by_label.items():
        part = _visible_part(user, label, ids, using, restrictions)
        if part is not None:
            sqls.append(part[0])
            params.extend(part[1])
    allowed: set[str] = set()
    if sqls:
        with connections[using].cursor() as cursor:
            cursor.execute(" UNION ALL ".join(sqls), params)
            allowed = {row[0] for row in cursor.fetchall()}
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
