"""Who may see which search documents, computed from community's visible_to()."""

from __future__ import annotations

from django.db import connections, router

from search import statements


def visible_category_ids(user) -> list[int]:
    """The community categories `user` may read: public; members if signed in; private
    groups only where their membership is approved."""
    from community.models import Category

    if getattr(user, "is_authenticated", False):
        return sorted(Category.objects.visible_to(user).values_list("pk", flat=True))
    from django.contrib.auth.models import AnonymousUser

    using = router.db_for_read(Category)
    sql, params = statements.compiled(
        ("categories",),
        0,
        lambda _ids: Category.objects.visible_to(AnonymousUser()).values_list(
            "pk", flat=True
        ),
        using,
    ).bind([])
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return sorted(row[0] for row in cursor.fetchall())


def page_restrictions(using: str) -> tuple:
    """(path, depth) of every page with a view restriction: all that Wagtail's
    `public()` writes into a statement (a restricted page and everything under it)."""
    from wagtail.models import PageViewRestriction

    sql, params = statements.compiled(
        ("page-restrictions",),
        0,
        lambda _ids: PageViewRestriction.objects.order_by(
            "page__path", "pk"
        ).values_list("page__path", "page__depth"),
        using,
    ).bind([])
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return tuple(tuple(row) for row in cursor.fetchall())
