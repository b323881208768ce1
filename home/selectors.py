"""Reads for editorial pages. Every public listing, feed, sitemap entry, related card and
search document starts from `public_pages()`, the one place that says which pages an
anonymous reader may see."""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction


def public_pages(queryset=None):
    """Pages that are live, not private (no view restriction on them or any ancestor),
    not waiting for a scheduled go-live and not past their expiry time.

    `queryset` narrows the result (e.g. `BlogPage.objects.child_of(index)`); it must be a
    Wagtail PageQuerySet.
    """
    qs = Page.objects.all() if queryset is None else queryset
    now = timezone.now()
    return (
        qs.live()
        .public()
        .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def is_public_page(page) -> bool:
    """The same test as `public_pages()`, for one page already in memory."""
    now = timezone.now()
    if not page.live or (page.go_live_at and page.go_live_at > now):
        return False
    if page.expire_at and page.expire_at <= now:
        return False
    restricted_paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    return not any(page.path.startswith(path) for path in restricted_paths)
