"""StreamField blocks owned by the home app (site-wide settings and the home page)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HelplineBlock(blocks.StructBlock):
    """One helpline shown to someone in crisis: every field is read aloud by screen readers."""

    name = blocks.CharBlock(max_length=120, label=_("Name"))
    phone = blocks.CharBlock(
        required=False,
        max_length=40,
        label=_("Phone number"),
        help_text=_("As people should dial it, e.g. 988 or 0800 123 456."),
    )
    text = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Text / SMS"),
        help_text=_(
            "A number to text, or an instruction such as 'Text HOME to 741741'."
        ),
    )
    text_number = blocks.CharBlock(
        required=False,
        max_length=40,
        label=_("Number to text"),
        help_text=_("Digits only, used for the tap-to-text link on phones."),
    )
    url = blocks.URLBlock(required=False, label=_("Website"))
    hours = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Hours"),
        help_text=_("e.g. 24 hours, every day"),
    )
    description = blocks.TextBlock(required=False, label=_("Description"))
    is_emergency = blocks.BooleanBlock(
        required=False,
        label=_("Emergency number"),
        help_text=_(
            "Shown first, as the number to call when someone is in immediate danger."
        ),
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Helpline")
