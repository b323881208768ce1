"""Reads. Everything goes through `visible_to(user)`."""

import math

from django.db.models import CharField, Count, IntegerField, Max, Q, Value
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from community.models import (
    Category,
    GroupMembership,
    MutedMember,
    MutedWord,
    Post,
    PostStatus,
    Reaction,
    ReactionKind,
    Thread,
    ThreadRead,
    Visibility,
)

POSTS_PER_PAGE = 20
THREADS_PER_PAGE = 25
SORTS = {
    "activity": ("-is_pinned", "-last_activity_at", "-pk"),
    "newest": ("-is_pinned", "-created_at", "-pk"),
    "unanswered": ("-is_pinned", "-created_at", "-pk"),
}


def categories_for(user):
    return Category.objects.visible_to(user)


def category_index(user) -> list[Category]:
    """Every space, with what this person can do there: read, or ask to join.

    Private groups are listed by name so people can ask to join; their threads stay
    404 for anyone who is not an approved member.
    """
    visible_ids = set(Category.objects.visible_to(user).values_list("pk", flat=True))
    categories = list(
        Category.objects.annotate(
            thread_count=Count(
                "threads", filter=Q(threads__status=PostStatus.PUBLISHED)
            )
        ).order_by("position", "name")
    )
    statuses = {}
    if getattr(user, "is_authenticated", False):
        statuses = dict(
            GroupMembership.objects.filter(user=user).values_list(
                "category_id", "status"
            )
        )
    for category in categories:
        category.can_read = category.pk in visible_ids
        category.membership_status = statuses.get(category.pk, "")
        if not category.can_read:
            category.thread_count = None
    return categories


def category_for(user, slug: str) -> Category:
    category = Category.objects.visible_to(user).filter(slug=slug).first()
    if category is None:
        raise Http404
    return category


def threads_for(user, category: Category, sort: str = "activity"):
    threads = (
        Thread.objects.visible_to(user)
        .filter(category=category)
        .select_related("author")
    )
    if sort == "unanswered":
        threads = threads.filter(reply_count=0)
    return threads.order_by(*SORTS.get(sort, SORTS["activity"]))


def mark_unread(user, threads) -> None:
    """Set `.unread` ("new" / "updated" / "") and `.url` on each thread, in one query."""
    threads = list(threads)
    pattern = reverse("community:thread", args=[int(_SENTINEL)])
    for thread in threads:
        thread.url = pattern.replace(_SENTINEL, str(thread.pk))
    if not getattr(user, "is_authenticated", False):
        for thread in threads:
            thread.unread = ""
        return
    reads = dict(
        ThreadRead.objects.filter(user=user, thread__in=threads).values_list(
            "thread_id", "updated_at"
        )
    )
    for thread in threads:
        read_at = reads.get(thread.pk)
        if read_at is None:
            thread.unread = "new"
        elif thread.last_activity_at > read_at:
            thread.unread = "updated"
        else:
            thread.unread = ""


def thread_for(user, thread_id: int) -> Thread:
    try:
        return (
            Thread.objects.visible_to(user)
            .select_related("category", "author")
            .get(pk=thread_id)
        )
    except Thread.DoesNotExist as exc:
        raise Http404 from exc


def posts_for(user, thread: Thread):
    return Post.objects.visible_to(user).filter(thread=thread).select_related("author")


def page_for_position(position: int) -> int:
    return max(1, math.ceil(position / POSTS_PER_PAGE))


def thread_page(user, thread: Thread, page: int) -> dict:
    """One page of a thread, by position, so a post's page never changes.

    Readers see published posts; authors also see their own posts waiting for review.
    """
    shown = Q(status=PostStatus.PUBLISHED)
    if getattr(user, "is_authenticated", False):
        shown |= Q(status=PostStatus.PENDING, author=user)
    last = (
        Post.objects.filter(shown, thread=thread).aggregate(m=Max("position"))["m"] or 1
    )
    page_count = page_for_position(last)
    if page < 1 or page > page_count:
        raise Http404
    first_pos = (page - 1) * POSTS_PER_PAGE + 1
    posts = list(
        Post.objects.filter(
            shown,
            thread=thread,
            position__gte=first_pos,
            position__lt=first_pos + POSTS_PER_PAGE,
        )
        .select_related("author")
        .prefetch_related("photos")
        .order_by("position")
    )
    _decorate(user, posts)
    return {
        "posts": posts,
        "page": page,
        "page_count": page_count,
        "last_position": last,
    }


