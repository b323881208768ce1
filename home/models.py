from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from blog.blocks import BodyBlock
from blog.models import EditorialPageMixin, SitemapMixin
from home.blocks import HelplineBlock
from home.selectors import public_pages


class HomePage(SitemapMixin, Page):
    """The site root: a hero, featured resources, latest posts and community highlights."""

    hero_heading = models.CharField(
        _("hero heading"), max_length=120, default=_("You are not alone")
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        default=_(
            "A kind place for families affected by childhood cancer: read what others "
            "have learned, and talk with people who understand."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty only if the image is purely decorative."),
    )
    latest_posts_count = models.PositiveSmallIntegerField(
        _("number of latest blog posts"), default=3
    )
    community_highlights_count = models.PositiveSmallIntegerField(
        _("number of community highlights"),
        default=3,
        help_text=_(
            "The latest public threads; members-only and private ones never show."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
            ],
            heading=_("Hero"),
        ),
        InlinePanel("featured_resources", label=_("Featured resources"), max_num=6),
        FieldPanel("latest_posts_count"),
        FieldPanel("community_highlights_count"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "blog.BlogIndexPage",
        "blog.ResourceIndexPage",
        "home.StandardPage",
    ]

    template = "home/home_page.html"
    page_cache_uses_community = True  # community highlights

    @property
    def intro(self) -> str:
        return self.hero_text

    def featured(self) -> list:
        """Featured articles an anonymous reader may see, in the editor's order."""
        from blog.models import ResourcePage

        ids = [item.resource_id for item in self.featured_resources.all()]
        pages = public_pages(ResourcePage.objects.filter(pk__in=ids)).select_related(
            "section"
        )
        by_id = {page.pk: page for page in pages}
        return [by_id[pk] for pk in ids if pk in by_id]

    def latest_posts(self) -> list:
        from blog.models import BlogPage, _image_prefetch

        return list(
            public_pages(BlogPage.objects.all())
            .order_by("-date", "-pk")
            .prefetch_related(_image_prefetch())[: self.latest_posts_count]
        )

    def community_highlights(self) -> list:
        from community.models import Thread

        return list(
            Thread.objects.visible_to(AnonymousUser())
            .select_related("category")
            .order_by("-last_activity_at")[: self.community_highlights_count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured()
        context["latest_posts"] = self.latest_posts()
        context["highlights"] = self.community_highlights()
        return context


class HomePageFeaturedResource(Orderable):
    page = ParentalKey(
        HomePage, related_name="featured_resources", on_delete=models.CASCADE
    )
    resource = models.ForeignKey(
        "blog.ResourcePage",
        verbose_name=_("resource article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("resource")]


class StandardPage(EditorialPageMixin, Page):
    """About, Community guidelines, Need help now? and other plain pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    show_guidelines_version = models.BooleanField(
        _("show the guidelines version"),
        default=False,
        help_text=_(
            "Only for the community guidelines page: shows the version members accept "
            "(managed under Community guidelines versions)."
        ),
    )
    show_helplines = models.BooleanField(
        _("show the helplines"),
        default=False,
        help_text=_("Lists the helplines from Settings › Support and helplines."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("show_helplines"),
        FieldPanel("body"),
        FieldPanel("show_guidelines_version"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"
    search_kind = "page"

    class Meta:
        verbose_name = _("standard page")

    def guidelines_version(self):
        """The version members accept (accounts owns the versions), when shown here."""
        if not self.show_guidelines_version:
            return None
        from accounts import guidelines

        return guidelines.current()


@register_setting(icon="help")
class SupportSettings(BaseSiteSetting):
    """Helplines shown to people in crisis: on /need-help-now/, the crisis page after a
    held post, and anywhere else that includes templates/home/includes/helplines.html."""

    helplines_intro = models.TextField(
        blank=True,
        default=_(
            "If you or your child are in danger right now, call your local emergency "
            "number. These services are free and confidential."
        ),
        verbose_name=_("Introduction"),
    )
    helplines = StreamField(
        [("helpline", HelplineBlock())],
        blank=True,
        use_json_field=True,
        verbose_name=_("Helplines"),
        help_text=_("Emergency numbers first; each is shown with tap-to-call links."),
    )

    panels = [FieldPanel("helplines_intro"), FieldPanel("helplines")]

    class Meta:
        verbose_name = _("Support and helplines")

    @property
    def ordered_helplines(self) -> list:
        """Emergency numbers first, then the rest in the editor's order."""
        items = [child.value for child in self.helplines]
        return sorted(items, key=lambda value: not value.get("is_emergency"))
