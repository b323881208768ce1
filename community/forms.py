"""Forms for the community pages. Services do the real validation; these keep what
was typed and show the services' kind messages next to the right field."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import ContentWarning, ReactionKind
from community.photos import MAX_BYTES
from community.services.posts import BODY_MAX, TITLE_MAX

FIELD_FOR_CODE = {
    "title_too_short": "title",
    "title_too_long": "title",
    "body_empty": "body",
    "body_too_long": "body",
    "blocked": "body",
    "content_warning": "content_warning",
    "photo_too_large": "photo",
    "photo_too_big": "photo",
    "not_an_image": "photo",
    "too_many_photos": "photo",
}


class _PostFields(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=BODY_MAX,
        help_text=_("You can use **bold**, *italics*, > quotes, lists and links."),
        error_messages={"required": _("Please write something before posting.")},
    )
    content_warning = forms.ChoiceField(
        label=_("Content warning (optional)"),
        choices=ContentWarning.choices,
        required=False,
        help_text=_(
            "Readers see the warning first and choose whether to open your post."
        ),
    )
    photo = forms.ImageField(
        label=_("Add a photo (optional)"),
        required=False,
        help_text=_("JPEG, PNG, GIF or WebP, up to 8 MB. Location data is removed."),
        error_messages={
            "invalid_image": _(
                "That file doesn't look like a photo. Please choose a JPEG, PNG, GIF or "
                "WebP image. Your message is still here."
            )
        },
    )
    idempotency_key = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=64
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4().hex)

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and photo.size > MAX_BYTES:
            raise forms.ValidationError(_("Photos can be up to 8 MB."))
        return photo

    def add_domain_error(self, error) -> None:
        code = getattr(error, "code", "")
        self.guidelines_needed = code == "guidelines"
        field = FIELD_FOR_CODE.get(code)
        self.add_error(field if field in self.fields else None, error.message)


class ThreadForm(_PostFields):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        error_messages={"required": _("Please give your thread a title.")},
    )
    field_order = ["title", "body", "content_warning", "photo", "idempotency_key"]


class ReplyForm(_PostFields):
    body = forms.CharField(
        label=_("Your reply"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=BODY_MAX,
        help_text=_("You can use **bold**, *italics*, > quotes, lists and links."),
        error_messages={"required": _("Please write something before posting.")},
    )


class EditForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX, required=False)
    body = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=BODY_MAX,
    )
    content_warning = forms.ChoiceField(
        label=_("Content warning (optional)"),
        choices=ContentWarning.choices,
        required=False,
    )

    def add_domain_error(self, error) -> None:
        code = getattr(error, "code", "")
        self.guidelines_needed = code == "guidelines"
        field = FIELD_FOR_CODE.get(code)
        self.add_error(field if field in self.fields else None, error.message)


class ReactionForm(forms.Form):
    kind = forms.ChoiceField(choices=ReactionKind.choices)


class MutedWordForm(forms.Form):
    word = forms.CharField(
        label=_("Word or phrase to mute"),
        max_length=60,
        help_text=_(
            "Posts containing it will be folded away for you. Only you see this."
        ),
    )
