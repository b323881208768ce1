"""Writes for follows, bookmarks, notification preferences, breaks and notifications.

Notifications are created for what a person could see at the time, and checked again
when they are listed or emailed (members.selectors.visible_notifications): a post hidden
in between simply disappears. Emails are scheduled after commit, by id.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import (
    Category,
    Mention,
    MutedMember,
    Post,
    PostStatus,
    Reaction,
    Thread,
)
from core.errors import NotFound, PermissionDenied, ValidationError
from members.models import (
    DEFAULT_EMAIL,
    QUIET_KINDS,
    Bookmark,
    EmailChoice,
    Follow,
    FollowLevel,
    Notification,
    NotificationKind,
    NotificationPreference,
)

K = NotificationKind

#: "Take a break" lengths. None means until the member comes back.
BREAK_LENGTHS: dict[str, timedelta | None] = {
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
    "month": timedelta(days=30),
    "indefinite": None,
}
#: "Until I come back" is stored as a far-away date (the field is a timestamp).
INDEFINITE_BREAK = timedelta(days=365 * 100)

#: What moderation tells us, mapped to the word we store.
DECISIONS = {
    "approved": "approved",
    "approve": "approved",
    PostStatus.PUBLISHED: "approved",
    "rejected": "rejected",
    "reject": "rejected",
    "hidden": "hidden",
    "hide": "hidden",
    "removed": "removed",
    "remove": "removed",
    "restored": "restored",
    "restore": "restored",
}


def _require_member(actor) -> None:
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise PermissionDenied(_("Please sign in first."), code="not_signed_in")


# ---------------------------------------------------------------- follows, bookmarks


def follow_set(
    *,
    actor,
    level: str,
    thread_id: int | None = None,
    category_id: int | None = None,
) -> Follow:
    """Watch, follow normally or mute one thread or category the actor can see."""
    _require_member(actor)
    if level not in FollowLevel.values:
        raise ValidationError(
            _("Please choose watching, normal or muted."), code="follow_level"
        )
    if (thread_id is None) == (category_id is None):
        raise ValidationError(
            _("Please choose one conversation or one space."), code="follow_target"
        )
    if thread_id is not None:
        if not Thread.objects.visible_to(actor).filter(pk=thread_id).exists():
            raise NotFound(_("We couldn't find that conversation."), code="not_found")
        lookup = {"thread_id": thread_id}
    else:
        if not Category.objects.visible_to(actor).filter(pk=category_id).exists():
            raise NotFound(_("We couldn't find that space."), code="not_found")
        lookup = {"category_id": category_id}
    with transaction.atomic():
        follow, _created = Follow.objects.update_or_create(
            user=actor, **lookup, defaults={"level": level}
        )
    return follow


def follow_level_for(user, *, thread=None, category=None) -> str:
    """The member's level for a thread or category (normal when they never chose)."""
    if not getattr(user, "is_authenticated", False):
        return FollowLevel.NORMAL
    lookup = {"thread": thread} if thread is not None else {"category": category}
    level = (
        Follow.objects.filter(user=user, **lookup)
        .values_list("level", flat=True)
        .first()
    )
    return level or FollowLevel.NORMAL


def bookmark_toggle(
    *, actor, post_id: int | None = None, thread_id: int | None = None
) -> bool:
    """Save a post or thread, or unsave it. Returns whether it is saved now."""
    _require_member(actor)
    if (post_id is None) == (thread_id is None):
        raise ValidationError(
            _("Please choose one post or one conversation."), code="bookmark_target"
        )
    if post_id is not None:
        if not Post.objects.visible_to(actor).filter(pk=post_id).exists():
            raise NotFound(_("We couldn't find that post."), code="not_found")
        lookup = {"post_id": post_id}
    else:
        if not Thread.objects.visible_to(actor).filter(pk=thread_id).exists():
            raise NotFound(_("We couldn't find that conversation."), code="not_found")
        lookup = {"thread_id": thread_id}
    with transaction.atomic():
        deleted, _rows = Bookmark.objects.filter(user=actor, **lookup).delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Bookmark.objects.create(user=actor, **lookup)
        except IntegrityError:
            pass  # a double click landed first; it is saved either way
    return True


