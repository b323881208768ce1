"""GET /api/v1/search/: the search page as JSON, under the same permission rules."""

from datetime import datetime

from ninja import Query, Router, Schema

from search import queries

router = Router(tags=["search"])


class SearchResultOut(Schema):
    kind: str
    kind_label: str
    title: str
    title_html: str
    snippet_html: str
    section: str
    date: datetime | None
    url: str


class FacetValueOut(Schema):
    value: str
    count: int


class SearchOut(Schema):
    query: str
    total: int
    page: int
    pages: int
    sort: str
    engine: str
    degraded: bool
    corrected_to: str
    did_you_mean: str
    any_words: bool
    messages: list[str]
    results: list[SearchResultOut]
    facets: dict[str, list[FacetValueOut]]


class SearchParams(Schema):
    q: str = ""
    type: list[str] = []
    section: str = ""
    tag: str = ""
    date: str = ""
    sort: str = "relevance"
    page: str = "1"


class SuggestionOut(Schema):
    title: str
    url: str
    kind: str


@router.get("/", response=SearchOut, summary="Search everything you may see")
def search(request, params: Query[SearchParams]):
    outcome = queries.search(
        request.user,
        q=params.q[:10_000],
        kinds=params.type[:6],
        section=params.section,
        tag=params.tag,
        date=params.date,
        sort=params.sort,
        page=params.page,
    )
    return {
        "query": outcome.query,
        "total": outcome.total,
        "page": outcome.page,
        "pages": outcome.pages,
        "sort": outcome.sort,
        "engine": outcome.engine,
        "degraded": outcome.degraded,
        "corrected_to": outcome.corrected_to,
        "did_you_mean": outcome.did_you_mean,
        "any_words": outcome.any_words,
        "messages": outcome.messages,
        "results": [
            {
                "kind": h.kind,
                "kind_label": queries.kind_label(h.kind),
                "title": h.title,
                "title_html": h.title_html,
                "snippet_html": h.snippet_html,
                "section": h.section,
                "date": h.date,
                "url": h.url,
            }
            for h in outcome.hits
        ],
        "facets": {
            name: [{"value": v.value, "count": v.count} for v in values]
            for name, values in outcome.facets.items()
        },
    }


@router.get("/suggest/", response=list[SuggestionOut], summary="Titles as you type")
def suggest(request, q: str = ""):
    suggestions, _degraded = queries.suggest(request.user, q[:200])
    return [{"title": s.title, "url": s.url, "kind": s.kind} for s in suggestions]
