"""The embedded engine: our own table, with FTS5 on SQLite and full text on PostgreSQL.

It serves `make run` (no Elasticsearch) and is always kept up to date by the indexer,
so the site can fall back to it whenever Elasticsearch is down.
"""

from __future__ import annotations

import re
from collections import Counter

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q

from search.engines.base import (
    Change,
    FacetValue,
    Filters,
    Hit,
    SearchRequest,
    SearchResponse,
    Suggestion,
)
from search.models import SearchDocument, SearchTerm
from search.text import (
    ParsedQuery,
    edit_distance,
    excerpt,
    mark_words,
    marked_to_html,
    max_edits,
)

TABLE = SearchDocument._meta.db_table
TOMBSTONE = "gone"
VOCAB_WORD = re.compile(r"^[^\W\d_]{3,30}$", re.UNICODE)
MAX_TAG_ROWS = 5000
DOC_FIELDS = [
    "kind",
    "object_id",
    "title",
    "summary",
    "body_text",
    "section",
    "category_id",
    "visibility",
    "status",
    "tags",
    "date",
    "url",
    "thread_id",
    "version",
]


def _clean_word(word: str) -> str:
    return "".join(ch for ch in word if ch.isalnum())


def _tags_field(tags: list[str]) -> str:
    clean = [t.replace("|", " ").strip() for t in tags]
    return "|" + "|".join(t for t in clean if t) + "|" if clean else ""


def permission_q(filters: Filters) -> Q:
    """Published, and either in a category the person may read or a public page."""
    allowed = Q(category_id__in=list(filters.category_ids)) | Q(
        category_id__isnull=True, visibility="public"
    )
    return Q(status="published") & allowed


def facet_q(filters: Filters) -> Q:
    q = Q()
    if filters.kinds:
        q &= Q(kind__in=filters.kinds)
    if filters.section:
        q &= Q(section=filters.section)
    if filters.tag:
        q &= Q(tags__contains=f"|{filters.tag}|")
    after, before = filters.date_bounds()
    if after:
        q &= Q(date__gte=after)
    if before:
        q &= Q(date__lt=before)
    return q


