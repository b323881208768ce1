from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from blog.models import BlogCategory, Person, ResourceSection, SupportService
from blog.reports import ReviewDueReportView


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name"]


class BlogCategoryViewSet(SnippetViewSet):
    model = BlogCategory
    icon = "tag"
    list_display = ["name", "slug"]


class ResourceSectionViewSet(SnippetViewSet):
    model = ResourceSection
    icon = "folder-open-inverse"
    list_display = ["name", "sort_order"]


class SupportServiceViewSet(SnippetViewSet):
    model = SupportService
    icon = "group"
    list_display = ["name", "kind", "region", "phone"]
    list_filter = ["kind", "region"]
    search_fields = ["name"]


class EditorialViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Editorial")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        PersonViewSet,
        BlogCategoryViewSet,
        ResourceSectionViewSet,
        SupportServiceViewSet,
    )


register_snippet(EditorialViewSetGroup)


@hooks.register("register_admin_urls")
def register_review_due_report_urls():
    return [
        path(
            "reports/articles-due-for-review/",
            ReviewDueReportView.as_view(),
            name="blog_review_due",
        ),
        path(
            "reports/articles-due-for-review/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="blog_review_due_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_due_report_menu_item():
    return MenuItem(
        _("Articles due for review"),
        reverse("blog_review_due"),
        icon_name="date",
        order=700,
    )


@hooks.register("before_serve_page")
def hide_expired_pages(page, request, serve_args, serve_kwargs):
    """A page past its expiry time is gone at once, even before the beat task runs."""
    if page.expire_at and page.expire_at <= timezone.now():
        raise Http404


# --- Medical review cannot be skipped --------------------------------------------------
# Editors may publish blog posts and standard pages themselves, but a resource article
# goes live only through its workflow's medical review step (or by a medical reviewer).


def _may_publish_articles_directly(user) -> bool:
    from blog.editorial import MEDICAL_REVIEWERS

    return user.is_superuser or user.groups.filter(name=MEDICAL_REVIEWERS).exists()


def _refuse_direct_publish(request, page_model):
    from blog.models import ResourcePage

    if (
        request.method == "POST"
        and "action-publish" in request.POST
        and issubclass(page_model, ResourcePage)
        and not _may_publish_articles_directly(request.user)
    ):
        messages.error(
            request,
            _(
                "Resource articles are published after medical review. Please save "
                "your changes and choose “Submit to…” to send the article for review."
            ),
        )
        return redirect(request.get_full_path())
    return None


@hooks.register("before_edit_page")
def refuse_direct_publish_on_edit(request, page):
    return _refuse_direct_publish(request, page.specific_class)


@hooks.register("before_create_page")
def refuse_direct_publish_on_create(request, parent_page, page_class):
    return _refuse_direct_publish(request, page_class)


@hooks.register("construct_page_action_menu")
def hide_publish_for_articles(menu_items, request, context):
    from blog.models import ResourcePage

    page_class = (
        context.get("page").specific_class
        if context.get("page")
        else context.get("page_class")
    )
    if (
        page_class
        and issubclass(page_class, ResourcePage)
        and not _may_publish_articles_directly(request.user)
    ):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_articles(
    request, action_type, objects, action_class_instance
):
    from blog.models import ResourcePage

    if action_type != "publish" or _may_publish_articles_directly(request.user):
        return None
    if any(isinstance(getattr(obj, "specific", obj), ResourcePage) for obj in objects):
        messages.error(
            request, _("Resource articles are published after medical review.")
        )
        return redirect(
            request.META.get("HTTP_REFERER") or reverse("wagtailadmin_explore_root")
        )
    return None


@hooks.register("before_serve_page")
def cache_public_pages_for_anonymous_readers(page, request, serve_args, serve_kwargs):
    """Mark the response of a public editorial page, read anonymously, as cacheable
    (blog.page_cache stores it; signed-in people always get a fresh page)."""
    from blog.page_cache import mark_cacheable
    from home.selectors import is_public_page

    uses_community = getattr(page.specific_class, "page_cache_uses_community", None)
    if uses_community is None or request.method != "GET":
        return None
    if getattr(request, "is_preview", False) or request.user.is_authenticated:
        return None
    if is_public_page(page):
        ttl = page_cache_ttl(page)
        mark_cacheable(request, community=uses_community, ttl=ttl)
    return None


def page_cache_ttl(page) -> int:
    from blog.page_cache import TTL_SECONDS

    if page.expire_at:
        remaining = int((page.expire_at - timezone.now()).total_seconds())
        return max(1, min(TTL_SECONDS, remaining))
    return TTL_SECONDS
