"""The one way a post changes state: permission, transition table, audit, effects.

A moderator's change also settles the review queue (moderation.services.
queue_settle_after_decision) in the same transaction, as posting hands new posts to
moderation.screening.post_screened.
"""

from django.db import transaction
from django.utils import timezone

from community import pagecache
from community.models import ModerationAction, Post, PostStatus, Thread
from community.permissions import can_moderate
from community.services import effects
from core.errors import InvalidTransition, NotFound, PermissionDenied

S = PostStatus

#: (from, to) → the verb recorded in the audit trail. Nothing else is allowed.
TRANSITIONS: dict[tuple[str, str], str] = {
    (S.PENDING, S.PUBLISHED): "approve",
    (S.PENDING, S.REJECTED): "reject",
    (S.PUBLISHED, S.HIDDEN): "hide",
    # An edit that screening holds goes back to the queue (system only, via post_edit).
    (S.PUBLISHED, S.PENDING): "hold_edit",
    (S.PUBLISHED, S.REMOVED): "remove",
    (S.HIDDEN, S.PUBLISHED): "restore",
    (S.HIDDEN, S.REMOVED): "remove",
}

SYSTEM_ACTOR_NAME = "Kindred (automatic)"


def actor_name(actor) -> str:
    if actor is None:
        return SYSTEM_ACTOR_NAME
    return getattr(actor, "display_name", "") or actor.get_username()


def audit(
    *,
    actor,
    action: str,
    post: Post | None = None,
    thread: Thread | None = None,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
    details: dict | None = None,
) -> ModerationAction:
    target = post if post is not None else thread
    return ModerationAction.objects.create(
        actor=actor,
        actor_name=actor_name(actor),
        action=action,
        target_type="post" if post is not None else "thread",
        target_id=target.pk,
        post=post,
        thread=thread if thread is not None else (post.thread if post else None),
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        details=details or {},
    )


def _moderation():
    # moderation.services builds on this module, so it is imported when first needed.
    from moderation import services

    return services


def post_transition(
    *,
    actor,
    post_id: int,
    to_status: str,
    reason: str = "",
    system: bool = False,
    details: dict | None = None,
) -> Post:
    """Move a post to `to_status`. `system=True` is for automatic rules (actor None)."""
    with transaction.atomic():
        try:
            post = (
                Post.objects.select_for_update()
                .select_related("thread")
                .get(pk=post_id)
            )
        except Post.DoesNotExist as exc:
            raise NotFound("That post could not be found.") from exc
        thread = (
            Thread.objects.select_for_update()
            .select_related("category")
            .get(pk=post.thread_id)
        )
        if not system and not can_moderate(actor, thread.category):
            raise PermissionDenied("Only moderators can do that.")
        from_status = post.status
        verb = TRANSITIONS.get((from_status, to_status))
        if verb is None:
            raise InvalidTransition(
                f"A post that is {from_status} cannot become {to_status}.",
                code="invalid_transition",
            )
        now = timezone.now()
        post.status = to_status
        fields = ["status"]
        if to_status == S.PUBLISHED and post.published_at is None:
            post.published_at = now
            fields.append("published_at")
        post.save(update_fields=fields)

        thread_fields = []
        if post.is_opening_post and thread.status != to_status:
            thread.status = to_status
            thread_fields.append("status")
        delta = int(to_status == S.PUBLISHED) - int(from_status == S.PUBLISHED)
        if delta and not post.is_opening_post:
            thread.reply_count = max(0, thread.reply_count + delta)
            thread_fields.append("reply_count")
        if to_status == S.PUBLISHED and not post.is_opening_post:
            thread.last_activity_at = max(thread.last_activity_at, post.created_at)
            thread_fields.append("last_activity_at")
        if thread_fields:
            thread.save(update_fields=thread_fields)

        action = audit(
            actor=None if system else actor,
            action=verb,
            post=post,
            thread=thread,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            details=details,
        )
        if not system:
            # Whatever tool the moderator used, the queue is settled with the change.
            _moderation().queue_settle_after_decision(action=action)
        effects.post_visibility_changed(post=post, from_status=from_status)
        pagecache.content_changed()
    return post