# ---------------------------------------------------------------- preferences, breaks


def email_preferences(user) -> dict[str, str]:
    """Every kind with the member's email choice (defaults filled in)."""
    prefs = {kind: str(choice) for kind, choice in DEFAULT_EMAIL.items()}
    prefs.update(
        NotificationPreference.objects.filter(user=user).values_list("kind", "email")
    )
    return prefs


def email_preference(user, kind: str) -> str:
    stored = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("email", flat=True)
        .first()
    )
    return stored or str(DEFAULT_EMAIL[kind])


def preferences_set(*, actor, choices: dict[str, str]) -> dict[str, str]:
    """Store email choices per kind. Reactions are quiet: never emailed one by one."""
    _require_member(actor)
    for kind, choice in choices.items():
        if kind not in K.values or choice not in EmailChoice.values:
            raise ValidationError(
                _("Please choose one of the options for each kind of notification."),
                code="preference",
            )
        if kind in QUIET_KINDS and choice == EmailChoice.IMMEDIATELY:
            raise ValidationError(
                _(
                    "Reactions are only ever gathered into the daily digest, so "
                    "they never interrupt you."
                ),
                code="preference_quiet",
            )
    with transaction.atomic():
        for kind, choice in choices.items():
            NotificationPreference.objects.update_or_create(
                user=actor, kind=kind, defaults={"email": choice}
            )
    return email_preferences(actor)


def unsubscribe(*, user_id: int, scope: str) -> None:
    """Stop emails for one kind, for the digest, or all ("all"): from a signed link."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        raise NotFound(_("This link is no longer valid."), code="not_found")
    if scope == "all":
        kinds = list(K.values)
    elif scope == "digest":
        prefs = email_preferences(user)
        kinds = [k for k, v in prefs.items() if v == EmailChoice.DIGEST]
    elif scope in K.values:
        kinds = [scope]
    else:
        raise NotFound(_("This link is no longer valid."), code="not_found")
    with transaction.atomic():
        for kind in kinds:
            NotificationPreference.objects.update_or_create(
                user=user, kind=kind, defaults={"email": EmailChoice.NEVER}
            )


def break_start(*, actor, length: str):
    """Pause notification emails and the bell's count for a while."""
    _require_member(actor)
    if length not in BREAK_LENGTHS:
        raise ValidationError(
            _("Please choose how long you'd like to take a break for."),
            code="break_length",
        )
    span = BREAK_LENGTHS[length] or INDEFINITE_BREAK
    actor.notifications_paused_until = timezone.now() + span
    actor.save(update_fields=["notifications_paused_until"])
    return actor.notifications_paused_until


def break_end(*, actor) -> None:
    _require_member(actor)
    actor.notifications_paused_until = None
    actor.save(update_fields=["notifications_paused_until"])


def break_is_indefinite(user) -> bool:
    until = user.notifications_paused_until
    return bool(until and until - timezone.now() > timedelta(days=365 * 50))


# ---------------------------------------------------------------- reading


def notifications_mark_read(*, actor, notification_ids: list[int] | None = None) -> int:
    """Mark some (or, with None, all) of the actor's notifications as read."""
    _require_member(actor)
    qs = Notification.objects.filter(recipient=actor, read_at__isnull=True)
    if notification_ids is not None:
        qs = qs.filter(pk__in=notification_ids)
    return qs.update(read_at=timezone.now())


# ---------------------------------------------------------------- creating


def _can_see(user, post: Post) -> bool:
    return Post.objects.visible_to(user).filter(pk=post.pk).exists()


