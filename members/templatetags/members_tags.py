"""Small pieces other apps' templates can use: the bell, follow and save controls."""

from django import template

from members import selectors
from members.models import FollowLevel

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context) -> int:
    """One query per request at most, however many times the header asks."""
    request = context.get("request")
    if request is None:
        return 0
    return selectors.unread_count(request)


@register.simple_tag
def bell_poll_seconds() -> int:
    """How often an open page refreshes the bell (settings.MEMBERS_BELL_POLL_SECONDS)."""
    from django.conf import settings

    return int(getattr(settings, "MEMBERS_BELL_POLL_SECONDS", 60))


@register.inclusion_tag("members/includes/follow_form.html", takes_context=True)
def follow_controls(context, thread=None, category=None, level=None):
    """Watching / normal / muted for a thread or a category (signed-in members).

    Pass `level` when the page already knows it (lists), to save a query per row.
    """
    request = context["request"]
    user = request.user
    if level is None:
        # One query for the level and the page's saved ids (save_button reuses them).
        level = selectors.follow_level_with_saved_ids(
            request, thread=thread, category=category
        )
    return {
        "user": user,
        "thread": thread,
        "category": category,
        "level": level,
        "levels": FollowLevel.choices,
        "next": context["request"].get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("members/includes/bookmark_form.html", takes_context=True)
def save_button(context, post=None, thread=None, saved=None):
    """Save or unsave a post or thread. One query per request however many posts."""
    request = context["request"]
    user = request.user
    if saved is None and user.is_authenticated:
        posts, threads = selectors.saved_ids(request)
        saved = post.pk in posts if post is not None else thread.pk in threads
    return {
        "user": user,
        "post": post,
        "thread": thread,
        "saved": bool(saved),
        "next": context["request"].get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
