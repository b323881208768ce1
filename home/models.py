from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import HelplineBlock


class HomePage(Page):
    """The site root. Editorial fields are added by the editorial work (issue 3)."""

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    template = "home/home_page.html"


@register_setting(icon="help")
class SupportSettings(BaseSiteSetting):
    """Helplines shown to people in crisis: on /need-help-now/, the crisis page after a
    held post, and anywhere else that includes templates/home/includes/helplines.html."""

    helplines_intro = models.TextField(
        blank=True,
        default=_(
            "If you or your child are in danger right now, call your local emergency "
            "number. These services are free and confidential."
        ),
        verbose_name=_("Introduction"),
    )
    helplines = StreamField(
        [("helpline", HelplineBlock())],
        blank=True,
        use_json_field=True,
        verbose_name=_("Helplines"),
        help_text=_("Emergency numbers first; each is shown with tap-to-call links."),
    )

    panels = [FieldPanel("helplines_intro"), FieldPanel("helplines")]

    class Meta:
        verbose_name = _("Support and helplines")

    @property
    def ordered_helplines(self) -> list:
        """Emergency numbers first, then the rest in the editor's order."""
        items = [child.value for child in self.helplines]
        return sorted(items, key=lambda value: not value.get("is_emergency"))
