from django import forms
from django.utils.translation import gettext_lazy as _


class ServiceFilterForm(forms.Form):
    """The support directory's filters: a plain GET form that works without JavaScript."""

    kind = forms.ChoiceField(label=_("Kind of service"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args, regions: list[str], **kwargs):
        from blog.models import SupportService

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            ("", _("All kinds")),
            *SupportService.Kind.choices,
        ]
        self.fields["region"].choices = [("", _("All regions"))] + [
            (region, region) for region in regions
        ]
