"""Generated demo media: author portraits, hero images and PDF brochures (Pillow only,
so `seed_demo` works offline and ships no binary files)."""

import hashlib
import io
import textwrap

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

PALETTE = ["#2f5d62", "#5e8b7e", "#a4553a", "#7d5a94", "#3c6e91", "#8a6d3b", "#4f7a4a"]


def _colour(seed: str, offset: int = 0) -> str:
    digest = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return PALETTE[(digest + offset) % len(PALETTE)]


def _font(size: int):
    for name in ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _png(image: PILImage.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def portrait_bytes(name: str, size: int = 320) -> bytes:
    """A friendly initials avatar in a colour picked from the name."""
    image = PILImage.new("RGB", (size, size), _colour(name))
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (size * 0.1, size * 0.1, size * 0.9, size * 0.9), fill=_colour(name, 3)
    )
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    font = _font(size // 3)
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    return _png(image)


def hero_bytes(title: str, width: int = 1600, height: int = 900) -> bytes:
    """Soft overlapping circles: calm, abstract, no people's faces."""
    image = PILImage.new("RGB", (width, height), "#f4efe6")
    draw = ImageDraw.Draw(image, "RGBA")
    digest = hashlib.sha256(title.encode()).digest()
    for i in range(7):
        x = digest[i] / 255 * width
        y = digest[i + 8] / 255 * height
        r = 120 + digest[i + 16] / 255 * 360
        colour = PILImage.new("RGB", (1, 1), _colour(title, i)).getpixel((0, 0))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, 90))
    return _png(image)


def ensure_root_collection() -> None:
    """Images and documents live in a collection; a flushed database has none."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def get_or_create_image(title: str, data: bytes, filename: str):
    ensure_root_collection()
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(data), name=filename)
        image.save()
    return image


def brochure_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A one-page A4 brochure as a valid PDF (Pillow's PDF writer)."""
    width, height = 1240, 1754  # A4 at 150 dpi
    page = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, width, 220), fill="#2f5d62")
    draw.text((80, 110), "Kindred", fill="white", font=_font(64), anchor="lm")
    y = 300
    for line in textwrap.wrap(title, 34):
        draw.text((80, y), line, fill="#1e3f43", font=_font(54))
        y += 70
    y += 40
    body_font = _font(30)
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 62):
            draw.text((80, y), line, fill="#1f2933", font=body_font)
            y += 44
        y += 30
    draw.text(
        (80, height - 120),
        "Information, not medical advice. Talk to your child's care team.",
        fill="#52606d",
        font=_font(24),
    )
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150.0, title=title, author="Kindred")
    return buffer.getvalue()


def get_or_create_document(title: str, data: bytes, filename: str):
    ensure_root_collection()
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file = ContentFile(data, name=filename)
        document.save()
    return document