class DatabaseEngine:
    name = "database"

    @property
    def vendor(self) -> str:
        return connection.vendor

    # Matching -----------------------------------------------------------------------

    def _match(self, qs, parsed: ParsedQuery, match_all: bool, rank: bool):
        if self.vendor == "sqlite":
            return self._match_sqlite(qs, parsed, match_all, rank)
        if self.vendor == "postgresql":
            return self._match_postgres(qs, parsed, match_all, rank)
        return self._match_fallback(qs, parsed, match_all)

    @staticmethod
    def _fts_alternative(words, prefix_last: bool = False) -> str:
        parts = [_clean_word(w) for w in words]
        parts = [p for p in parts if p]
        if not parts:
            return ""
        phrase = '"' + " ".join(parts) + '"'
        return phrase + ("*" if prefix_last else "")

    def _fts_query(self, parsed: ParsedQuery, match_all: bool) -> str:
        units = []
        for unit in parsed.units:
            alts = [self._fts_alternative(a.words) for a in unit.alternatives]
            alts = [a for a in alts if a]
            if alts:
                units.append("(" + " OR ".join(alts) + ")")
        return (" AND " if match_all else " OR ").join(units)

    def _match_sqlite(self, qs, parsed, match_all, rank):
        fts = self._fts_query(parsed, match_all)
        if not fts:
            return qs.none()
        qs = qs.extra(  # noqa: S610 — constant SQL, values are parameters
            tables=["search_fts"],
            where=[f"search_fts.rowid = {TABLE}.id", "search_fts MATCH %s"],
            params=[fts],
        )
        if rank:
            # FTS5's rank is bm25 (lower is better); negate so higher is better.
            qs = qs.extra(select={"score": "-search_fts.rank"})
        return qs

    @staticmethod
    def _tsquery(parsed: ParsedQuery, match_all: bool) -> tuple[str, list[str]]:
        units, params = [], []
        for unit in parsed.units:
            alts = []
            for alt in unit.alternatives:
                fn = "phraseto_tsquery" if alt.is_phrase else "plainto_tsquery"
                alts.append(f"{fn}('english', %s)")
                params.append(alt.text)
            if alts:
                units.append("(" + " || ".join(alts) + ")")
        return (" && " if match_all else " || ").join(units), params

    def _match_postgres(self, qs, parsed, match_all, rank):
        tsq, params = self._tsquery(parsed, match_all)
        if not tsq:
            return qs.none()
        qs = qs.extra(where=[f"{TABLE}.search_vector @@ ({tsq})"], params=params)  # noqa: S610 — constant SQL, values are parameters
        if rank:
            qs = qs.extra(  # noqa: S610 — constant SQL, values are parameters
                select={"score": f"ts_rank_cd({TABLE}.search_vector, ({tsq}))"},
                select_params=params,
            )
        return qs

    def _match_fallback(self, qs, parsed, match_all):
        combined = None
        for unit in parsed.units:
            unit_q = Q()
            for alt in unit.alternatives:
                unit_q |= Q(title__icontains=alt.text) | Q(
                    body_text__icontains=alt.text
                )
            combined = (
                unit_q
                if combined is None
                else (combined & unit_q if match_all else combined | unit_q)
            )
        return qs.filter(combined) if combined is not None else qs.none()

    def _base(self, request: SearchRequest, rank: bool = True):
        qs = SearchDocument.objects.filter(permission_q(request.filters))
        qs = qs.filter(facet_q(request.filters))
        return self._match(qs, request.query, request.match_all_units, rank)

    # Reading --------------------------------------------------------------------------

    def count(self, request: SearchRequest) -> int:
        return self._base(request, rank=False).count()

    def search(self, request: SearchRequest) -> SearchResponse:
        qs = self._base(request)
        if request.sort == "newest":
            ordered = qs.order_by("-date", "-id")
        else:
            ordered = qs.order_by("-score", "-date", "-id")
        total = qs.count()
        rows = (
            list(
                ordered.only(
                    "key",
                    "kind",
                    "object_id",
                    "title",
                    "summary",
                    "body_text",
                    "section",
                    "date",
                    "url",
                    "thread_id",
                    "category_id",
                )[request.offset : request.offset + request.limit]
            )
            if total
            else []
        )
        words = request.query.words
        hits = [
            Hit(
                key=row.key,
                kind=row.kind,
                object_id=row.object_id,
                title=row.title,
                title_html=marked_to_html(mark_words(row.title, words)),
                snippet_html=marked_to_html(
                    excerpt(row.body_text or row.summary, words)
                ),
                section=row.section,
                date=row.date,
                url=row.url,
                thread_id=row.thread_id,
                category_id=row.category_id,
            )
            for row in rows
        ]
        facets = self._facets(qs) if request.with_facets and total else {}
        spelling = None
        if request.with_spelling:
            from search.engines.elastic import _plain_words

            spelling = self.spelling(_plain_words(request.query))
        return SearchResponse(hits=hits, total=total, facets=facets, spelling=spelling)

    def _facets(self, qs) -> dict[str, list[FacetValue]]:
        plain = qs.order_by()
        kinds = plain.values("kind").annotate(n=Count("id")).order_by("-n", "kind")
        sections = (
            plain.exclude(section="")
            .values("section")
            .annotate(n=Count("id"))
            .order_by("-n", "section")[:20]
        )
        tag_counts: Counter = Counter()
        for tags in plain.exclude(tags="").values_list("tags", flat=True)[
            :MAX_TAG_ROWS
        ]:
            tag_counts.update(t for t in tags.split("|") if t)
        dates = {}
        for name in ("month", "year", "older"):
            after, before = Filters(category_ids=[], date_range=name).date_bounds()
            q = Q(date__gte=after) if after else Q(date__lt=before)
            dates[name] = plain.filter(q).count()
        return {
            "kind": [FacetValue(r["kind"], r["n"]) for r in kinds],
            "section": [FacetValue(r["section"], r["n"]) for r in sections],
            "tag": [
                FacetValue(t, n)
                for t, n in sorted(tag_counts.items(), key=lambda x: (-x[1], x[0]))[:20]
            ],
            "date": [FacetValue(k, v) for k, v in dates.items() if v],
        }

    def suggest(
        self, words: list[str], filters: Filters, limit: int = 6
    ) -> list[Suggestion]:
        clean = [_clean_word(w) for w in words]
        clean = [w for w in clean if w][:6]
        if not clean:
            return []
        qs = SearchDocument.objects.filter(permission_q(filters))
        if self.vendor == "sqlite":
            parts = [f'"{w}"' for w in clean[:-1]] + [f'"{clean[-1]}"*']
            fts = "title : (" + " AND ".join(parts) + ")"
            qs = qs.extra(  # noqa: S610 — constant SQL, values are parameters
                tables=["search_fts"],
                where=[f"search_fts.rowid = {TABLE}.id", "search_fts MATCH %s"],
                params=[fts],
                select={"score": "-search_fts.rank"},
            ).order_by("-score")
        elif self.vendor == "postgresql":
            terms = [f"{w}:A" for w in clean[:-1]] + [f"{clean[-1]}:*A"]
            query = " & ".join(terms)
            qs = qs.extra(  # noqa: S610 — constant SQL, values are parameters
                where=[f"{TABLE}.search_vector @@ to_tsquery('english', %s)"],
                params=[query],
            ).order_by("-date")
        else:
            for w in clean:
                qs = qs.filter(title__icontains=w)
        seen, out = set(), []
        for key, title, url, kind in qs.values_list("key", "title", "url", "kind")[
            : limit * 3
        ]:
            if title.lower() in seen:
                continue  # a thread and its replies share a title
            seen.add(title.lower())
            out.append(Suggestion(key=key, title=title, url=url, kind=kind))
            if len(out) >= limit:
                break
        return out

    def spelling(self, words: list[str]) -> dict[str, str]:
        """word -> the closest word we know, for words we do not know at all."""
        lowered = {w.lower() for w in words if VOCAB_WORD.match(w)}
        if not lowered:
            return {}
        known = set(
            SearchTerm.objects.filter(term__in=lowered).values_list("term", flat=True)
        )
        out = {}
        for word in sorted(lowered - known):
            limit = max_edits(word)
            if not limit:
                continue
            candidates = SearchTerm.objects.filter(
                initial=word[0],
                length__gte=len(word) - limit,
                length__lte=len(word) + limit,
            ).values_list("term", flat=True)[:20000]
            best, best_d = None, limit + 1
            for cand in candidates:
                d = edit_distance(word, cand, limit)
                if d < best_d or (d == best_d and best is not None and cand < best):
                    best, best_d = cand, d
            if best is not None and best_d <= limit:
                out[word] = best
        return out

    # Writing --------------------------------------------------------------------------

    def write(self, changes: list[Change]) -> None:
        if not changes:
            return
        try:
            self._write(changes)
        except IntegrityError:
            # Another writer created one of these rows at the same moment; versions
            # still decide, so simply go again.
            self._write(changes)
        self.add_vocabulary(c.doc for c in changes if c.doc)

    def _write(self, changes: list[Change]) -> None:
        latest: dict[str, Change] = {}
        for change in changes:
            if change.key not in latest or latest[change.key].version < change.version:
                latest[change.key] = change
        with transaction.atomic():
            existing = {
                row.key: row
                for row in SearchDocument.objects.select_for_update().filter(
                    key__in=list(latest)
                )
            }
            create, update = [], []
            for key, change in latest.items():
                row = existing.get(key)
                if row is not None and row.version >= change.version:
                    continue  # a newer write already landed: the stale one loses
                values = self.row_values(change)
                if row is None:
                    create.append(SearchDocument(key=key, **values))
                else:
                    for name, value in values.items():
                        setattr(row, name, value)
                    update.append(row)
            if create:
                SearchDocument.objects.bulk_create(create, batch_size=500)
            if update:
                SearchDocument.objects.bulk_update(update, DOC_FIELDS, batch_size=500)

    @staticmethod
    def row_values(change: Change) -> dict:
        doc = change.doc
        object_id = change.key.rsplit(":", 1)[-1]
        if doc is None:
            return {
                "kind": "",
                "object_id": object_id,
                "title": "",
                "summary": "",
                "body_text": "",
                "section": "",
                "category_id": None,
                "visibility": "",
                "status": TOMBSTONE,
                "tags": "",
                "date": None,
                "url": "",
                "thread_id": None,
                "version": change.version,
            }
        return {
            "kind": doc["kind"],
            "object_id": doc["object_id"],
            "title": doc["title"][:300],
            "summary": doc["summary"],
            "body_text": doc["body_text"],
            "section": doc["section"][:150],
            "category_id": doc["category_id"],
            "visibility": doc["visibility"],
            "status": doc["status"],
            "tags": _tags_field(doc["tags"])[:500],
            "date": doc["date"],
            "url": doc["url"][:300],
            "thread_id": doc["thread_id"],
            "version": change.version,
        }

    @staticmethod
    def add_vocabulary(docs) -> None:
        words: set[str] = set()
        for doc in docs:
            for text in (
                doc.get("title", ""),
                doc.get("summary", ""),
                doc.get("body_text", ""),
            ):
                for w in re.findall(r"\w+", text.lower()):
                    if VOCAB_WORD.match(w):
                        words.add(w)
        if words:
            SearchTerm.objects.bulk_create(
                [
                    SearchTerm(term=w, length=len(w), initial=w[0])
                    for w in sorted(words)
                ],
                ignore_conflicts=True,
                batch_size=1000,
            )

    # Maintenance ----------------------------------------------------------------------

    def visible_keys(self) -> set[str]:
        return set(
            SearchDocument.objects.filter(status="published").values_list(
                "key", flat=True
            )
        )
