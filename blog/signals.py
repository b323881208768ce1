"""Search outbox adapter for Wagtail.

Wagtail's own actions (publish, unpublish, delete, move, privacy) write our pages; no
service of ours runs, so these signal handlers are the adapter that records the change
in search's outbox. Wagtail sends the publish signals inside its publishing transaction,
so the outbox row commits (or rolls back) with the change itself. The search engineer
reads `search_payload()` and decides visibility with their own check.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import outbox


def _searchable(obj) -> bool:
    return hasattr(obj, "search_payload")


def record_page(page) -> None:
    page = page.specific if isinstance(page, Page) and type(page) is Page else page
    if _searchable(page):
        outbox.record(page)


def record_page_and_descendants(page) -> None:
    """Privacy and URLs are inherited, so a change on a page changes its whole subtree."""
    record_page(page)
    for descendant in page.get_descendants().specific(defer=True).iterator():
        if _searchable(descendant):
            outbox.record(descendant)


def on_page_published(sender, instance, **kwargs):
    record_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    record_page(instance)


def on_page_moved(sender, instance, **kwargs):
    record_page_and_descendants(instance)


def on_deleted(sender, instance, **kwargs):
    # Deleting a page (or its ancestor) deletes the specific row too, which sends this.
    outbox.record(instance)


def on_view_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        record_page_and_descendants(page)


def on_service_saved(sender, instance, **kwargs):
    outbox.record(instance)


def connect() -> None:
    from django.apps import apps

    from blog.models import SupportService

    # Connected per searchable model, so every other model keeps Django's fast deletes.
    for model in apps.get_models():
        if hasattr(model, "search_payload") and (
            issubclass(model, Page) or model is SupportService
        ):
            post_delete.connect(
                on_deleted,
                sender=model,
                dispatch_uid=f"blog-outbox-deleted-{model.__name__}",
            )

    page_published.connect(on_page_published, dispatch_uid="blog-outbox-published")
    page_unpublished.connect(
        on_page_unpublished, dispatch_uid="blog-outbox-unpublished"
    )
    post_page_move.connect(on_page_moved, dispatch_uid="blog-outbox-moved")
    post_save.connect(
        on_view_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="blog-outbox-privacy-saved",
    )
    post_delete.connect(
        on_view_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="blog-outbox-privacy-deleted",
    )
    post_save.connect(
        on_service_saved,
        sender=SupportService,
        dispatch_uid="blog-outbox-service-saved",
    )
