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
    sql, params = statements.bind(
        statements.compiled(
            ("categories",),
            0,
            lambda _ids: Category.objects.visible_to(AnonymousUser()).values_list(
                "pk", flat=True
            ),
            using,
        ),
        [],
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return sorted(row[0] for row in cursor.fetchall())
