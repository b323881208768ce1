"""CI runs against real PostgreSQL, Redis and Elasticsearch, never against stand-ins.

With CI=true a missing or silent service fails here, by name, instead of letting
the suite pass on SQLite, eager tasks and the embedded search engine. Outside CI
these tests check whichever services are configured and say nothing about the
others (`make test` starts them through scripts/with-services when it can).
"""

import os
from urllib.parse import urlsplit

import pytest

IN_CI = os.environ.get("CI") == "true"


def configured(name: str) -> str | None:
    """The variable's value; in CI a missing one fails the test."""
    value = os.environ.get(name, "")
    if not value and IN_CI:
        pytest.fail(
            f"{name} is not set, and CI=true: CI must run against the real service "
            "(.ci/run starts it through scripts/)."
        )
    return value or None


def test_ci_runs_on_postgresql():
    from django.db import connection

    url = configured("DATABASE_URL")
    if url is None:
        return
    if IN_CI:
        assert urlsplit(url).scheme in ("postgres", "postgresql", "pgsql"), url
        assert connection.vendor == "postgresql"


def test_the_configured_postgresql_answers():
    url = configured("DATABASE_URL")
    if url is None or urlsplit(url).scheme not in ("postgres", "postgresql"):
        return
    import psycopg

    with psycopg.connect(url, connect_timeout=5) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    assert version


def test_the_configured_redis_answers():
    url = configured("REDIS_URL")
    if url is None:
        return
    import redis

    client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
    try:
        assert client.ping() is True
    finally:
        client.close()


def test_ci_sends_tasks_through_a_redis_broker():
    from django.conf import settings

    url = configured("CELERY_BROKER_URL")
    if url is None:
        return
    assert urlsplit(url).scheme in ("redis", "rediss"), url
    assert settings.CELERY_BROKER_URL == url


def test_the_configured_elasticsearch_answers():
    url = configured("ELASTICSEARCH_URL")
    if url is None:
        return
    from elasticsearch import Elasticsearch

    client = Elasticsearch(url, request_timeout=10)
    try:
        # Not client.info() or client.ping(): they call GET /, which the bare
        # integ-test distribution used in CI lacks (no rest-root module: 405).
        health = client.cluster.health(wait_for_status="yellow", timeout="10s")
        nodes = client.nodes.info(node_id="_local")
    finally:
        client.close()
    assert health["status"] in ("green", "yellow")
    versions = {node["version"] for node in nodes["nodes"].values()}
    assert versions and all(v.startswith("8.") for v in versions), versions
