"""/search/ and /search/suggest/: thin interfaces over search.queries."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from search import fragments, queries


def _params(request) -> dict:
    get = request.GET
    return {
        "q": get.get("q", "")[:10_000],
        "kinds": get.getlist("type")[:6],
        "section": get.get("section", ""),
        "tag": get.get("tag", ""),
        "date": get.get("date", ""),
        "sort": get.get("sort", "relevance"),
        "page": get.get("page", "1"),
    }


def _url(outcome, **changes) -> str:
    params = {
        "q": outcome.query,
        "type": outcome.kinds,
        "section": outcome.section,
        "tag": outcome.tag,
        "date": outcome.date,
        "sort": outcome.sort if outcome.sort != "relevance" else "",
    }
    params.update(changes)
    clean = {k: v for k, v in params.items() if v not in ("", None, [], 1)}
    return "?" + urlencode(clean, doseq=True)


@require_GET
def search(request):
    params = _params(request)
    outcome = queries.search(request.user, **params)
    facets = []
    labels = {"kind": queries.kind_label}
    for name, values in outcome.facets.items():
        entries = []
        for value in values:
            if name == "kind":
                selected = value.value in outcome.kinds
                url = _url(outcome, type=[] if selected else [value.value], page=1)
                label = labels["kind"](value.value)
            elif name == "date":
                selected = outcome.date == value.value
                url = _url(outcome, date="" if selected else value.value, page=1)
                label = str(queries.DATE_LABELS[value.value])
            else:
                param = "section" if name == "section" else "tag"
                selected = getattr(outcome, param) == value.value
                url = _url(
                    outcome, **{param: "" if selected else value.value, "page": 1}
                )
                label = value.value
            entries.append(
                {"label": label, "count": value.count, "url": url, "selected": selected}
            )
        if entries:
            facets.append({"name": name, "entries": entries})
    context = {
        "outcome": outcome,
        "query": outcome.query,
        "facets_html": fragments.facets_html(facets),
        "results_html": fragments.hits_html(outcome.hits),
        "sort_relevance_url": _url(outcome, sort="", page=1),
        "sort_newest_url": _url(outcome, sort="newest", page=1),
        "clear_filters_url": _url(
            outcome, type=[], section="", tag="", date="", page=1
        ),
        "prev_url": _url(outcome, page=outcome.page - 1) if outcome.page > 1 else "",
        "next_url": _url(outcome, page=outcome.page + 1)
        if outcome.page < min(outcome.pages, queries.MAX_PAGE)
        else "",
        "first_number": (outcome.page - 1) * outcome.per_page + 1,
        "did_you_mean_url": _url(outcome, q=outcome.did_you_mean, page=1)
        if outcome.did_you_mean
        else "",
    }
    return render(request, "search/search.html", context)


@require_GET
def suggest(request):
    suggestions, degraded = queries.suggest(
        request.user, request.GET.get("q", "")[:200]
    )
    return JsonResponse(
        {
            "suggestions": [
                {
                    "title": s.title,
                    "url": s.url,
                    "kind": s.kind,
                    "kind_label": queries.kind_label(s.kind),
                }
                for s in suggestions
            ],
            "degraded": degraded,
        }
    )
