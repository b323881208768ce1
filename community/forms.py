"""Forms for the community pages. Services do the real validation; these keep what
was typed and show the services' kind messages next to the right field."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from community import photos as photo_rules
from community.models import ContentWarning, ReactionKind
from community.services.posts import BODY_MAX, TITLE_MAX
from core.errors import ValidationError as DomainValidationError

FIELD_FOR_CODE = {
    "title_too_short": "title",
    "title_too_long": "title",
    "body_empty": "body",
    "body_too_long": "body",
    "blocked": "body",
    "content_warning": "content_warning",
    "photo_too_large": "photos",
    "photo_too_big": "photos",
    "not_an_image": "photos",
    "too_many_photos": "photos",
}


class MultiplePhotoInput(forms.FileInput):
    """Several files from one input. community.js checks the choice before it is sent
    (a phone on hospital wifi shouldn't upload 40 MB to be told no); the server
    checks again."""

    allow_multiple_selected = True

    def __init__(self, attrs=None):
        super().__init__(
            {
                "accept": photo_rules.ACCEPT,
                "data-photo-check": "",
                "data-max-count": photo_rules.MAX_PHOTOS,
                "data-max-bytes": photo_rules.MAX_BYTES,
                "data-too-many": photo_rules.TOO_MANY,
                "data-too-large": photo_rules.TOO_LARGE,
                "data-not-photo": photo_rules.NOT_A_PHOTO,
                **(attrs or {}),
            }
        )


class PhotosField(forms.FileField):
    """Up to four photos from one file input. Every file is checked, so each bad one
    gets its own kind message (and the rest of the form keeps what was typed)."""

    widget = MultiplePhotoInput

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        files = [super(PhotosField, self).clean(f, initial) for f in files]
        if not files and self.required:
            raise forms.ValidationError(
                self.error_messages["required"], code="required"
            )
        errors = []
        if len(files) > photo_rules.MAX_PHOTOS:
            errors.append(
                photo_rules.TOO_MANY
                % {"count": len(files), "max": photo_rules.MAX_PHOTOS}
            )
        for upload in files:
            try:
                photo_rules.check_photo(upload)
            except DomainValidationError as exc:
                errors.append(exc.message)
        if errors:
            if len(files) > 1:
                errors.append(
                    _("Your message is still here; please choose the photos again.")
                )
            else:
                errors.append(
                    _("Your message is still here; please choose a photo again.")
                )
            raise forms.ValidationError(errors)
        return files


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
    photos = PhotosField(
        label=_("Add photos (optional)"),
        required=False,
        help_text=_(
            "Up to 4 photos, 8 MB each: JPEG, PNG, GIF or WebP. Location data is "
            "removed."
        ),
    )
    idempotency_key = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=64
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4().hex)

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
    field_order = ["title", "body", "content_warning", "photos", "idempotency_key"]


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
    photos = PhotosField(
        label=_("Add photos (optional)"),
        required=False,
        help_text=_(
            "A post can have up to 4 photos in all, 8 MB each: JPEG, PNG, GIF or WebP. "
            "Location data is removed."
        ),
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
