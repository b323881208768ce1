"""Puts posts on the review queue as the posting transaction writes them.

community.services writes a "hold" ModerationAction when screening holds a new post, and
post_transition writes "hold_edit" when an edit is held; both carry the screening's
reasons. Published posts that a rule only flags are recognised by the screening that
moderation.screening remembered moments earlier in the same transaction. Connecting here
keeps the contract with community to the one `screen_post` call.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from community.models import ModerationAction, Post, PostStatus


@receiver(post_save, sender=ModerationAction, dispatch_uid="moderation_queue_on_hold")
def queue_held_post(
    sender, instance: ModerationAction, created: bool, **kwargs
) -> None:
    if not created or instance.post_id is None:
        return
    if instance.action not in ("hold", "hold_edit"):
        if instance.actor_id and instance.from_status != instance.to_status:
            _resolve_after_decision(instance)
        return
    from moderation.models import QueueItem
    from moderation.services import queue_post

    details = instance.details or {}
    post = Post.objects.select_related("thread").get(pk=instance.post_id)
    queue_post(
        post=post,
        reasons=[r for r in details.get("reasons", []) if r != "watched_word_flag"]
        or ["new_member"],
        kind=QueueItem.Kind.EDIT
        if instance.action == "hold_edit"
        else QueueItem.Kind.HELD,
        crisis=bool(details.get("crisis")),
    )


@receiver(post_save, sender=Post, dispatch_uid="moderation_queue_flagged_post")
def queue_flagged_post(sender, instance: Post, created: bool, **kwargs) -> None:
    if not created:
        return
    from moderation.models import QueueItem
    from moderation.screening import recall
    from moderation.services import queue_post

    screening = recall(author_id=instance.author_id, body=instance.body)
    if screening is None or screening.hold or instance.status != PostStatus.PUBLISHED:
        return
    if "watched_word_flag" in screening.reasons:
        queue_post(post=instance, reasons=["watched_word"], kind=QueueItem.Kind.ALERT)


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
