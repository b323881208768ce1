from django import forms
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts import guidelines
from accounts.models import User


def _guidelines_help_text() -> str:
    return format_html(
        '{} <a href="{}" target="_blank" rel="noopener">{}</a> {}',
        gettext("Please read our"),
        guidelines.GUIDELINES_PAGE_URL,
        gettext("community guidelines"),
        gettext("(opens in a new tab). They help keep Kindred kind and safe."),
    )


class KindredSignupForm(forms.Form):
    """Extra sign-up questions; allauth calls `signup()` after creating the user."""

    # allauth's SignupForm applies this once its own fields exist: the promises last.
    field_order = [
        "email",
        "display_name",
        "family_role",
        "password1",
        "password2",
        "age_confirmed",
        "accept_guidelines",
    ]

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        help_text=_(
            "This is how others will see you. Please don't use your full name."
        ),
    )
    family_role = forms.ChoiceField(
        label=_("Which describes you best?"), choices=User.FamilyRole.choices
    )
    age_confirmed = forms.BooleanField(
        label=_("I am 16 or older"),
        error_messages={"required": _("Kindred is for people aged 16 and over.")},
    )
    accept_guidelines = forms.BooleanField(
        label=_("I have read and accept the community guidelines"),
        help_text=lazy(_guidelines_help_text, str)(),
        error_messages={
            "required": _(
                "Please read and accept the community guidelines to join. "
                "They're short, and they help keep everyone safe."
            )
        },
    )

    def clean_display_name(self):
        name = self.cleaned_data["display_name"].strip()
        if User.objects.filter(display_name__iexact=name).exists():
            raise forms.ValidationError(
                _("Someone is already using that name. Could you try another?")
            )
        return name

    def signup(self, request, user):
        from django.utils import timezone

        user.display_name = self.cleaned_data["display_name"]
        user.family_role = self.cleaned_data["family_role"]
        user.age_confirmed_at = timezone.now()
        user.save(update_fields=["display_name", "family_role", "age_confirmed_at"])
        guidelines.guidelines_accept(user=user)


class GuidelinesAcceptForm(forms.Form):
    accept = forms.BooleanField(
        label=_("I have read and accept the community guidelines"),
        error_messages={
            "required": _("Please tick the box to show you accept the guidelines.")
        },
    )
