from django.http import Http404
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
