"""The transactional outbox: the only way other apps tell search that something changed."""

from django.db import models, transaction

from search.models import OutboxEntry


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
    # A named function (not a lambda) so schedule_drain can see it is already queued.
    from core.queue import send
    from search.tasks import drain_outbox

    send(drain_outbox, swept=True)  # the beat sweep catches up after a broker outage
