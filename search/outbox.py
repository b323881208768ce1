"""The transactional outbox: the only way other apps tell search that something changed."""

from django.db import models

from search.models import OutboxEntry


def record(obj: models.Model) -> OutboxEntry:
    """Record that `obj` changed. Call inside the transaction that changes it."""
    return OutboxEntry.objects.create(model=obj._meta.label_lower, object_id=str(obj.pk))
