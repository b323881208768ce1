"""The outbox: recorded with the change, drained after commit, never lost, never
blocking a post when Elasticsearch or the broker is down."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone

from community.models import Visibility
from search import indexing, outbox, queries
from search.engines.base import Change
from search.engines.database import DatabaseEngine
from search.models import OutboxEntry, SearchDocument
from tests.search import helpers as h

anon = AnonymousUser()


def _drop_connection_pools(app) -> None:
    """Forget broker connections (not app.close(): that unregisters the app)."""
    # Not force_close_all(): kombu's global producer pools may share that pool.
    app._pool = None
    app.amqp._producer_pool = None


def _drain_callbacks(callbacks):
    return [c for c in callbacks if getattr(c, "__name__", "") == "_drain_after_commit"]


def test_one_drain_is_scheduled_per_transaction_however_many_changes(
    db, django_capture_on_commit_callbacks
):
    space = h.category(Visibility.PUBLIC)
    with django_capture_on_commit_callbacks() as callbacks:
        with transaction.atomic():
            h.thread(space, "Three changes at once", "One transaction.")
            outbox.record(space)
    assert len(_drain_callbacks(callbacks)) == 1


def test_a_rolled_back_change_leaves_no_outbox_entry(db):
    space = h.category(Visibility.PUBLIC)
    before = OutboxEntry.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        h.thread(space, "Never happened", "Rolled back.")
        raise RuntimeError("roll back")
    assert OutboxEntry.objects.count() == before


def test_after_commit_the_drain_makes_a_new_post_searchable(
    engine, django_capture_on_commit_callbacks
):
    space = h.category(Visibility.PUBLIC)
    with django_capture_on_commit_callbacks(execute=True):
        h.thread(space, "Cold caps for hair", "Cold caps worked a bit.")
    assert queries.search(anon, q="cold caps").total == 1
    assert not OutboxEntry.objects.exists()


def test_search_scheduling_never_fails_and_loses_nothing_when_the_broker_is_down(
    db, settings, django_capture_on_commit_callbacks
):
    from config.celery import app

    space = h.category(Visibility.PUBLIC)
    saved = app.conf.task_always_eager, app.conf.broker_url
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:9/0"
    _drop_connection_pools(app)
    try:
        with django_capture_on_commit_callbacks() as callbacks:
            thread = h.thread(space, "Broker down but still posting", "Kept safe.")
        # Only search's own after-commit work here: other apps' callbacks are theirs.
        for callback in _drain_callbacks(callbacks):
            callback()  # must not raise
    finally:
        app.conf.task_always_eager, app.conf.broker_url = saved
        _drop_connection_pools(app)
    assert thread.pk
    assert OutboxEntry.objects.filter(
        model="community.thread", object_id=str(thread.pk)
    ).exists()
    h.drain()  # the beat's sweep, once the broker is back
    assert queries.search(anon, q="broker").total == 1


def test_when_elasticsearch_is_unreachable_entries_wait_with_backoff_and_search_falls_back(
    db, settings, client
):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    space = h.category(Visibility.PUBLIC)
    h.thread(space, "Fallback search still helps", "Embedded engine answers.")
    result = indexing.drain()
    assert result.failed > 0 and result.retry_in is not None
    entries = list(OutboxEntry.objects.all())
    assert entries and all(e.attempts == 1 for e in entries)
    assert all(e.available_at > timezone.now() for e in entries)
    assert all(e.last_error for e in entries)
    # Not due yet: a second drain leaves them alone.
    assert indexing.drain().failed == 0
    # The embedded engine was written anyway, so search degrades kindly.
    response = client.get("/search/", {"q": "fallback"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Our main search is taking a break" in html
    assert "Fallback search still helps" in html.replace("<mark>", "").replace(
        "</mark>", ""
    )
    api = client.get("/api/v1/search/", {"q": "fallback"}).json()
    assert api["degraded"] is True and api["total"] == 1


def test_a_signed_out_search_sent_early_still_falls_back_when_elasticsearch_is_down(
    db, settings
):
    """A signed-out search goes to Elasticsearch while the categories are read
    (queries._first_search); when it cannot answer, the database engine does."""
    from django.core.cache import cache

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    space = h.category(Visibility.PUBLIC)
    h.thread(space, "Fallback search still helps", "Embedded engine answers.")
    indexing.drain()
    for _ in range(2):  # the second is sent early, with the first's categories
        cache.clear()  # forget that Elasticsearch was down: try it again
        outcome = queries.search(anon, q="fallback")
        assert (outcome.engine, outcome.degraded, outcome.total) == (
            "database",
            True,
            1,
        )
        assert queries._anonymous_categories == [space.pk]


def test_backoff_grows_exponentially_with_jitter_and_a_ceiling():
    for attempts, low, high in ((1, 1, 3), (3, 4, 12), (6, 32, 96), (30, 300, 900)):
        values = {indexing.backoff_seconds(attempts) for _ in range(50)}
        assert all(low <= v <= high for v in values)
        assert len(values) > 1  # jitter


def test_a_stale_write_loses_to_a_newer_one(engine):
    space = h.category(Visibility.PUBLIC)
    thread = h.thread(space, "Versions decide", "Newest wins.")
    key = f"community.thread:{thread.pk}"
    doc = indexing.changes_for({key: 1})[0].doc
    newer = dict(doc, title="Newer title wins")
    older = dict(doc, title="Older title loses")
    indexing.write([Change(key=key, doc=newer, version=200)])
    indexing.write([Change(key=key, doc=older, version=100)])
    indexing.write([Change(key=key, doc=None, version=150)])  # a stale delete, too
    outcome = queries.search(anon, q="title")
    assert [hit.title for hit in outcome.hits] == ["Newer title wins"]
    assert SearchDocument.objects.get(key=key).title == "Newer title wins"


def test_a_delete_tombstone_stops_an_older_write_resurrecting_the_document(db):
    engine = DatabaseEngine()
    doc = {
        "kind": "thread", "object_id": "1", "title": "Gone", "summary": "", "body_text": "",
        "section": "", "category_id": 1, "visibility": "public", "status": "published",
        "tags": [], "date": timezone.now() - timedelta(days=1), "url": "/x/", "thread_id": 1,
    }  # fmt: skip
    engine.write([Change(key="community.thread:1", doc=None, version=10)])
    engine.write([Change(key="community.thread:1", doc=doc, version=5)])
    assert not SearchDocument.objects.filter(status="published").exists()


def test_healthz_reports_the_outbox_backlog(db, client):
    space = h.category(Visibility.PUBLIC)
    h.thread(space, "Waiting to be indexed", "Not drained yet.")
    search = client.get("/healthz/").json()["checks"]["search"]
    assert search["outbox"] >= 2 and search["oldest_seconds"] >= 0
    h.drain()
    assert client.get("/healthz/").json()["checks"]["search"]["outbox"] == 0
