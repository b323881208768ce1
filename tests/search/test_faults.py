"""Fault tests: stop and restart the real Elasticsearch and Redis processes and prove
that posting keeps working, search degrades kindly, and no change is lost.

They drive scripts/elasticsearch and scripts/redis for the service named by
ELASTICSEARCH_URL / REDIS_URL (the port is passed on), so a developer can point them
at a private instance (e.g. ES_PORT=9250 with its own KINDRED_CACHE) instead of the
shared one. They fail, never skip, when the service is missing.
"""

import os
import subprocess
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache

from community.models import PostStatus, Visibility
from search import maintenance, queries
from search.models import OutboxEntry, SearchDocument
from tests.search import helpers as h

ROOT = Path(__file__).resolve().parents[2]
anon = AnonymousUser()


def _service(name: str, action: str, env: dict) -> None:
    result = subprocess.run(  # noqa: S603 — our own script
        [str(ROOT / "scripts" / name), action],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"scripts/{name} {action} failed:\n{result.stderr}"


@pytest.mark.elasticsearch
def test_elasticsearch_stopping_and_returning_loses_no_change(
    es_engine, settings, client
):
    port = urlparse(settings.ELASTICSEARCH_URL).port or 9200
    env = {"ES_PORT": str(port)}
    space = h.category(Visibility.PUBLIC, "Treatment and side effects")
    early = h.thread(space, "Mucositis mouthwash", "A mouthwash for mucositis.")
    h.drain()
    assert queries.search(anon, q="mucositis").engine == "elasticsearch"

    _service("elasticsearch", "stop", env)
    try:
        assert not _elasticsearch_answers(settings.ELASTICSEARCH_URL), (
            "scripts/elasticsearch stop did not stop the cluster at ELASTICSEARCH_URL"
        )
        # Posting and moderating keep working while the cluster is down.
        fresh = h.thread(space, "Mucositis and eating", "Soft food for mucositis.")
        h.reply(fresh, "Ice chips helped mucositis a lot.")
        h.transition(early.posts.get(position=1), PostStatus.HIDDEN)
        result = queries_drain_fails()
        assert result.failed > 0
        assert OutboxEntry.objects.exists()
        # The search page falls back to the database engine and says so.
        response = client.get("/search/", {"q": "mucositis"})
        assert response.status_code == 200
        html = response.content.decode().replace("<mark>", "").replace("</mark>", "")
        assert "Our main search is taking a break" in html
        assert "Mucositis and eating" in html
        assert "Mucositis mouthwash" not in html
    finally:
        _service("elasticsearch", "start", env)

    # The backlog drains once the cluster is back (the sweep, after the backoff).
    OutboxEntry.objects.update(available_at=None)
    from search.tasks import sweep_outbox

    deadline = time.monotonic() + 60
    while OutboxEntry.objects.exists() and time.monotonic() < deadline:
        sweep_outbox()
        time.sleep(0.5)
    assert not OutboxEntry.objects.exists()
    cache.clear()  # forget that Elasticsearch was down
    outcome = queries.search(anon, q="mucositis")
    assert outcome.engine == "elasticsearch" and not outcome.degraded
    assert sorted(hit.title for hit in outcome.hits) == [
        "Mucositis and eating",
        "Mucositis and eating",
    ]
    assert all(not d.keys for d in maintenance.check())


def _elasticsearch_answers(url: str) -> bool:
    from elasticsearch import Elasticsearch

    try:
        Elasticsearch(url, request_timeout=2, max_retries=0).cluster.health()
        return True
    except Exception:  # noqa: BLE001
        return False


def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=2).ping())
    except Exception:  # noqa: BLE001
        return False


def queries_drain_fails():
    from search import indexing

    return indexing.drain()


@pytest.mark.worker
def test_redis_stopping_and_returning_loses_no_change(celery_worker_process):
    import members.tasks  # noqa: F401 — register the fan-out tasks a publish sends
    from search.tasks import sweep_outbox

    port = urlparse(celery_worker_process.broker_url).port or 6379
    env = {"REDIS_PORT": str(port)}
    space = h.category(Visibility.PUBLIC, "Siblings")
    author = h.member()
    first = h.thread(space, "Sibling jealousy", "Our son feels jealous.", author=author)
    deadline = time.monotonic() + 60
    key = f"community.thread:{first.pk}"
    while not SearchDocument.objects.filter(key=key, status="published").exists():
        assert time.monotonic() < deadline, "the worker never indexed the first thread"
        time.sleep(0.2)

    _service("redis", "stop", env)
    try:
        assert not _redis_answers(celery_worker_process.broker_url), (
            "scripts/redis stop did not stop the Redis at REDIS_URL"
        )
        # A moderator hides it and a new member posts (held for review) with Redis down.
        h.transition(first.posts.get(position=1), PostStatus.HIDDEN)
        held = h.thread(
            space, "Sibling support groups", "Any groups near us?", publish=False
        )
        assert OutboxEntry.objects.filter(
            model="community.thread", object_id=str(held.pk)
        )
    finally:
        _service("redis", "start", env)

    # Nothing is lost: the beat's sweep drains what could not be scheduled.
    deadline = time.monotonic() + 90
    while OutboxEntry.objects.exclude(available_at__isnull=False).exists() or (
        SearchDocument.objects.filter(key=key, status="published").exists()
    ):
        assert time.monotonic() < deadline, (
            "the backlog did not drain after Redis returned:\n"
            + celery_worker_process.log()
        )
        try:
            sweep_outbox.delay()
        except Exception:  # noqa: BLE001 — the worker may still be reconnecting
            pass
        time.sleep(1)
    assert not SearchDocument.objects.filter(key=key, status="published").exists()
    assert queries.search(anon, q="sibling").total == 0
