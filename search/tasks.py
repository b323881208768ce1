"""Celery tasks for search. They take no content, only do the draining, and own their
retry policy: failed entries wait with exponential backoff and jitter (indexing.py);
the task reschedules itself for then, and the beat sweep catches anything left."""

import logging

from celery import shared_task
from django.conf import settings

from search import indexing

log = logging.getLogger("kindred.search")


def _schedule(countdown: float | None = None) -> None:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return  # in-process mode: the sweep (or the next change) drains again
    try:
        drain_outbox.apply_async(
            countdown=countdown, retry=True, retry_policy={"max_retries": 1}
        )
    except Exception as exc:  # noqa: BLE001 — the sweep catches up
        log.warning("search: could not reschedule the drain (%s)", type(exc).__name__)


@shared_task(ignore_result=True, acks_late=True)
def drain_outbox() -> dict:
    result = indexing.drain()
    if result.retry_in is not None:
        _schedule(result.retry_in)
    elif result.more:
        _schedule()
    return {"written": result.written, "failed": result.failed}


@shared_task(ignore_result=True)
def sweep_outbox() -> dict:
    """Every minute: drain whatever is due (after an outage, a missed schedule, ...)."""
    result = indexing.drain(max_batches=200)
    indexing.forget_parked()
    return {"written": result.written, "failed": result.failed}
