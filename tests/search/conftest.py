"""Search test fixtures: the same behaviour tests run on both engines.

`engine` is parametrized over the embedded database engine (SQLite FTS5 or PostgreSQL
full text, whichever DATABASE_URL gives) and Elasticsearch. The Elasticsearch variant
uses ELASTICSEARCH_URL, or, outside CI, a local cluster on 127.0.0.1:9200 (as
`scripts/elasticsearch start` makes); when there is none it FAILS with instructions.
Each test session uses its own index prefix, so developers sharing a cluster never
see each other's documents.
"""

import os
import uuid

import pytest

LOCAL_ES = "http://127.0.0.1:9200"
SESSION_PREFIX = f"kindred-test-{uuid.uuid4().hex[:10]}"


def _answers(url: str) -> bool:
    try:
        from elasticsearch import Elasticsearch

        Elasticsearch(url, request_timeout=2, max_retries=0).cluster.health()
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture(scope="session")
def elasticsearch_url():
    url = os.environ.get("ELASTICSEARCH_URL", "")
    if not url and os.environ.get("CI", "").lower() != "true" and _answers(LOCAL_ES):
        url = LOCAL_ES
    yield url
    if url:
        try:
            from elasticsearch import Elasticsearch

            Elasticsearch(url, request_timeout=30).indices.delete(
                index=f"{SESSION_PREFIX}-*",
                ignore_unavailable=True,
                allow_no_indices=True,
            )
        except Exception:  # noqa: BLE001 — cleanup only
            pass


def require_elasticsearch(url: str) -> str:
    if not url:
        pytest.fail(
            "This test needs Elasticsearch and none was found. Start one with "
            "`scripts/elasticsearch start` and run with "
            "ELASTICSEARCH_URL=http://127.0.0.1:9200 (make test does this for you).",
            pytrace=False,
        )
    if not _answers(url):
        pytest.fail(f"Elasticsearch at {url} does not answer.", pytrace=False)
    return url


@pytest.fixture(autouse=True)
def _search_settings(settings):
    from django.core.cache import cache

    settings.SEARCH_INDEX_PREFIX = SESSION_PREFIX
    settings.SEARCH_REFRESH = True
    settings.ELASTICSEARCH_URL = ""
    cache.clear()
    yield
    cache.clear()


def _empty_indexes():
    """Fresh indexes for every test: primary keys (and so versions) start again with
    each test's database, and external versioning would refuse them as stale."""
    from search.engines import elastic

    elastic.client().indices.delete(
        index=f"{SESSION_PREFIX}-*", ignore_unavailable=True, allow_no_indices=True
    )
    elastic.forget_ready_aliases()


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, settings, elasticsearch_url, db):
    """Which engine answers this test. Writes always go to the database engine too."""
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = require_elasticsearch(elasticsearch_url)
        _empty_indexes()
    return request.param


@pytest.fixture
def es_engine(settings, elasticsearch_url, db):
    """For tests that are about Elasticsearch itself."""
    settings.ELASTICSEARCH_URL = require_elasticsearch(elasticsearch_url)
    _empty_indexes()
    return "elasticsearch"
