"""Queue background work after commit, without ever failing the request that made it.

Redis being down must never block or lose what a family wrote. The change itself is
already committed when this runs; if the broker can't take the task, the task runs in
this process instead (slower for this one request, but nothing is lost), or, for work
a periodic job sweeps up anyway, it is left to that job.
"""

import logging

from django.db import transaction

log = logging.getLogger("kindred.tasks")

_QUICK_RETRY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}


def enqueue_on_commit(
    task, *args, countdown: int | None = None, swept: bool = False
) -> None:
    """Send `task(*args)` once the current transaction commits. Arguments are ids only.

    `swept=True` means a periodic job redoes this work anyway, so a broker outage just
    leaves it to that job; otherwise the task runs in-process when the broker is down.
    """
    transaction.on_commit(lambda: send(task, *args, countdown=countdown, swept=swept))


def send(task, *args, countdown: int | None = None, swept: bool = False) -> None:
    """Send `task(*args)` now; never raise because the broker is unavailable."""
    try:
        task.apply_async(
            args, countdown=countdown, retry=True, retry_policy=_QUICK_RETRY
        )
        return
    except Exception as exc:  # noqa: BLE001 — the broker's failure is not the user's
        if swept:
            log.warning(
                "%s: broker unavailable (%s); the periodic job will catch up",
                task.name,
                type(exc).__name__,
            )
            return
        log.warning(
            "%s: broker unavailable (%s); running it in this process",
            task.name,
            type(exc).__name__,
        )
    try:
        task.apply(args, throw=True)
    except Exception as exc:  # noqa: BLE001 — logged by name only: no content
        log.error("%s failed in-process (%s)", task.name, type(exc).__name__)
