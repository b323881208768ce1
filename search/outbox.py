"""The transactional outbox: the only way other apps tell search that something changed."""

import logging

from django.db import models, transaction

from search.models import OutboxEntry

log = logging.getLogger("kindred.search")


def record(obj: models.Model) -> OutboxEntry:
    """Record that `obj` changed. Call inside the transaction that changes it.

    The entry commits or rolls back with the change itself. After commit, one drain is
    scheduled per transaction; if the broker is down that is logged and the periodic
    sweep picks the entry up later, so this never fails because of Redis or Elasticsearch.
    """
    entry = OutboxEntry.objects.create(
        model=obj._meta.label_lower, object_id=str(obj.pk)
    )
    schedule_drain()
    return entry


def schedule_drain() -> None:
    conn = transaction.get_connection()
    if conn.in_atomic_block and any(
        func is _drain_after_commit for _sids, func, _robust in conn.run_on_commit
    ):
        return  # already scheduled for this transaction
    transaction.on_commit(_drain_after_commit, robust=True)


def _drain_after_commit() -> None:
    try:
        from search.tasks import drain_outbox

        drain_outbox.apply_async(
            retry=True,
            retry_policy={
                "max_retries": 1,
                "interval_start": 0,
                "interval_step": 0.2,
                "interval_max": 0.2,
            },
        )
    except Exception as exc:  # noqa: BLE001 — posting must never fail because of this
        log.warning(
            "search: could not schedule the outbox drain (%s); the sweep will catch up",
            type(exc).__name__,
        )
