from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class KindredSignupForm(forms.Form):
    """Extra sign-up questions; allauth calls `signup()` after creating the user."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        help_text=_("This is how others will see you. Please don't use your full name."),
    )
    family_role = forms.ChoiceField(
        label=_("Which describes you best?"), choices=User.FamilyRole.choices
    )
    age_confirmed = forms.BooleanField(
        label=_("I am 16 or older"),
        error_messages={"required": _("Kindred is for people aged 16 and over.")},
    )

    def clean_display_name(self):
        name = self.cleaned_data["display_name"].strip()
        if User.objects.filter(display_name__iexact=name).exists():
            raise forms.ValidationError(
                _("Someone is already using that name. Could you try another?")
            )
        return name

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        user.family_role = self.cleaned_data["family_role"]
        user.age_confirmed_at = timezone.now()
        user.save(update_fields=["display_name", "family_role", "age_confirmed_at"])
