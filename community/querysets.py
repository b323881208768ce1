"""`visible_to(user)` is the one choke point for what a person may see."""

from django.db import models


def _visible_category_q(user, prefix: str = "") -> models.Q:
    public = models.Q(**{f"{prefix}visibility": "public"})
    if not getattr(user, "is_authenticated", False):
        return public
    members = models.Q(**{f"{prefix}visibility": "members"})
    private = models.Q(
        **{
            f"{prefix}visibility": "private",
            f"{prefix}memberships__user": user,
            f"{prefix}memberships__status": "approved",
        }
    )
    return public | members | private


class CategoryQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(_visible_category_q(user)).distinct()


class ThreadQuerySet(models.QuerySet):
    def visible_to(self, user):
        from community.models import Category

        categories = Category.objects.visible_to(user).values("pk")
        return self.filter(status="published", category__in=categories)


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        from community.models import Thread

        threads = Thread.objects.visible_to(user).values("pk")
        return self.filter(status="published", thread__in=threads)