def _schedule_email(notification: Notification, user) -> None:
    if notification.kind in QUIET_KINDS or notification.quiet:
        return
    if user.notifications_paused or not user.email:
        return
    if email_preference(user, notification.kind) != EmailChoice.IMMEDIATELY:
        return
    from core.queue import enqueue_on_commit
    from members import tasks

    enqueue_on_commit(tasks.send_notification_email, notification.pk)


def fan_out_post_published(
    *, post_id: int, mentions_only: bool = False
) -> list[Notification]:
    """Tell watchers and mentioned members about a newly published post.

    Runs after the post is committed as published (effects.post_visibility_changed), on
    creation or approval; with `mentions_only` after an edit, so people newly mentioned
    hear about it. Safe to run twice: one notification per person, kind and post.
    """
    post = (
        Post.objects.select_related("thread", "thread__category", "author")
        .filter(pk=post_id)
        .first()
    )
    if post is None or post.status != PostStatus.PUBLISHED or post.deleted_by_author:
        return []
    thread = post.thread
    author_id = post.author_id
    created: list[Notification] = []
    with transaction.atomic():
        if author_id and not mentions_only:
            # Writing in a conversation means you'd like to hear the replies, unless
            # you have already said otherwise for it.
            Follow.objects.get_or_create(
                user_id=author_id,
                thread=thread,
                defaults={"level": FollowLevel.WATCHING},
            )
        targets: dict[int, str] = {}
        if mentions_only:
            pass
        elif post.is_opening_post:
            for uid in Follow.objects.filter(
                category_id=thread.category_id, level=FollowLevel.WATCHING
            ).values_list("user_id", flat=True):
                targets[uid] = K.NEW_THREAD
        else:
            for uid in Follow.objects.filter(
                thread=thread, level=FollowLevel.WATCHING
            ).values_list("user_id", flat=True):
                targets[uid] = K.REPLY
        for uid in Mention.objects.filter(post=post).values_list("user_id", flat=True):
            targets[uid] = K.MENTION

        silenced = set(
            Follow.objects.filter(thread=thread, level=FollowLevel.MUTED).values_list(
                "user_id", flat=True
            )
        )
        if post.is_opening_post:
            silenced |= set(
                Follow.objects.filter(
                    category_id=thread.category_id, level=FollowLevel.MUTED
                ).values_list("user_id", flat=True)
            )
        if author_id:
            silenced |= set(
                MutedMember.objects.filter(muted_id=author_id).values_list(
                    "user_id", flat=True
                )
            )
            silenced.add(author_id)
        ids = [uid for uid in targets if uid not in silenced]
        recipients = get_user_model().objects.filter(pk__in=ids, is_active=True)
        for user in recipients:
            if not _can_see(user, post):
                continue
            notification, was_created = Notification.objects.get_or_create(
                recipient=user,
                kind=targets[user.pk],
                post=post,
                defaults={"actor_id": author_id, "quiet": thread.in_memory_of},
            )
            if was_created:
                created.append(notification)
                _schedule_email(notification, user)
    return created


