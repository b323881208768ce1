"""Editors publish new community-guidelines versions from the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.models import GuidelinesVersion


class GuidelinesVersionViewSet(SnippetViewSet):
    model = GuidelinesVersion
    icon = "doc-full"
    menu_label = _("Guidelines versions")
    add_to_settings_menu = True
    list_display = ["version", "published_at", "summary"]
    ordering = ["-version"]


register_snippet(GuidelinesVersionViewSet)
