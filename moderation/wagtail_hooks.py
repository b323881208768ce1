"""The "Moderation" menu in the Wagtail admin: queue, log, dashboard and the rules."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from moderation import admin_views, pagecache
from moderation.models import (
    CategoryRule,
    HospitalName,
    OnCallModerator,
    RejectionTemplate,
    WatchedWord,
)


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_moderate(request.user)


class GlobalModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_global_moderator(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.queue, name="queue"),
        path("item/<int:item_id>/", admin_views.item, name="item"),
        path("log/", admin_views.log, name="log"),
        path("dashboard/", admin_views.dashboard_view, name="dashboard"),
        path(
            "watched-words/import/",
            admin_views.watched_words_import,
            name="watched_words_import",
        ),
    ]
    return [
        path(
            "moderation/",
            include((urls, "moderation_admin"), namespace="moderation_admin"),
        )
    ]


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def retire_queue_pages_after_template_saved(request, instance):
    """The queue's bulk form lists the rejection templates."""
    if isinstance(instance, RejectionTemplate):
        pagecache.queue_changed()


@hooks.register("after_delete_snippet")
def retire_queue_pages_after_template_deleted(request, instances):
    if any(isinstance(instance, RejectionTemplate) for instance in instances):
        pagecache.queue_changed()


class ModerationSnippetViewSet(SnippetViewSet):
    add_to_admin_menu = False


class WatchedWordViewSet(ModerationSnippetViewSet):
    model = WatchedWord
    icon = "warning"
    list_display = ["pattern", "action", "replacement", "category", "is_active"]
    list_filter = ["action", "is_active", "category"]
    search_fields = ["pattern"]


class HospitalNameViewSet(ModerationSnippetViewSet):
    model = HospitalName
    icon = "site"
    search_fields = ["name"]


class RejectionTemplateViewSet(ModerationSnippetViewSet):
    model = RejectionTemplate
    icon = "mail"


class CategoryRuleViewSet(ModerationSnippetViewSet):
    model = CategoryRule
    icon = "folder-open-inverse"
    list_display = ["category", "sandbox_posts", "hold_all_posts", "report_threshold"]


class OnCallModeratorViewSet(ModerationSnippetViewSet):
    model = OnCallModerator
    icon = "user"
    list_display = ["user", "is_on_call"]


VIEWSETS = [
    (WatchedWordViewSet, _("Watched words")),
    (HospitalNameViewSet, _("Hospital names")),
    (RejectionTemplateViewSet, _("Rejection messages")),
    (CategoryRuleViewSet, _("Category rules")),
    (OnCallModeratorViewSet, _("On-call moderators")),
]
for viewset, _label in VIEWSETS:
    register_snippet(viewset)


def _snippet_url(model) -> str:
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list"
    )


@hooks.register("register_admin_menu_item")
def register_moderation_menu():
    items = [
        ModeratorMenuItem(
            _("Review queue"),
            reverse("moderation_admin:queue"),
            icon_name="warning",
            order=10,
        ),
        ModeratorMenuItem(
            _("Dashboard"),
            reverse("moderation_admin:dashboard"),
            icon_name="view",
            order=20,
        ),
        ModeratorMenuItem(
            _("Log"), reverse("moderation_admin:log"), icon_name="list-ul", order=30
        ),
    ]
    for order, (viewset, label) in enumerate(VIEWSETS, start=4):
        items.append(
            GlobalModeratorMenuItem(
                label,
                _snippet_url(viewset.model),
                icon_name=viewset.icon,
                order=order * 10,
            )
        )
    items.append(
        GlobalModeratorMenuItem(
            _("Moderation settings"),
            reverse("wagtailsettings:edit", args=["moderation", "moderationsettings"]),
            icon_name="cog",
            order=5,
        )
    )
    items.append(
        GlobalModeratorMenuItem(
            _("Import watched words"),
            reverse("moderation_admin:watched_words_import"),
            icon_name="doc-full",
            order=95,
        )
    )
    return SubmenuMenuItem(
        _("Moderation"), Menu(items=items), icon_name="warning", order=250
    )
