from django import template
from django.utils.safestring import mark_safe

from community.rendering import sanitise

register = template.Library()


@register.filter
def sanitised(html: str) -> str:
    """Stored post HTML is sanitised again on the way out: never trusted blindly."""
    return mark_safe(sanitise(html or ""))  # noqa: S308 — nh3 output is safe by construction
