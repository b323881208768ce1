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
