"""Reads. Notifications, saved items and follows only ever show what the member may see
now (community's visible_to), whatever was true when they were created."""

from __future__ import annotations

from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.models import Category, MutedMember, Post, Thread
from members.models import Bookmark, Follow, Notification, NotificationKind

K = NotificationKind


def visible_notifications(user):
    """The member's notifications about posts they can see (and decisions on their own
    posts, and the outcome of their reports, which they are always told about). Unread
    ones about a post that has since been hidden drop out of every list, count and
    email."""
    if not getattr(user, "is_authenticated", False):
        return Notification.objects.none()
    visible_posts = Post.objects.visible_to(user).filter(deleted_by_author=False)
    muted = MutedMember.objects.filter(user=user).values("muted_id")
    about_visible = Q(post__in=visible_posts.values("pk")) & ~Q(post__author__in=muted)
    own_decision = Q(kind=K.DECISION, post__author=user)
    # A report's outcome often hides the post: the reporter still hears what came of
    # it, without the post's conversation or a link (notification_text/_url).
    own_report = Q(kind=K.REPORT)
    # "In memory of" threads never prompt about reactions, even ones batched earlier.
    reaction_prompt = Q(kind=K.REACTION, post__thread__in_memory_of=True)
    return (
        Notification.objects.filter(recipient=user)
        .filter(about_visible | own_decision | own_report)
        .exclude(reaction_prompt)
    )


def notification_list(user):
    # Whether a reporter can still see the post they reported, in the same query (a
    # list of report outcomes must not ask once per row); other kinds skip it.
    visible = Post.objects.visible_to(user).filter(
        pk=OuterRef("post_id"), deleted_by_author=False
    )
    return (
        visible_notifications(user)
        .select_related("actor", "post", "post__thread", "post__thread__category")
        .annotate(
            members_post_visible=Case(
                When(kind=K.REPORT, then=Exists(visible)),
                default=Value(None),
                output_field=BooleanField(null=True),
            )
        )
    )


def unread_count(request) -> int:
    """The bell's number: one query, remembered for the rest of the request."""
    cached = getattr(request, "_members_unread_count", None)
    if cached is not None:
        return cached
    user = request.user
    if not user.is_authenticated or user.notifications_paused:
        count = 0
    else:
        count = visible_notifications(user).filter(read_at__isnull=True).count()
    request._members_unread_count = count
    return count


def notification_for(user, notification_id: int) -> Notification | None:
    return notification_list(user).filter(pk=notification_id).first()


def reporter_can_see(n: Notification) -> bool:
    """For a report's outcome: can the reporter still see the post? Remembered on the
    notification, so text and link ask once."""
    cached = getattr(n, "members_post_visible", None)
    if cached is None:
        cached = (
            Post.objects.visible_to(n.recipient)
            .filter(pk=n.post_id, deleted_by_author=False)
            .exists()
        )
        n.members_post_visible = cached
    return cached


def _report_text(n: Notification) -> str:
    """Thanks, and what came of it, naming no one: not who else reported, not the
    author, not the moderator; the conversation only while the reporter can see it."""
    upheld = n.decision == "upheld"
    if reporter_can_see(n):
        thread = n.post.thread.title
        if upheld:
            return _(
                "Thank you: moderators looked at the post you reported in "
                "“%(thread)s” and acted on it."
            ) % {"thread": thread}
        return _(
            "Thank you: moderators looked at the post you reported in “%(thread)s” "
            "and decided it can stay."
        ) % {"thread": thread}
    if upheld:
        return _("Thank you: moderators looked at a post you reported and acted on it.")
    return _(
        "Thank you: moderators looked at a post you reported and decided it can stay."
    )


def notification_text(n: Notification) -> str:
    """What the notification says, kindly. Never includes the post's words."""
    if n.kind == K.REPORT:
        return _report_text(n)
    thread = n.post.thread.title
    who = n.actor.public_name if n.actor_id and n.actor else _("A Kindred member")
    if n.kind == K.REPLY:
        if n.quiet or n.post.thread.in_memory_of:
            return _("%(who)s shared a message in “%(thread)s”") % {
                "who": who,
                "thread": thread,
            }
        return _("%(who)s replied in “%(thread)s”") % {"who": who, "thread": thread}
    if n.kind == K.NEW_THREAD:
        return _("%(who)s started “%(thread)s” in %(space)s") % {
            "who": who,
            "thread": thread,
            "space": n.post.thread.category.name,
        }
    if n.kind == K.MENTION:
        return _("%(who)s mentioned you in “%(thread)s”") % {
            "who": who,
            "thread": thread,
        }
    if n.kind == K.REACTION:
        return ngettext(
            "%(count)s person sent support for your post in “%(thread)s”",
            "%(count)s people sent support for your post in “%(thread)s”",
            n.count,
        ) % {"count": n.count, "thread": thread}
    texts = {
        "approved": _(
            "Your post in “%(thread)s” has been approved and is now visible."
        ),
        "rejected": _(
            "Your post in “%(thread)s” wasn't approved. Our community guidelines "
            "explain why this can happen."
        ),
        "hidden": _(
            "Your post in “%(thread)s” is hidden for now while moderators take a look."
        ),
        "removed": _("Your post in “%(thread)s” has been removed by a moderator."),
        "restored": _("Your post in “%(thread)s” is visible again."),
    }
    return texts.get(n.decision, texts["approved"]) % {"thread": thread}


