"""The only writer to the search engines.

Changes arrive as outbox entries (search.outbox.record). Draining turns them into
documents and writes them in bulk to the embedded engine (always: it is the fallback)
and to Elasticsearch when configured. Each document carries a version: the id of the
newest outbox entry that touched it. Ids grow monotonically and an object's entries are
written under its row lock, so a newer entry always has a higher id; both engines refuse
a write whose version is not newer than what they hold, so a stale write loses.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from search import sources
from search.engines.base import Change
from search.engines.database import DatabaseEngine
from search.models import IndexBuild, OutboxEntry

log = logging.getLogger("kindred.search")

BATCH_SIZE = 500
MARKER_MODEL = "search.marker"
MAX_BACKOFF_SECONDS = 600
ABANDONED_BUILD = timedelta(hours=6)
# Entries drained while a rebuild runs are kept (parked) for its final replay.
PARKED_AT = datetime(9999, 1, 1, tzinfo=UTC)


def fresh_version() -> int:
    """A version newer than every outbox entry allocated so far."""
    with transaction.atomic():
        marker = OutboxEntry.objects.create(model=MARKER_MODEL, object_id="0")
        OutboxEntry.objects.filter(pk=marker.pk).delete()
    return marker.pk


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def active_build() -> IndexBuild | None:
    cutoff = timezone.now() - ABANDONED_BUILD
    return (
        IndexBuild.objects.filter(finished_at__isnull=True, started_at__gte=cutoff)
        .order_by("-pk")
        .first()
    )


def versions_for(entries: list[OutboxEntry]) -> dict[str, int]:
    """key -> the newest entry id that touched it, following cascades (a thread's
    change changes its replies; a category's change changes its threads)."""
    from django.apps import apps

    direct: dict[tuple[str, str], int] = {}
    for entry in entries:
        try:
            model = apps.get_model(entry.model)
        except (LookupError, ValueError):
            continue
        label = entry.model
        from wagtail.models import Page

        if issubclass(model, Page):
            label = sources.PAGE_KEY
        pair = (label, str(entry.object_id))
        direct[pair] = max(direct.get(pair, 0), entry.pk)

    from community.models import Post, Thread

    category_versions = {
        int(oid): v
        for (label, oid), v in direct.items()
        if label == sources.CATEGORY_KEY and oid.isdigit()
    }
    if category_versions:
        for thread_id, category_id in Thread.objects.filter(
            category_id__in=list(category_versions)
        ).values_list("pk", "category_id"):
            pair = (sources.THREAD_KEY, str(thread_id))
            direct[pair] = max(direct.get(pair, 0), category_versions[category_id])
    thread_versions = {
        int(oid): v
        for (label, oid), v in direct.items()
        if label == sources.THREAD_KEY and oid.isdigit()
    }
    if thread_versions:
        for post_id, thread_id in Post.objects.filter(
            thread_id__in=list(thread_versions)
        ).values_list("pk", "thread_id"):
            pair = (sources.POST_KEY, str(post_id))
            direct[pair] = max(direct.get(pair, 0), thread_versions[thread_id])
    return {
        sources.key_for(label, oid): v
        for (label, oid), v in direct.items()
        if label != sources.CATEGORY_KEY
    }


def changes_for(versions: dict[str, int]) -> list[Change]:
    grouped: dict[str, set[str]] = {}
    for key in versions:
        label, oid = key.rsplit(":", 1)
        grouped.setdefault(label, set()).add(oid)
    docs = sources.documents_for(grouped)
    return [Change(key=k, doc=docs.get(k), version=v) for k, v in versions.items()]


def write(changes: list[Change], build: IndexBuild | None = None) -> None:
    """Write to every engine. Raises when one of them cannot take the writes."""
    DatabaseEngine().write(changes)
    if elasticsearch_enabled():
        from search.engines.elastic import ElasticsearchEngine

        targets = None
        if build is not None and build.indexes:
            targets = {alias: [alias, new] for alias, new in build.indexes.items()}
        ElasticsearchEngine(timeout=10.0).write(changes, targets)


@dataclass
class DrainResult:
    written: int = 0
    failed: int = 0
    retry_in: float | None = None
    more: bool = False


def backoff_seconds(attempts: int) -> float:
    """Exponential backoff with full jitter around it: 2, 4, 8 … up to ten minutes."""
    base = min(MAX_BACKOFF_SECONDS, 2 ** max(1, attempts))
    return base * random.uniform(0.5, 1.5)


def _claim(now, limit):
    qs = (
        OutboxEntry.objects.filter(
            Q(available_at__isnull=True) | Q(available_at__lte=now)
        )
        .exclude(model=MARKER_MODEL)
        .order_by("id")
    )
    if connection.features.has_select_for_update_skip_locked:
        qs = qs.select_for_update(skip_locked=True)
    return list(qs[:limit])


def drain_batch(limit: int = BATCH_SIZE, raise_errors: bool = False) -> DrainResult:
    """Write one batch of outbox entries. Entries are deleted only after every engine
    took their writes; on failure they are kept and retried later with backoff."""
    result = DrainResult()
    now = timezone.now()
    with transaction.atomic():
        entries = _claim(now, limit)
        if not entries:
            return result
        result.more = len(entries) == limit
        build = active_build()
        try:
            write(changes_for(versions_for(entries)), build)
        except Exception as exc:  # noqa: BLE001 — keep the entries, retry later
            if raise_errors:
                raise
            result.failed = len(entries)
            delay = None
            for entry in entries:
                entry.attempts += 1
                seconds = backoff_seconds(entry.attempts)
                delay = seconds if delay is None else min(delay, seconds)
                entry.available_at = now + timedelta(seconds=seconds)
                entry.last_error = type(exc).__name__[:200]
            OutboxEntry.objects.bulk_update(
                entries, ["attempts", "available_at", "last_error"]
            )
            result.retry_in = delay
            result.more = False
            # Only the error's type: the content must never reach the logs.
            log.warning(
                "search: %d outbox entries not indexed (%s); retrying in %.0fs",
                len(entries),
                type(exc).__name__,
                delay or 0,
            )
            return result
        ids = [e.pk for e in entries]
        if build is not None:
            OutboxEntry.objects.filter(pk__in=ids).update(
                available_at=PARKED_AT, last_error=""
            )
        else:
            OutboxEntry.objects.filter(pk__in=ids).delete()
        result.written = len(entries)
    return result


def drain(max_batches: int = 50, raise_errors: bool = False) -> DrainResult:
    total = DrainResult()
    for _ in range(max_batches):
        batch = drain_batch(raise_errors=raise_errors)
        total.written += batch.written
        total.failed += batch.failed
        if batch.retry_in is not None:
            total.retry_in = batch.retry_in
        total.more = batch.more
        if not batch.more:
            break
    return total


def index_objects(objs) -> None:
    """Index the given objects now, with a fresh version (commands, demo seeding)."""
    version = fresh_version()
    versions: dict[str, int] = {}
    for obj in objs:
        label = obj._meta.label_lower
        from wagtail.models import Page

        if isinstance(obj, Page):
            label = sources.PAGE_KEY
        versions[sources.key_for(label, obj.pk)] = version
    write(changes_for(versions))


def forget_parked() -> int:
    """Entries kept for a rebuild's replay are done with once no rebuild is running."""
    if active_build() is not None:
        return 0
    deleted, _ = OutboxEntry.objects.filter(available_at=PARKED_AT).delete()
    return deleted