def reactions_batch(*, post_id: int) -> Notification | None:
    """One quiet notification per post gathering the reactions others have sent.

    Recomputed from the reactions themselves, so running it again is harmless. Posts in
    "in memory of" threads never prompt about reactions.
    """
    post = Post.objects.select_related("thread", "author").filter(pk=post_id).first()
    if (
        post is None
        or post.author_id is None
        or post.thread.in_memory_of
        or post.status != PostStatus.PUBLISHED
        or not post.author.is_active
    ):
        return None
    if not Post.objects.visible_to(post.author).filter(pk=post.pk).exists():
        return None  # hidden since (or its space closed to the author): tell no one
    muted = MutedMember.objects.filter(user_id=post.author_id).values("muted_id")
    reactions = Reaction.objects.filter(post=post).exclude(user_id=post.author_id)
    reactions = reactions.exclude(user_id__in=muted)
    people = reactions.values("user_id").distinct().count()
    if not people:
        return None
    latest = reactions.order_by("-created_at", "-id").values_list("user_id", flat=True)
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .filter(recipient_id=post.author_id, kind=K.REACTION, post=post)
            .first()
        )
        if notification is None:
            try:
                with transaction.atomic():
                    return Notification.objects.create(
                        recipient_id=post.author_id,
                        kind=K.REACTION,
                        post=post,
                        actor_id=latest[0],
                        count=people,
                    )
            except IntegrityError:
                return None  # another batch run made it a moment ago
        if people > notification.count:
            notification.count = people
            notification.actor_id = latest[0]
            notification.read_at = None
            notification.emailed_at = None
            notification.save(
                update_fields=["count", "actor", "read_at", "emailed_at", "updated_at"]
            )
        elif people != notification.count:
            # Someone took a reaction back: keep the count honest, quietly.
            notification.count = people
            notification.save(update_fields=["count"])
    return notification


def reactions_batch_recent(*, since) -> int:
    """Batch reactions for every post that received one since `since`."""
    post_ids = (
        Reaction.objects.filter(created_at__gte=since)
        .values_list("post_id", flat=True)
        .distinct()
    )
    done = 0
    for post_id in list(post_ids):
        if reactions_batch(post_id=post_id) is not None:
            done += 1
    return done


def notify_post_decision(
    *, post_id: int, decision: str, actor=None
) -> Notification | None:
    """Tell an author what moderators decided about their post.

    For moderation: call it after the decision is committed (for example from
    transaction.on_commit). `decision` is approved/rejected/hidden/removed/restored
    (the verbs and target statuses are understood too). The author always hears about
    their own post, even when it is no longer visible to them. `actor` is accepted for
    the caller's convenience but never shown: decisions come from "the moderators".
    """
    word = DECISIONS.get(decision)
    if word is None:
        raise ValidationError(
            _("Unknown decision %(d)s.") % {"d": decision}, code="decision"
        )
    post = Post.objects.select_related("thread", "author").filter(pk=post_id).first()
    if post is None or post.author_id is None or not post.author.is_active:
        return None
    with transaction.atomic():
        notification = Notification.objects.create(
            recipient_id=post.author_id,
            kind=K.DECISION,
            post=post,
            # Moderators act for the community: their names are not shown to authors.
            actor=None,
            decision=word,
        )
        _schedule_email(notification, post.author)
    return notification


#: What moderation tells a reporter, mapped to the word we store.
REPORT_OUTCOMES = {"upheld": "upheld", "dismissed": "dismissed"}


def notify_report_outcome(
    *, post_id: int, reporter_id: int, outcome: str
) -> Notification | None:
    """Tell a member what came of a post they reported, in the bell (and by email per
    their preferences).

    For moderation: call it after the outcome is committed. `outcome` is upheld or
    dismissed. The notification names nobody: not the moderator, not the author, not
    anyone else who reported. Whether it links to the post, and names its conversation,
    is decided when it is read (selectors.notification_text / notification_url): only
    while the reporter can still see the post. Safe to run twice: one per reporter and
    post.
    """
    from django.contrib.auth import get_user_model

    word = REPORT_OUTCOMES.get(outcome)
    if word is None:
        raise ValidationError(
            _("Unknown report outcome %(o)s.") % {"o": outcome}, code="outcome"
        )
    reporter = get_user_model().objects.filter(pk=reporter_id, is_active=True).first()
    if reporter is None or not Post.objects.filter(pk=post_id).exists():
        return None
    with transaction.atomic():
        notification, created = Notification.objects.get_or_create(
            recipient=reporter,
            kind=K.REPORT,
            post_id=post_id,
            defaults={"actor": None, "decision": word},
        )
        if created:
            _schedule_email(notification, reporter)
    return notification
