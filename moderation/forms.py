from django import forms
from django.utils.translation import gettext_lazy as _

from moderation.models import Report


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What worries you about this post?"),
        choices=Report.ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose what worries you about this post.")
        },
    )
    note = forms.CharField(
        label=_("Anything else a moderator should know? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The author will never see who reported their post."),
    )
