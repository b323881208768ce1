"""The Elasticsearch engine. Only this module and search.documents talk to the cluster."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, TransportError, helpers

from search import documents
from search.engines.base import (
    Change,
    EngineUnavailable,
    FacetValue,
    Filters,
    Hit,
    SearchRequest,
    SearchResponse,
    Suggestion,
)
from search.text import MARK_CLOSE, MARK_OPEN, ParsedQuery, excerpt, marked_to_html

log = logging.getLogger("kindred.search")

FIELDS = ["title^3", "summary^2", "section.text^1.5", "tags.text^2", "body_text"]
MAX_WINDOW = 10_000
_clients: dict[tuple[str, float], Elasticsearch] = {}
_ready_aliases: set[tuple[str, str]] = set()


class IndexingError(Exception):
    """Some writes were refused for a reason other than a stale version."""


def client(timeout: float = 5.0) -> Elasticsearch:
    url = settings.ELASTICSEARCH_URL
    key = (url, timeout)
    if key not in _clients:
        _clients[key] = Elasticsearch(
            url, request_timeout=timeout, max_retries=0, retry_on_timeout=False
        )
    return _clients[key]


def _refresh():
    return getattr(settings, "SEARCH_REFRESH", False) or None


# Index management -------------------------------------------------------------------


def full_analysis(es: Elasticsearch) -> bool:
    return documents.has_analysis_common(es)


def create_index(es: Elasticsearch, name: str, index_name: str, full: bool) -> None:
    body = documents.index_body(name, full)
    es.indices.create(
        index=index_name, settings=body["settings"], mappings=body["mappings"]
    )


def ensure_indexes(es: Elasticsearch | None = None) -> None:
    """Create the first index behind each alias if there is none (idempotent, race-safe:
    the first index has a fixed name, so two processes cannot both make one)."""
    es = es or client()
    missing = [
        n
        for n in documents.ALIAS_NAMES
        if (settings.ELASTICSEARCH_URL, documents.alias(n)) not in _ready_aliases
    ]
    if not missing:
        return
    full = None
    for name in missing:
        alias = documents.alias(name)
        if not es.indices.exists_alias(name=alias):
            if full is None:
                full = full_analysis(es)
            index_name = f"{alias}-initial"
            try:
                create_index(es, name, index_name, full)
            except ApiError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
            es.indices.put_alias(index=index_name, name=alias)
        _ready_aliases.add((settings.ELASTICSEARCH_URL, alias))


def forget_ready_aliases() -> None:
    _ready_aliases.clear()


# Writing ------------------------------------------------------------------------------


def _source(doc: dict) -> dict:
    out = dict(doc)
    if out.get("date") is not None:
        out["date"] = out["date"].isoformat()
    return out


def bulk_actions(changes: list[Change], targets: dict[str, list[str]] | None = None):
    """Index/delete actions with external versions: a stale write is refused by ES."""
    for change in changes:
        alias = documents.alias_for_key(change.key)
        for index in (targets or {}).get(alias, [alias]):
            if change.doc is None:
                yield {
                    "_op_type": "delete",
                    "_index": index,
                    "_id": change.key,
                    "version": change.version,
                    "version_type": "external",
                }
            else:
                yield {
                    "_op_type": "index",
                    "_index": index,
                    "_id": change.key,
                    "version": change.version,
                    "version_type": "external",
                    "_source": _source(change.doc),
                }


def run_bulk(es: Elasticsearch, actions, refresh=None) -> int:
    """Send actions; ignore stale-version refusals and deletes of absent docs."""
    ok, errors = helpers.bulk(
        es,
        actions,
        raise_on_error=False,
        raise_on_exception=True,
        refresh=refresh,
        chunk_size=1000,
        max_chunk_bytes=20 * 1024 * 1024,
    )
    real = []
    for item in errors:
        ((op, info),) = item.items()
        status = info.get("status")
        if status == 409 or (op == "delete" and status == 404):
            continue
        real.append(f"{op} {status} {(info.get('error') or {}).get('type', '')}")
    if real:
        raise IndexingError(f"{len(real)} writes refused, e.g. {real[0]}")
    return ok


def _filter_clauses(filters: Filters, with_facets: bool = True) -> list[dict]:
    clauses: list[dict] = [
        {"term": {"status": "published"}},
        {
            "bool": {
                "should": [
                    {"terms": {"category_id": list(filters.category_ids)}},
                    {
                        "bool": {
                            "must_not": [{"exists": {"field": "category_id"}}],
                            "filter": [{"term": {"visibility": "public"}}],
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        },
    ]
    if not with_facets:
        return clauses
    if filters.kinds:
        clauses.append({"terms": {"kind": list(filters.kinds)}})
    if filters.section:
        clauses.append({"term": {"section": filters.section}})
    if filters.tag:
        clauses.append({"term": {"tags": filters.tag}})
    after, before = filters.date_bounds()
    if after or before:
        rng = {}
        if after:
            rng["gte"] = after.isoformat()
        if before:
            rng["lt"] = before.isoformat()
        clauses.append({"range": {"date": rng}})
    return clauses


def _alternative(alt, fuzzy: bool) -> dict:
    if alt.is_phrase:
        return {
            "multi_match": {
                "query": alt.text,
                "type": "phrase",
                "slop": 2,
                "fields": FIELDS,
            }
        }
    clause = {"query": alt.text, "fields": FIELDS, "operator": "and"}
    if fuzzy and not alt.exact:
        clause.update(fuzziness="AUTO", prefix_length=1, max_expansions=20)
    return {"multi_match": clause}


def text_query(parsed: ParsedQuery, match_all: bool, fuzzy: bool) -> dict:
    units = [
        {
            "bool": {
                "should": [_alternative(a, fuzzy) for a in unit.alternatives],
                "minimum_should_match": 1,
            }
        }
        for unit in parsed.units
    ]
    if match_all:
        return {"bool": {"must": units}}
    return {"bool": {"should": units, "minimum_should_match": 1}}


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, timeout: float = 3.0):
        self.es = client(timeout)

    def _call(self, fn, **kwargs):
        try:
            return fn(**kwargs)
        except (TransportError, ConnectionError) as exc:
            raise EngineUnavailable(type(exc).__name__) from exc
        except ApiError as exc:
            if exc.status_code >= 500 or exc.status_code == 429:
                raise EngineUnavailable(type(exc).__name__) from exc
            raise

    def _index(self) -> str:
        return ",".join(documents.all_aliases())

    def _body(self, request: SearchRequest) -> dict:
        return {
            "query": {
                "bool": {
                    "must": [
                        text_query(
                            request.query, request.match_all_units, request.fuzzy
                        )
                    ],
                    "filter": _filter_clauses(request.filters),
                }
            }
        }

    def count(self, request: SearchRequest) -> int:
        body = self._body(request)
        result = self._call(
            self.es.count,
            index=self._index(),
            query=body["query"],
            ignore_unavailable=True,
            allow_no_indices=True,
        )
        return int(result["count"])

    def search(self, request: SearchRequest) -> SearchResponse:
        body = self._body(request)
        size = max(0, min(request.limit, MAX_WINDOW - request.offset))
        sort = (
            [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
            if request.sort == "newest"
            else ["_score", {"date": {"order": "desc", "missing": "_last"}}]
        )
        params = {
            "index": self._index(),
            "query": body["query"],
            "from_": request.offset,
            "size": size,
            "sort": sort,
            "track_total_hits": True,
            "ignore_unavailable": True,
            "allow_no_indices": True,
            # The body can be 20,000 characters: the highlighter sends the part we
            # show (its opening when no word matched there), never the whole body.
            "source_excludes": ["spell", "body_text"],
            "highlight": {
                "pre_tags": [MARK_OPEN],
                "post_tags": [MARK_CLOSE],
                "fields": {
                    "title": {"number_of_fragments": 0},
                    "body_text": {
                        "fragment_size": 200,
                        "number_of_fragments": 1,
                        "no_match_size": 200,
                    },
                    "summary": {"fragment_size": 200, "number_of_fragments": 1},
                },
            },
        }
        if request.with_spelling:
            # In the same request: "did you mean" costs no extra round trip.
            suggest = self._spell_request(_plain_words(request.query))
            if suggest is not None:
                params["suggest"] = suggest
        if request.with_facets:
            params["aggs"] = {
                "kind": {"terms": {"field": "kind", "size": 10}},
                "section": {"terms": {"field": "section", "size": 20}},
                "tag": {"terms": {"field": "tags", "size": 20}},
                "date": {
                    "filters": {
                        "filters": {
                            name: {"range": {"date": self._range(name)}}
                            for name in ("month", "year", "older")
                        }
                    }
                },
            }
        result = self._call(self.es.search, **params)
        words = request.query.words
        hits = []
        for raw in result["hits"]["hits"]:
            src = raw["_source"]
            hl = raw.get("highlight", {})
            title_marked = (hl.get("title") or [src.get("title", "")])[0]
            snippet = _snippet(hl, src, words)
            hits.append(
                Hit(
                    key=src["key"],
                    kind=src["kind"],
                    object_id=src["object_id"],
                    title=src.get("title", ""),
                    title_html=marked_to_html(title_marked),
                    snippet_html=marked_to_html(snippet),
                    section=src.get("section", ""),
                    date=_parse_date(src.get("date")),
                    url=src.get("url", ""),
                    thread_id=src.get("thread_id"),
                    category_id=src.get("category_id"),
                )
            )
        facets = {}
        aggs = result.get("aggregations") or {}
        if aggs:
            for name in ("kind", "section", "tag"):
                facets[name] = [
                    FacetValue(str(b["key"]), b["doc_count"])
                    for b in aggs[name]["buckets"]
                    if str(b["key"]).strip()
                ]
            facets["date"] = [
                FacetValue(k, v["doc_count"])
                for k, v in aggs["date"]["buckets"].items()
                if v["doc_count"]
            ]
            order = {"month": 0, "year": 1, "older": 2}
            facets["date"].sort(key=lambda f: order[f.value])
        total = result["hits"]["total"]["value"]
        spelling = self._spell_result(result) if request.with_spelling else None
        return SearchResponse(hits=hits, total=total, facets=facets, spelling=spelling)

    @staticmethod
    def _range(name: str) -> dict:
        after, before = Filters(category_ids=[], date_range=name).date_bounds()
        out = {}
        if after:
            out["gte"] = after.isoformat()
        if before:
            out["lt"] = before.isoformat()
        return out

    def suggest(
        self, words: list[str], filters: Filters, limit: int = 6
    ) -> list[Suggestion]:
        text = " ".join(words)[:100]
        if not text.strip():
            return []
        result = self._call(
            self.es.search,
            index=self._index(),
            query={
                "bool": {
                    "must": [
                        {
                            "match_bool_prefix": {
                                "title": {"query": text, "operator": "and"}
                            }
                        }
                    ],
                    "filter": _filter_clauses(filters, with_facets=False),
                }
            },
            size=limit * 3,
            source_includes=["key", "title", "url", "kind"],
            ignore_unavailable=True,
            allow_no_indices=True,
        )
        seen, out = set(), []
        for raw in result["hits"]["hits"]:
            src = raw["_source"]
            if src["title"].lower() in seen:
                continue
            seen.add(src["title"].lower())
            out.append(
                Suggestion(
                    key=src["key"], title=src["title"], url=src["url"], kind=src["kind"]
                )
            )
            if len(out) >= limit:
                break
        return out

    @staticmethod
    def _spell_request(words: list[str]) -> dict | None:
        clean = [w.lower() for w in words if w.isalpha() and len(w) >= 3]
        if not clean:
            return None
        return {
            "spell": {
                "text": " ".join(clean),
                "term": {
                    "field": "spell",
                    "suggest_mode": "missing",
                    "sort": "score",
                    "max_edits": 2,
                    "min_word_length": 3,
                    "prefix_length": 1,
                },
            }
        }

    @staticmethod
    def _spell_result(result) -> dict[str, str]:
        out = {}
        for entry in (result.get("suggest") or {}).get("spell", []):
            options = entry.get("options") or []
            if options:
                out[entry["text"]] = options[0]["text"]
        return out

    def spelling(self, words: list[str]) -> dict[str, str]:
        """Candidate corrections from the term suggester. They may come from documents
        this person cannot see, so queries.py only offers a correction after checking
        that it finds something they can see."""
        suggest = self._spell_request(words)
        if suggest is None:
            return {}
        result = self._call(
            self.es.search,
            index=self._index(),
            size=0,
            suggest=suggest,
            ignore_unavailable=True,
            allow_no_indices=True,
        )
        return self._spell_result(result)

    def write(
        self, changes: list[Change], targets: dict[str, list[str]] | None = None
    ) -> None:
        if not changes:
            return
        try:
            ensure_indexes(self.es)
            run_bulk(self.es, bulk_actions(changes, targets), refresh=_refresh())
        except (TransportError, ConnectionError) as exc:
            raise EngineUnavailable(type(exc).__name__) from exc


def _snippet(hl: dict, src: dict, words: list[str]) -> str:
    """A highlighted fragment where a word matched (body first, then summary); else the
    body's opening (no_match_size) or the summary, with our own marks for near words."""
    body = (hl.get("body_text") or [""])[0]
    summary = (hl.get("summary") or [""])[0]
    for fragment in (body, summary):
        if MARK_OPEN in fragment:
            return fragment
    return excerpt(body or src.get("summary") or "", words)


def _plain_words(parsed: ParsedQuery) -> list[str]:
    """The words we may correct: single words the person typed (no phrases, synonyms)."""
    return [
        u.alternatives[0].text
        for u in parsed.units
        if len(u.alternatives) == 1 and not u.alternatives[0].is_phrase
    ]


def _parse_date(value):
    if not value:
        return None
    from django.utils.dateparse import parse_datetime

    return parse_datetime(value)


def wait_until_up(seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            client(2.0).cluster.health()
            return True
        except Exception:  # noqa: BLE001 — waiting is the point
            time.sleep(0.5)
    return False
