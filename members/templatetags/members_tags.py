"""Small pieces other apps' templates can use: the bell, follow and save controls."""

from django import template

from members import selectors, services

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context) -> int:
    """One query per request at most, however many times the header asks."""
    request = context.get("request")
    if request is None:
        return 0
    return selectors.unread_count(request)


@register.inclusion_tag("members/includes/follow_form.html", takes_context=True)
def follow_controls(context, thread=None, category=None):
    """Watching / normal / muted for a thread or a category (signed-in members)."""
    user = context["request"].user
    return {
        "user": user,
        "thread": thread,
        "category": category,
        "level": services.follow_level_for(user, thread=thread, category=category),
        "levels": services.FollowLevel.choices,
        "next": context["request"].get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("members/includes/bookmark_form.html", takes_context=True)
def save_button(context, post=None, thread=None, saved=None):
    """Save or unsave a post or thread. Pass `saved` when the page already knows it."""
    user = context["request"].user
    if saved is None and user.is_authenticated:
        from members.models import Bookmark

        lookup = {"post": post} if post is not None else {"thread": thread}
        saved = Bookmark.objects.filter(user=user, **lookup).exists()
    return {
        "user": user,
        "post": post,
        "thread": thread,
        "saved": bool(saved),
        "next": context["request"].get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
