"""Full rebuilds and drift checks, used by the search_reindex and search_check commands."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from search import documents, indexing, sources
from search.engines.base import Change
from search.engines.database import TOMBSTONE, DatabaseEngine
from search.models import IndexBuild, OutboxEntry, SearchDocument

BATCH = 1000
Progress = Callable[[int, int], None]


def _batches(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class ReindexReport:
    documents: int = 0
    replayed: int = 0
    seconds: float = 0.0
    new_indexes: dict = field(default_factory=dict)
    dropped_indexes: list = field(default_factory=list)
    tombstoned: int = 0


def _replay(build: IndexBuild, only_new: bool) -> set[str]:
    """Re-index everything that changed since the build started, with a version newer
    than the bulk load's, so the new indexes cannot keep a state the load read early."""
    entries = list(
        OutboxEntry.objects.filter(created_at__gte=build.started_at).exclude(
            model=indexing.MARKER_MODEL
        )
    )
    if not entries:
        return set()
    version = indexing.fresh_version()
    keys = indexing.versions_for(entries)
    changes = indexing.changes_for({k: version for k in keys})
    DatabaseEngine().write(changes)
    if settings.ELASTICSEARCH_URL and build.indexes:
        from search.engines import elastic

        targets = {
            alias: [new] if only_new else [alias]
            for alias, new in build.indexes.items()
        }
        elastic.run_bulk(
            elastic.client(60), elastic.bulk_actions(changes, targets), refresh=True
        )
    OutboxEntry.objects.filter(
        pk__in=[e.pk for e in entries], available_at=indexing.PARKED_AT
    ).delete()
    return {c.key for c in changes if c.doc is not None}


def reindex(
    *, progress: Progress | None = None, keep_old: bool = False, database: bool = True
) -> ReindexReport:
    report = ReindexReport()
    started = time.perf_counter()
    version = indexing.fresh_version()
    total = sources.count_all_documents()
    es = None
    new_indexes: dict[str, str] = {}
    if settings.ELASTICSEARCH_URL:
        from search.engines import elastic

        es = elastic.client(120)
        elastic.ensure_indexes(es)
        full = elastic.full_analysis(es)
        suffix = timezone.now().strftime("%Y%m%d%H%M%S%f")
        for name in documents.ALIAS_NAMES:
            alias = documents.alias(name)
            new = f"{alias}-{suffix}"
            elastic.create_index(es, name, new, full)
            es.indices.put_settings(
                index=new, settings={"index": {"refresh_interval": "-1"}}
            )
            new_indexes[alias] = new
    build = IndexBuild.objects.create(indexes=new_indexes)
    report.new_indexes = new_indexes
    seen: set[str] = set()
    done = 0
    try:
        # Documents are read in this thread (its database connection); the bulk
        # requests go out from two others, so reading and indexing overlap.
        with ThreadPoolExecutor(max_workers=2) as pool:
            in_flight: deque = deque()
            for batch in _batches(sources.iter_all_documents(), BATCH):
                changes = [Change(key=d["key"], doc=d, version=version) for d in batch]
                if database:
                    DatabaseEngine().write(changes)
                    seen.update(c.key for c in changes)
                if es is not None:
                    targets = {alias: [new] for alias, new in new_indexes.items()}
                    actions = list(elastic.bulk_actions(changes, targets))
                    in_flight.append(pool.submit(elastic.run_bulk, es, actions))
                    while len(in_flight) >= 2:
                        in_flight.popleft().result()
                done += len(batch)
                if progress:
                    progress(done, max(total, done))
            while in_flight:
                in_flight.popleft().result()
        report.documents = done
        if es is not None:
            es.indices.put_settings(
                index=",".join(new_indexes.values()),
                settings={"index": {"refresh_interval": None}},
            )
            es.indices.refresh(index=",".join(new_indexes.values()))
        replayed = _replay(build, only_new=True)
        if es is not None:
            actions = []
            for alias, new in new_indexes.items():
                if es.indices.exists_alias(name=alias):
                    for old in es.indices.get_alias(name=alias):
                        actions.append({"remove": {"index": old, "alias": alias}})
                        report.dropped_indexes.append(old)
                actions.append({"add": {"index": new, "alias": alias}})
            es.indices.update_aliases(actions=actions)  # atomic: searches never miss
        build.finished_at = timezone.now()
        build.save(update_fields=["finished_at"])
        replayed |= _replay(build, only_new=False)
        report.replayed = len(replayed)
        seen |= replayed
        if es is not None and not keep_old and report.dropped_indexes:
            es.indices.delete(
                index=",".join(report.dropped_indexes), ignore_unavailable=True
            )
        if database:
            report.tombstoned = _tombstone_unseen(seen)
    except BaseException:
        build.finished_at = timezone.now()
        build.save(update_fields=["finished_at"])
        if es is not None:
            es.indices.delete(
                index=",".join(new_indexes.values()), ignore_unavailable=True
            )
        raise
    report.seconds = time.perf_counter() - started
    return report


