"""Forms parse and label input; the services in members decide."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from members.account import BIO_MAX, DISPLAY_NAME_MAX, KEEP_POSTS, REMOVE_POSTS
from members.models import QUIET_KINDS, EmailChoice, NotificationKind

User = get_user_model()


class ProfileForm(forms.Form):
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=DISPLAY_NAME_MAX,
        help_text=_("The name others see. It doesn't need to be your real name."),
    )
    family_role = forms.ChoiceField(
        label=_("Your role"),
        choices=[("", _("I'd rather not say"))] + list(User.FamilyRole.choices),
        required=False,
    )
    bio = forms.CharField(
        label=_("Short bio"),
        max_length=BIO_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. Up to 300 characters."),
    )
    avatar = forms.FileField(
        label=_("Profile picture"),
        required=False,
        help_text=_(
            "Optional. JPEG, PNG, WebP or GIF up to 5 MB. We remove location and "
            "camera details from it."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )
    remove_avatar = forms.BooleanField(
        label=_("Remove my current picture"), required=False
    )
    profile_hidden_from_public = forms.BooleanField(
        label=_("Hide my profile from people who are not signed in"), required=False
    )


class PreferencesForm(forms.Form):
    """One email choice per kind of notification. Reactions only go in the digest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label in NotificationKind.choices:
            choices = list(EmailChoice.choices)
            if kind in QUIET_KINDS:
                choices = [c for c in choices if c[0] != EmailChoice.IMMEDIATELY]
            self.fields[kind] = forms.ChoiceField(
                label=label, choices=choices, widget=forms.RadioSelect
            )


class BreakForm(forms.Form):
    length = forms.ChoiceField(
        label=_("How long would you like a break for?"),
        choices=[
            ("day", _("1 day")),
            ("week", _("1 week")),
            ("month", _("1 month")),
            ("indefinite", _("Until I come back")),
        ],
        widget=forms.RadioSelect,
    )


class DeleteAccountForm(forms.Form):
    posts = forms.ChoiceField(
        label=_("What should happen to your posts?"),
        choices=[
            (
                KEEP_POSTS,
                _(
                    "Keep my posts, anonymised: they stay in their conversations "
                    "with no name attached"
                ),
            ),
            (REMOVE_POSTS, _("Remove my posts from Kindred")),
        ],
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Your password, to confirm it's you"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
