"""Suite-wide fixtures. The header says which services this run used."""

import os

import pytest


def pytest_report_header(config):
    from django.conf import settings
    from django.db import connection

    es = settings.ELASTICSEARCH_URL or "embedded engine"
    if settings.ELASTICSEARCH_URL:
        from search import health

        state = health.check()
        if state["status"] == "unavailable":
            es = (
                f"Elasticsearch at {settings.ELASTICSEARCH_URL} NOT reachable ({state})"
            )
        else:
            es = f"Elasticsearch {state['version']} at {settings.ELASTICSEARCH_URL}"
    return [
        f"kindred: database={connection.vendor} "
        f"({settings.DATABASES['default'].get('NAME')})",
        f"kindred: broker={os.environ.get('CELERY_BROKER_URL') or 'none (eager)'}",
        f"kindred: search={es}",
        f"kindred: CI={os.environ.get('CI', 'false')}",
    ]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site(db):
    """The Wagtail site with Kindred's home page, as seed_demo makes it."""
    from io import StringIO

    from django.core.management.base import BaseCommand

    from home import demo

    command = BaseCommand(stdout=StringIO())
    demo.seed(command)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture
def spaces_by_visibility(db):
    """Community spaces of each visibility, keyed by community.models.Visibility."""
    from tests.factories.community import spaces_by_visibility

    return spaces_by_visibility()


@pytest.fixture
def public(spaces_by_visibility):
    return spaces_by_visibility["public"]


@pytest.fixture
def members_only(spaces_by_visibility):
    return spaces_by_visibility["members"]


@pytest.fixture
def private(spaces_by_visibility):
    return spaces_by_visibility["private"]


@pytest.fixture
def keep_db_connection():
    """For tests that call the WSGI app directly (API fuzzing): keep the test's database
    connection, and its transaction, open across requests, as Django's test client does.
    Otherwise close_old_connections ends it at each request's end on PostgreSQL."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# --- A real Celery worker -------------------------------------------------------------


class CeleryWorker:
    """A `celery worker` subprocess on Redis, reading and writing the test database."""

    def __init__(self, *, process, nodename, queue, broker_url, log_path):
        self.process = process
        self.nodename = nodename
        self.queue = queue
        self.broker_url = broker_url
        self.log_path = log_path

    def log(self) -> str:
        return (
            self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        )


def _worker_database_url(connection) -> str:
    """The test database (the one pytest-django created) as a DATABASE_URL."""
    from urllib.parse import quote

    if connection.vendor != "postgresql":
        pytest.fail(
            "A real Celery worker needs PostgreSQL: the worker is another process and "
            f"cannot see this run's {connection.vendor} test database. Set DATABASE_URL, "
            "e.g. postgres://kindred@127.0.0.1:54329/kindred_<you> (scripts/postgres start)."
        )
    params = connection.settings_dict
    user = quote(params.get("USER") or "", safe="")
    password = quote(params.get("PASSWORD") or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = params.get("HOST") or "localhost"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{quote(params['NAME'], safe='')}"


def _ping(nodename: str, broker_url: str) -> bool:
    """Ask only our worker (by node name) through a throwaway app on the broker."""
    from celery import Celery

    with Celery("kindred-test-ping", broker=broker_url, set_as_current=False) as app:
        replies = app.control.ping(destination=[nodename], timeout=1.0)
    return any(nodename in reply for reply in replies)


@pytest.fixture(scope="session")
def _celery_worker_session(django_db_setup, django_db_blocker, tmp_path_factory):
    import socket
    import subprocess
    import sys
    import time
    import uuid
    from pathlib import Path

    from django.db import connection

    broker_url = os.environ.get("REDIS_URL", "")
    if not broker_url:
        pytest.fail(
            "This test needs a real Celery worker on Redis, but REDIS_URL is not set. "
            "Start one with `scripts/redis start` and set "
            "REDIS_URL=redis://127.0.0.1:63799/0 (make test does this for you)."
        )
    with django_db_blocker.unblock():
        database_url = _worker_database_url(connection)

    # A queue of our own: several test runs may share one Redis.
    queue = f"kindred-test-{uuid.uuid4().hex[:12]}"
    nodename = f"{queue}@{socket.gethostname()}"
    log_path = tmp_path_factory.mktemp("celery") / "worker.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        "REDIS_URL": broker_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CELERY_TASK_DEFAULT_QUEUE": queue,
    }
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker",
        "--pool=solo", "-l", "warning", "-Q", queue, "-n", nodename,
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(  # noqa: S603 — our own interpreter and arguments
            command,
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    worker = CeleryWorker(
        process=process,
        nodename=nodename,
        queue=queue,
        broker_url=broker_url,
        log_path=log_path,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"The Celery worker exited at start-up:\n{worker.log()}")
            try:
                if _ping(nodename, broker_url):
                    break
            except Exception as exc:  # noqa: BLE001 — reported below if it persists
                last_error = exc
            else:
                last_error = None
            if time.monotonic() > deadline:
                pytest.fail(
                    f"The Celery worker did not answer a ping within 60 s at {broker_url} "
                    f"(last error: {last_error!r}). Its log:\n{worker.log()}"
                )
            time.sleep(0.5)
        yield worker
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        try:
            import redis

            redis.Redis.from_url(broker_url).delete(queue)
        except Exception:  # noqa: BLE001, S110 — best effort tidy-up of a throwaway key
            pass


@pytest.fixture
def celery_worker_process(_celery_worker_session, transactional_db, settings):
    """A real worker on Redis. While active, this process sends tasks to the broker.

    Needs REDIS_URL and PostgreSQL (DATABASE_URL); fails, never skips, without them.
    Tests that use it see the worker's writes because the data is committed
    (`transactional_db`). Yields a CeleryWorker (nodename, queue, log()).
    """
    from config.celery import app

    worker = _celery_worker_session
    saved = {
        name: app.conf[name]
        for name in ("task_always_eager", "broker_url", "task_default_queue")
    }
    settings.CELERY_BROKER_URL = worker.broker_url
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_TASK_DEFAULT_QUEUE = worker.queue
    app.conf.task_always_eager = False
    app.conf.broker_url = worker.broker_url
    app.conf.task_default_queue = worker.queue
    _drop_connection_pools(app)
    try:
        yield worker
    finally:
        for name, value in saved.items():
            app.conf[name] = value
        _drop_connection_pools(app)


def _drop_connection_pools(app) -> None:
    """Forget connections made for another broker URL (Celery caches them).

    Not `app.close()`: that also unregisters the app, after which task modules
    imported later (shared_task) are no longer registered in it (NotRegistered).
    """
    from celery._state import _register_app
    from kombu import pools

    app._pool = None
    app.amqp._producer_pool = None
    # kombu's pools are global, per broker URL: start from fresh ones, in case an
    # earlier test closed one that this app would otherwise be handed again.
    pools.reset()
    _register_app(app)  # repairs an earlier app.close() anywhere in the session
