"""Who may see which search documents, computed from community's visible_to()."""

from __future__ import annotations


def visible_category_ids(user) -> list[int]:
    """The community categories `user` may read: public; members if signed in; private
    groups only where their membership is approved."""
    from community.models import Category

    return sorted(Category.objects.visible_to(user).values_list("pk", flat=True))
