"""The StreamField blocks editors write blog posts, articles and standard pages with."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
        help_text=_("Keep headings in order: a sub-heading follows a section heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blog/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        required=False, max_length=120, label=_("Who said it")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blog/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blog/blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    tone = blocks.ChoiceBlock(
        choices=[("info", _("Good to know")), ("important", _("Important"))],
        default="info",
        label=_("Tone"),
    )

    class Meta:
        icon = "warning"
        label = _("Call-out box")
        template = "blog/blocks/callout.html"


class RelatedContentBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        page_type=["blog.BlogPage", "blog.ResourcePage", "home.StandardPage"],
        label=_("Page"),
    )
    text = blocks.CharBlock(
        required=False, max_length=200, label=_("Why read it"), help_text=_("Optional")
    )

    class Meta:
        icon = "link"
        label = _("Related-content card")
        template = "blog/blocks/related.html"

    def get_searchable_content(self, value):
        return []


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video, not an embedded player: no third-party scripts or trackers."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(max_length=150, label=_("Video title"))
    duration = blocks.CharBlock(
        required=False, max_length=20, label=_("Length"), help_text=_("e.g. 4 minutes")
    )
    transcript = blocks.TextBlock(
        required=False, label=_("Transcript or summary"), help_text=_("Recommended")
    )

    class Meta:
        icon = "media"
        label = _("Video link")
        template = "blog/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        template="blog/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    callout = CalloutBlock()
    related = RelatedContentBlock()
    video = VideoLinkBlock()


def stream_text(stream_value) -> str:
    """The readable plain text of a StreamField value (for search and reading time)."""
    if not stream_value:
        return ""
    parts = stream_value.stream_block.get_searchable_content(stream_value)
    text = " ".join(strip_tags(str(part)) for part in parts if part)
    return " ".join(text.split())