def _decorate(user, posts: list[Post]) -> None:
    """Reactions, and what this reader has muted, in three queries for the page."""
    is_member = getattr(user, "is_authenticated", False)
    counts: dict[int, dict[str, tuple[int, bool]]] = {}
    if posts:
        rows = (
            Reaction.objects.filter(post__in=[p.pk for p in posts])
            .values("post_id", "kind")
            .annotate(
                n=Count("id"),
                mine=Count("id", filter=Q(user=user))
                if is_member
                else Count("id", filter=Q(pk=None)),
            )
        )
        for row in rows:
            counts.setdefault(row["post_id"], {})[row["kind"]] = (
                row["n"],
                bool(row["mine"]),
            )
    words: list[str] = []
    muted_ids: set[int] = set()
    if is_member and posts:
        # One query for both kinds of mute: (word, 0) rows and ("", member id) rows.
        words_q = (
            MutedWord.objects.filter(user=user)
            .order_by()
            .annotate(member=Value(0, output_field=IntegerField()))
            .values_list("word", "member")
        )
        members_q = (
            MutedMember.objects.filter(user=user)
            .order_by()
            .annotate(text=Value("", output_field=CharField()))
            .values_list("text", "muted_id")
        )
        for word, member in words_q.union(members_q, all=True):
            if member:
                muted_ids.add(member)
            elif word:
                words.append(word)
    urls = _url_patterns()
    labels = [
        (
            kind,
            str(label),
            _("You reacted: %(label)s") % {"label": label},
            _("Reaction removed: %(label)s") % {"label": label},
        )
        for kind, label in ReactionKind.choices
    ]
    for post in posts:
        post.urls = _urls_for(urls, post)
        mine = counts.get(post.pk, {})
        post.reaction_list = [
            {
                "kind": kind,
                "label": label,
                "on": on,
                "off": off,
                "count": mine.get(kind, (0, False))[0],
                "mine": mine.get(kind, (0, False))[1],
            }
            for kind, label, on, off in labels
        ]
        post.muted_reason = ""
        if post.author_id in muted_ids:
            post.muted_reason = "member"
        elif words:
            text = post.body.lower()
            if any(word in text for word in words):
                post.muted_reason = "word"


_SENTINEL = "987654321"


def _reverse_or_empty(name: str, **kwargs) -> str:
    try:
        return reverse(name, **kwargs)
    except NoReverseMatch:
        return ""


def _url_patterns() -> dict[str, str]:
    """Each per-post URL reversed once per page, with a placeholder id.

    A long page has many posts with several links each; reversing once and filling
    in the id keeps the thread page fast without hard-coding any URL.
    """
    s = int(_SENTINEL)
    return {
        "react": reverse("community:post_react", args=[s]),
        "edit": reverse("community:post_edit", args=[s]),
        "delete": reverse("community:post_delete", args=[s]),
        "history": reverse("community:post_history", args=[s]),
        "report": _reverse_or_empty("moderation:report_post", args=[s]),
        "profile": _reverse_or_empty("members:profile", kwargs={"user_id": s}),
        "mute": reverse("community:member_mute", args=[s]),
        "permalink": reverse("community:post_permalink", args=[s, s + 1]),
    }


def _urls_for(patterns: dict[str, str], post: Post) -> dict[str, str]:
    pid = str(post.pk)
    author = str(post.author_id or "")
    return {
        "react": patterns["react"].replace(_SENTINEL, pid),
        "api_react": f"/api/v1/posts/{pid}/reactions/",
        "edit": patterns["edit"].replace(_SENTINEL, pid),
        "delete": patterns["delete"].replace(_SENTINEL, pid),
        "history": patterns["history"].replace(_SENTINEL, pid),
        "report": patterns["report"].replace(_SENTINEL, pid),
        "profile": patterns["profile"].replace(_SENTINEL, author) if author else "",
        "mute": patterns["mute"].replace(_SENTINEL, author) if author else "",
        "permalink": patterns["permalink"]
        .replace(str(int(_SENTINEL) + 1), str(post.position))
        .replace(_SENTINEL, str(post.thread_id)),
    }


def post_for_author(user, post_id: int) -> Post:
    """A post its author may edit, delete or follow up on (any status); else 404."""
    if not getattr(user, "is_authenticated", False):
        raise Http404
    post = (
        Post.objects.select_related("thread", "thread__category")
        .filter(pk=post_id, author=user)
        .first()
    )
    if (
        post is None
        or not Category.objects.visible_to(user)
        .filter(pk=post.thread.category_id)
        .exists()
    ):
        raise Http404
    return post


def visible_post(user, post_id: int) -> Post:
    post = (
        Post.objects.visible_to(user)
        .select_related("thread", "thread__category", "author")
        .filter(pk=post_id)
        .first()
    )
    if post is None:
        raise Http404
    return post


def pending_requests(category: Category):
    return (
        GroupMembership.objects.filter(
            category=category, status=GroupMembership.Status.REQUESTED
        )
        .select_related("user")
        .order_by("created_at")
    )


def is_group_member(user, category: Category) -> bool:
    if category.visibility != Visibility.PRIVATE:
        return True
    return category.memberships.filter(user=user, status="approved").exists()


def group_for_host(user, slug: str) -> Category:
    """A private group whose requests this person decides (hosts and moderators)."""
    from community.services.spaces import can_host

    category = Category.objects.filter(slug=slug, visibility=Visibility.PRIVATE).first()
    if category is None or not can_host(user, category):
        raise Http404
    return category
