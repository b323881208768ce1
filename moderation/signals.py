"""Settles the queue when a moderator changes a post's state by any route.

Putting posts on the queue is explicit: community's posting services call
moderation.screening.post_screened in their transaction.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from community.models import ModerationAction, PostStatus


@receiver(
    post_save, sender=ModerationAction, dispatch_uid="moderation_settle_on_decision"
)
def settle_after_decision(
    sender, instance: ModerationAction, created: bool, **kwargs
) -> None:
    if not created or instance.post_id is None:
        return
    if instance.actor_id and instance.from_status != instance.to_status:
        _resolve_after_decision(instance)


def _resolve_after_decision(action: ModerationAction) -> None:
    """A moderator changed a post's state, through the queue or any other tool: its open
    queue items and pending reports are settled, so the queue never shows stale work."""
    from django.utils import timezone

    from moderation.models import QueueItem
    from moderation.services import UPHOLDS, resolve_reports

    open_items = QueueItem.objects.filter(
        post_id=action.post_id, status=QueueItem.Status.OPEN
    )
    if action.to_status == PostStatus.PENDING:
        return
    open_items.update(
        status=QueueItem.Status.RESOLVED,
        resolved_at=timezone.now(),
        resolved_by_id=action.actor_id,
        decision=action.action,
        decision_reason=action.reason,
    )
    upheld = action.action in UPHOLDS or action.to_status in (
        PostStatus.HIDDEN,
        PostStatus.REMOVED,
        PostStatus.REJECTED,
    )
    resolve_reports(post_id=action.post_id, upheld=upheld)
