"""Photo uploads: verified as images, size-limited, re-encoded so EXIF/GPS is dropped."""

import io
import uuid

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import ValidationError

MAX_BYTES = 8 * 1024 * 1024
MAX_SIDE = 4000
MAX_PHOTOS = 4
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "png", "WEBP": "jpg"}


ACCEPT = "image/jpeg,image/png,image/gif,image/webp"
# Messages with their placeholders: the server fills them in, and so does the page's
# script (community.js) when it checks chosen files before they are sent.
TOO_LARGE = gettext_lazy("“%(name)s” is too large: photos can be up to 8 MB.")
NOT_A_PHOTO = gettext_lazy(
    "“%(name)s” doesn't look like a photo. Please choose a JPEG, PNG, GIF or WebP image."
)
TOO_MANY = gettext_lazy(
    "You chose %(count)s photos; a post can have up to %(max)s. Please choose again."
)


def _not_a_photo(name: str) -> ValidationError:
    return ValidationError(NOT_A_PHOTO % {"name": name}, code="not_an_image")


def check_photo(upload) -> Image.Image:
    """The opened image, once the upload is a photo we can safely keep.

    Raises a kind ValidationError naming the file otherwise. Forms call this for every
    file so each one gets its own message; clean_photo calls it before re-encoding.
    """
    name = getattr(upload, "name", "") or "photo"
    size = getattr(upload, "size", None)
    too_large = ValidationError(TOO_LARGE % {"name": name}, code="photo_too_large")
    if size is not None and size > MAX_BYTES:
        raise too_large
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read()
    if hasattr(upload, "seek"):
        upload.seek(0)  # the service reads it again
    if len(data) > MAX_BYTES:
        raise too_large
    not_a_photo = _not_a_photo(name)
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        image = Image.open(io.BytesIO(data))
        fmt = image.format
        width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise not_a_photo from exc
    if fmt not in ALLOWED_FORMATS:
        raise not_a_photo
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ValidationError(
            _(
                "“%(name)s” is %(w)s×%(h)s pixels; photos can be up to 4000 pixels on each "
                "side. Please resize it and try again."
            )
            % {"name": name, "w": width, "h": height},
            code="photo_too_big",
        )
    return image


def clean_photo(upload) -> tuple[ContentFile, int, int]:
    """Return a fresh file with only the pixels (no metadata) and its size.

    Raises a kind ValidationError for anything that is not a photo we can safely keep.
    """
    name = getattr(upload, "name", "") or "photo"
    image = check_photo(upload)
    fmt = image.format
    not_a_photo = _not_a_photo(name)
    try:
        image = ImageOps.exif_transpose(
            image
        )  # keep the orientation, drop the metadata
        ext = ALLOWED_FORMATS[fmt]
        out = io.BytesIO()
        if ext == "jpg":
            image.convert("RGB").save(out, format="JPEG", quality=85, optimize=True)
        else:
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            image.save(out, format="PNG", optimize=True)
        width, height = image.size
    except (OSError, ValueError) as exc:
        raise not_a_photo from exc
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.{ext}"), width, height