def notification_url(n: Notification) -> str:
    """Where opening the notification takes the member."""
    post = n.post
    if n.kind == K.REPORT and not reporter_can_see(n):
        return reverse("members:notifications")
    if post.status == "published":
        return reverse(
            "community:post_permalink",
            kwargs={"thread_id": post.thread_id, "position": post.position},
        )
    return reverse("community:post_held", kwargs={"post_id": post.pk})


def saved_items(user):
    """Bookmarks whose post or thread the member can still see, newest first."""
    visible_posts = Post.objects.visible_to(user).values("pk")
    visible_threads = Thread.objects.visible_to(user).values("pk")
    return (
        Bookmark.objects.filter(user=user)
        .filter(Q(post__in=visible_posts) | Q(thread__in=visible_threads))
        .select_related(
            "post", "post__author", "post__thread", "thread", "thread__category"
        )
    )


def saved_ids(request) -> tuple[set[int], set[int]]:
    """(saved post ids, saved thread ids) for the signed-in member, once per request."""
    cached = getattr(request, "_members_saved_ids", None)
    if cached is not None:
        return cached
    posts: set[int] = set()
    threads: set[int] = set()
    if request.user.is_authenticated:
        for post_id, thread_id in Bookmark.objects.filter(
            user=request.user
        ).values_list("post_id", "thread_id"):
            if post_id:
                posts.add(post_id)
            if thread_id:
                threads.add(thread_id)
    request._members_saved_ids = (posts, threads)
    return posts, threads


def follow_level_with_saved_ids(request, *, thread=None, category=None) -> str:
    """The member's follow level for a thread or category, in the same query that loads
    their saved ids for the page (so a thread page's follow control and save buttons
    cost one query between them). "normal" when they never chose."""
    user = request.user
    if not user.is_authenticated:
        return "normal"
    target = {"thread": thread} if thread is not None else {"category": category}
    follows = (
        Follow.objects.filter(user=user, **target)
        .order_by()
        .annotate(
            kind=Value("f", output_field=CharField()),
            no_post=Value(None, output_field=IntegerField()),
            no_thread=Value(None, output_field=IntegerField()),
        )
        .values_list("kind", "level", "no_post", "no_thread")
    )
    if getattr(request, "_members_saved_ids", None) is not None:
        row = follows.first()
        return row[1] if row else "normal"
    bookmarks = (
        Bookmark.objects.filter(user=user)
        .order_by()
        .annotate(
            kind=Value("b", output_field=CharField()),
            level=Value("", output_field=CharField()),
        )
        .values_list("kind", "level", "post_id", "thread_id")
    )
    level = "normal"
    posts: set[int] = set()
    threads: set[int] = set()
    for kind, row_level, post_id, thread_id in follows.union(bookmarks, all=True):
        if kind == "f":
            level = row_level or level
            continue
        if post_id:
            posts.add(post_id)
        if thread_id:
            threads.add(thread_id)
    request._members_saved_ids = (posts, threads)
    return level


def space_follow_levels(user) -> list[tuple[Category, str]]:
    """Every space the member can read, with their level (normal when never chosen)."""
    levels = dict(
        Follow.objects.filter(user=user, category__isnull=False).values_list(
            "category_id", "level"
        )
    )
    return [
        (category, levels.get(category.pk, "normal"))
        for category in Category.objects.visible_to(user).order_by("position", "name")
    ]


def follows_for(user):
    """The member's follows of things they can still see."""
    visible_threads = Thread.objects.visible_to(user).values("pk")
    visible_categories = Category.objects.visible_to(user).values("pk")
    return (
        Follow.objects.filter(user=user)
        .filter(Q(thread__in=visible_threads) | Q(category__in=visible_categories))
        .select_related("thread", "category")
        .order_by("category__name", "-updated_at")
    )


def profile_posts(viewer, member, limit: int = 10):
    """The member's recent posts that the viewer may see."""
    return (
        Post.objects.visible_to(viewer)
        .filter(author=member, deleted_by_author=False)
        .select_related("thread", "thread__category")
        .order_by("-published_at", "-id")[:limit]
    )
