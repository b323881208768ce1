"""The "Community" menu in the Wagtail admin: the discussion spaces."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from community import admin_views
from community.permissions import can_manage_spaces


class SpaceManagerMenuItem(MenuItem):
    def is_shown(self, request):
        # Asked once per item on every admin page: remember it for the request.
        user = request.user
        if not hasattr(user, "_kindred_manages_spaces"):
            user._kindred_manages_spaces = can_manage_spaces(user)
        return user._kindred_manages_spaces


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.category_index, name="categories"),
        path("new/", admin_views.category_create, name="category_create"),
        path("<int:category_id>/", admin_views.category_edit, name="category_edit"),
    ]
    return [
        path(
            "community/spaces/",
            include((urls, "community_admin"), namespace="community_admin"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_community_menu():
    items = [
        SpaceManagerMenuItem(
            _("Spaces"),
            reverse("community_admin:categories"),
            icon_name="folder-open-inverse",
            order=10,
        ),
        SpaceManagerMenuItem(
            _("New space"),
            reverse("community_admin:category_create"),
            icon_name="plus",
            order=20,
        ),
    ]
    return SubmenuMenuItem(
        _("Community"), Menu(items=items), icon_name="group", order=240
    )