def _tombstone_unseen(seen: set[str]) -> int:
    stale = [
        k
        for k in SearchDocument.objects.filter(status="published").values_list(
            "key", flat=True
        )
        if k not in seen
    ]
    if stale:
        version = indexing.fresh_version()
        DatabaseEngine().write(
            [Change(key=k, doc=None, version=version) for k in stale]
        )
    return len(stale)


# Drift ------------------------------------------------------------------------------


def expected() -> dict[str, int | None]:
    """key -> category_id of everything the database says is searchable."""
    out: dict[str, int | None] = {}
    for pk, category_id in sources.searchable_threads().values_list(
        "pk", "category_id"
    ):
        out[sources.key_for(sources.THREAD_KEY, pk)] = category_id
    for pk, category_id in sources.searchable_posts().values_list(
        "pk", "thread__category_id"
    ):
        out[sources.key_for(sources.POST_KEY, pk)] = category_id
    for pk in sources.searchable_pages().values_list("pk", flat=True):
        out[sources.key_for(sources.PAGE_KEY, pk)] = None
    for model in sources.snippet_models():
        for pk in sources.searchable_snippets(model).values_list("pk", flat=True):
            out[sources.key_for(model._meta.label_lower, pk)] = None
    return out


def indexed_in_database() -> dict[str, int | None]:
    return dict(
        SearchDocument.objects.exclude(status=TOMBSTONE)
        .filter(status="published")
        .values_list("key", "category_id")
    )


def indexed_in_elasticsearch() -> dict[str, int | None]:
    from elasticsearch import helpers

    from search.engines import elastic

    es = elastic.client(60)
    out = {}
    for hit in helpers.scan(
        es,
        index=",".join(documents.all_aliases()),
        query={"query": {"term": {"status": "published"}}},
        _source=["category_id"],
        ignore_unavailable=True,
        allow_no_indices=True,
        size=2000,
    ):
        out[hit["_id"]] = (hit.get("_source") or {}).get("category_id")
    return out


@dataclass
class Drift:
    engine: str
    missing: list[str]
    unexpected: list[str]
    misplaced: list[str]

    @property
    def keys(self) -> set[str]:
        return set(self.missing) | set(self.unexpected) | set(self.misplaced)


def compare(want: dict, have: dict, engine: str) -> Drift:
    missing = sorted(k for k in want if k not in have)
    unexpected = sorted(k for k in have if k not in want)
    misplaced = sorted(k for k in want if k in have and want[k] != have[k])
    return Drift(engine, missing, unexpected, misplaced)


def check() -> list[Drift]:
    want = expected()
    drifts = [compare(want, indexed_in_database(), "database")]
    if settings.ELASTICSEARCH_URL:
        drifts.append(compare(want, indexed_in_elasticsearch(), "elasticsearch"))
    return drifts


def repair(drifts: list[Drift]) -> int:
    keys: set[str] = set()
    for drift in drifts:
        keys |= drift.keys
    if not keys:
        return 0
    version = indexing.fresh_version()
    for batch in _batches(sorted(keys), BATCH):
        indexing.write(indexing.changes_for({k: version for k in batch}))
    return len(keys)
