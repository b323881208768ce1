"""Background jobs on a real Celery worker (Redis broker, PostgreSQL test database)."""

import time

import pytest

from core.models import WorkerHeartbeat
from core.tasks import IN_PROCESS, record_heartbeat

pytestmark = pytest.mark.worker


def _wait_for(predicate, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    return None


def test_a_task_sent_to_the_broker_runs_on_the_real_worker_and_writes_its_row(
    celery_worker_process,
):
    result = record_heartbeat.delay()

    heartbeat = _wait_for(
        lambda: WorkerHeartbeat.objects.filter(
            hostname=celery_worker_process.nodename
        ).first()
    )

    assert heartbeat is not None, (
        f"task {result.id} never ran; worker log:\n{celery_worker_process.log()}"
    )
    assert not WorkerHeartbeat.objects.filter(hostname=IN_PROCESS).exists()


def test_healthz_reports_the_heartbeat_of_a_worker_taking_jobs(
    celery_worker_process, client
):
    record_heartbeat.delay()
    assert _wait_for(
        lambda: WorkerHeartbeat.objects.filter(
            hostname=celery_worker_process.nodename
        ).exists()
    ), celery_worker_process.log()

    broker = client.get("/healthz/").json()["checks"]["broker"]

    assert broker["status"] == "ok"
    assert broker["mode"] == "worker"
    assert broker["last_worker_heartbeat"] is not None


@pytest.mark.django_db
def test_without_a_broker_a_heartbeat_runs_in_process():
    record_heartbeat.delay()

    assert WorkerHeartbeat.objects.filter(hostname=IN_PROCESS).exists()


@pytest.mark.django_db
def test_a_heartbeat_forgets_workers_not_seen_for_a_week():
    from datetime import timedelta

    from django.utils import timezone

    WorkerHeartbeat.objects.create(
        hostname="celery@old-container",
        last_seen_at=timezone.now() - timedelta(days=8),
    )
    WorkerHeartbeat.objects.create(
        hostname="celery@recent", last_seen_at=timezone.now() - timedelta(days=1)
    )

    record_heartbeat.delay()

    assert set(WorkerHeartbeat.objects.values_list("hostname", flat=True)) == {
        "celery@recent",
        IN_PROCESS,
    }
