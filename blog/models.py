"""Kindred's editorial pages: the blog, resource articles and the support directory.

Bakerydemo style: panels next to fields. Every page type a reader can find has
`search_payload()` (the contract with search/) and lists only what
`home.selectors.public_pages()` lets an anonymous reader see.
"""

import datetime
import json
import math

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import (
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from blog.blocks import BodyBlock, stream_text
from home.selectors import public_pages

WORDS_PER_MINUTE = 200
POSTS_PER_PAGE = 10
CARD_RENDITIONS = ("fill-400x225", "fill-800x450")


def _image_prefetch(lookup: str = "hero_image") -> Prefetch:
    """Load card images with their renditions in two queries, however many cards."""
    return Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions())


def _json_ld(data: dict) -> str:
    """JSON-LD for a <script> element, escaped so no text can close the element."""
    text = json.dumps(data, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return mark_safe(text)  # noqa: S308 — escaped above


class SitemapMixin:
    """Keep pages past their expiry time out of the sitemap until the beat task runs."""

    def get_sitemap_urls(self, request=None):
        if self.expire_at and self.expire_at <= timezone.now():
            return []
        return super().get_sitemap_urls(request)


class EditorialPageMixin(SitemapMixin):
    """Meta, canonical URL and JSON-LD shared by posts, articles and standard pages."""

    # blog.page_cache: does the rendered page show community content?
    page_cache_uses_community = False

    search_kind = "page"

    def summary_text(self) -> str:
        return (getattr(self, "intro", "") or self.search_description or "").strip()

    def body_text(self) -> str:
        return stream_text(getattr(self, "body", None))

    def reading_minutes(self) -> int:
        words = len(self.body_text().split()) + len(self.summary_text().split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def section_name(self) -> str:
        return ""

    def tag_names(self) -> list[str]:
        return []

    def display_date(self):
        return (self.last_published_at or timezone.now()).date()

    def search_payload(self) -> dict:
        """What search/ indexes for this page (search decides visibility itself)."""
        return {
            "title": self.title,
            "summary": strip_tags(self.summary_text()),
            "body_text": self.body_text(),
            "section": self.section_name(),
            "tags": self.tag_names(),
            "date": self.display_date(),
            "url": self.get_url(),
            "kind": self.search_kind,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        context["og_type"] = "article"
        return context

    def json_ld(self, request=None) -> str:
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title[:110],
            "description": strip_tags(self.summary_text()),
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "datePublished": self.display_date().isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "publisher": {"@type": "Organization", "name": "Kindred"},
        }
        authors = getattr(self, "author_people", None)
        if authors:
            data["author"] = [{"@type": "Person", "name": p.name} for p in authors]
        return _json_ld(data)


# --- Snippets -------------------------------------------------------------------------


class Person(index.Indexed, models.Model):
    """An author or medical reviewer, shown with their photo, role and a short bio."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("e.g. Paediatric nurse")
    )
    bio = models.TextField(_("short bio"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name


class BlogCategory(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("blog category")
        verbose_name_plural = _("blog categories")

    def __str__(self) -> str:
        return self.name


class ResourceSection(models.Model):
    """A heading on /resources/ such as "Supportive care"."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("resource section")

    def __str__(self) -> str:
        return self.name


class SupportService(index.Indexed, models.Model):
    """A service families can contact: a palliative care team, hospice, helpline…"""

    class Kind(models.TextChoices):
        PALLIATIVE_TEAM = "palliative", _("Hospital palliative care team")
        HOSPICE = "hospice", _("Hospice")
        COMMUNITY = "community", _("Community organisation")
        HELPLINE = "helpline", _("Helpline")
        FINANCIAL = "financial", _("Financial help")

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind of service"), max_length=20, choices=Kind.choices)
    region = models.CharField(
        _("region"), max_length=80, help_text=_("e.g. Nationwide, or a state or city")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    offer = models.TextField(_("what they offer"))
    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        default="English",
        help_text=_("Comma-separated, e.g. English, Spanish"),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("website")]),
        FieldPanel("offer"),
        FieldPanel("languages"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("support service")

    def __str__(self) -> str:
        return self.name

    @property
    def language_list(self) -> list[str]:
        return [part.strip() for part in self.languages.split(",") if part.strip()]

    def get_url(self) -> str:
        directory = public_pages(SupportServicesPage.objects.all()).first()
        base = directory.url if directory else "/resources/support-services/"
        return f"{base}?kind={self.kind}#service-{self.pk}"

    def search_payload(self) -> dict:
        return {
            "title": self.name,
            "summary": self.offer[:300],
            "body_text": " ".join(
                [self.offer, self.get_kind_display(), self.region, self.languages]
            ),
            "section": str(self.get_kind_display()),
            "tags": [self.region, *self.language_list],
            "date": timezone.now().date(),
            "url": self.get_url(),
            "kind": "service",
        }


# --- Blog -----------------------------------------------------------------------------


class BlogIndexPage(RoutablePageMixin, SitemapMixin, Page):
    page_cache_uses_community = False
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count = 1
    template = "blog/blog_index_page.html"

    class Meta:
        verbose_name = _("blog index")

    def posts(self):
        """Public posts, newest first, with what a card shows (no per-card queries)."""
        return (
            public_pages(BlogPage.objects.child_of(self))
            .order_by("-date", "-pk")
            .prefetch_related(
                _image_prefetch(),
                Prefetch(
                    "blog_authors",
                    queryset=BlogPageAuthor.objects.select_related("person").order_by(
                        "sort_order"
                    ),
                ),
                "categories",
            )
        )

    def _listing(self, request, posts, *, heading="", feed_url="", canonical=""):
        paginator = Paginator(posts, POSTS_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage as exc:
            raise Http404 from exc
        canonical = canonical or self.get_full_url(request)
        if page_obj.number > 1:
            canonical = f"{canonical}?page={page_obj.number}"
        return self.render(
            request,
            context_overrides={
                "posts": page_obj.object_list,
                "page_obj": page_obj,
                "listing_heading": heading,
                "feed_url": feed_url or self.url + self.reverse_subpage("feed"),
                "canonical_url": canonical,
                "categories": BlogCategory.objects.all(),
            },
        )

    @path("")
    def index_view(self, request):
        return self._listing(request, self.posts())

    @path("category/<slug:slug>/", name="category")
    def category_view(self, request, slug):
        category = get_object_or_404(BlogCategory, slug=slug)
        sub = self.reverse_subpage("category", kwargs={"slug": slug})
        return self._listing(
            request,
            self.posts().filter(categories=category),
            heading=_("Posts about %(name)s") % {"name": category.name},
            feed_url=self.url
            + self.reverse_subpage("category_feed", kwargs={"slug": slug}),
            canonical=self.get_full_url(request) + sub,
        )

    @path("tag/<slug:slug>/", name="tag")
    def tag_view(self, request, slug):
        tag = get_object_or_404(Tag, slug=slug)
        return self._listing(
            request,
            self.posts().filter(tags=tag),
            heading=_("Posts tagged “%(name)s”") % {"name": tag.name},
            canonical=self.get_full_url(request)
            + self.reverse_subpage("tag", kwargs={"slug": slug}),
        )

    @path("<int:year>/<int:month>/", name="month")
    def month_view(self, request, year, month):
        if not 1 <= month <= 12:
            raise Http404
        return self._listing(
            request,
            self.posts().filter(date__year=year, date__month=month),
            heading=_("Posts from %(month)s %(year)s")
            % {"month": MONTHS[month], "year": year},
            canonical=self.get_full_url(request)
            + self.reverse_subpage("month", kwargs={"year": year, "month": month}),
        )

    @path("feed/", name="feed")
    def feed_view(self, request):
        from blog.feeds import BlogFeed

        return BlogFeed()(request, index=self)

    @path("category/<slug:slug>/feed/", name="category_feed")
    def category_feed_view(self, request, slug):
        from blog.feeds import BlogFeed

        category = get_object_or_404(BlogCategory, slug=slug)
        return BlogFeed()(request, index=self, category=category)

    def months(self) -> list[datetime.date]:
        dates = public_pages(BlogPage.objects.child_of(self)).dates(
            "date", "month", "DESC"
        )
        return list(dates[:24])


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BlogPageAuthor(Orderable):
    page = ParentalKey(
        "blog.BlogPage", related_name="blog_authors", on_delete=models.CASCADE
    )
    person = models.ForeignKey(
        Person, verbose_name=_("author"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class HeroImageMixin(models.Model):
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
        help_text=_(
            "Describe the image for people who cannot see it. Required with an image."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError(
                {
                    "hero_alt": _(
                        "Please describe the hero image for people who cannot see it."
                    )
                }
            )


class BlogPage(EditorialPageMixin, HeroImageMixin, Page):  # noqa: DJ008
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences."))
    date = models.DateField(_("publication date"), default=datetime.date.today)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    categories = ParentalManyToManyField(
        BlogCategory, blank=True, related_name="posts", verbose_name=_("categories")
    )
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("date"),
        InlinePanel("blog_authors", label=_("Authors"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("tags")],
            heading=_("Categories and tags"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []
    template = "blog/blog_page.html"
    search_kind = "blog"

    class Meta:
        verbose_name = _("blog post")

    @cached_property
    def author_people(self) -> list[Person]:
        return [a.person for a in self.blog_authors.all()]

    def section_name(self) -> str:
        return ", ".join(c.name for c in self.categories.all())

    def tag_list(self) -> list[Tag]:
        return [item.tag for item in self.tagged_items.all()]

    def tag_names(self) -> list[str]:
        return [t.name for t in self.tag_list()]

    def display_date(self):
        return self.date

    def related_posts(self, limit: int = 3) -> list["BlogPage"]:
        """Public posts sharing the most tags and categories, in a fixed number of queries."""
        tag_ids = [t.pk for t in self.tag_list()]
        category_ids = [c.pk for c in self.categories.all()]
        if not tag_ids and not category_ids:
            return []
        shared_tags = (
            BlogPageTag.objects.filter(
                content_object=OuterRef("pk"), tag_id__in=tag_ids
            )
            .values("content_object")
            .annotate(n=Count("pk"))
            .values("n")
        )
        through = BlogPage.categories.through
        shared_categories = (
            through.objects.filter(
                blogpage=OuterRef("pk"), blogcategory_id__in=category_ids
            )
            .values("blogpage")
            .annotate(n=Count("pk"))
            .values("n")
        )
        zero = Value(0, output_field=IntegerField())
        return list(
            public_pages(BlogPage.objects.exclude(pk=self.pk))
            .annotate(
                shared=Coalesce(
                    Subquery(shared_tags, output_field=IntegerField()), zero
                )
                + 2
                * Coalesce(
                    Subquery(shared_categories, output_field=IntegerField()), zero
                )
            )
            .filter(shared__gt=0)
            .order_by("-shared", "-date", "-pk")
            .prefetch_related(_image_prefetch())[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        self.prefetch_for_detail()
        context = super().get_context(request, *args, **kwargs)
        context["related_posts"] = self.related_posts()
        context["blog_index"] = self.get_parent()
        return context

    def prefetch_for_detail(self) -> None:
        """Authors with photos, tags and categories in one query each, however many."""
        prefetch_related_objects(
            [self],
            Prefetch(
                "blog_authors",
                queryset=BlogPageAuthor.objects.select_related(
                    "person__photo"
                ).order_by("sort_order"),
            ),
            Prefetch(
                "tagged_items", queryset=BlogPageTag.objects.select_related("tag")
            ),
            "categories",
        )


# --- Resources ------------------------------------------------------------------------


class ResourceIndexPage(RoutablePageMixin, SitemapMixin, Page):
    page_cache_uses_community = False
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.ResourcePage", "blog.SupportServicesPage"]
    max_count = 1
    template = "blog/resource_index_page.html"

    class Meta:
        verbose_name = _("resource index")

    def articles(self):
        return (
            public_pages(ResourcePage.objects.child_of(self))
            .select_related("section", "reviewer")
            .order_by("section__sort_order", "section__name", "title")
        )

    @path("")
    def index_view(self, request):
        return self.render(
            request,
            context_overrides={
                "articles": self.articles(),
                "section": None,
                "canonical_url": self.get_full_url(request),
                "directory": public_pages(
                    SupportServicesPage.objects.child_of(self)
                ).first(),
            },
        )

    @path("section/<slug:slug>/", name="section")
    def section_view(self, request, slug):
        section = get_object_or_404(ResourceSection, slug=slug)
        return self.render(
            request,
            context_overrides={
                "articles": self.articles().filter(section=section),
                "section": section,
                "canonical_url": self.get_full_url(request)
                + self.reverse_subpage("section", kwargs={"slug": slug}),
                "directory": public_pages(
                    SupportServicesPage.objects.child_of(self)
                ).first(),
            },
        )


class ResourcePageDocument(Orderable):
    page = ParentalKey(
        "blog.ResourcePage", related_name="documents", on_delete=models.CASCADE
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(_("description"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]


class ResourcePageService(Orderable):
    page = ParentalKey(
        "blog.ResourcePage", related_name="services", on_delete=models.CASCADE
    )
    service = models.ForeignKey(
        SupportService,
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("service")]


class ResourcePage(EditorialPageMixin, HeroImageMixin, Page):  # noqa: DJ008
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences."))
    section = models.ForeignKey(
        ResourceSection,
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    reviewed_at = models.DateField(
        _("last reviewed"), help_text=_("Shown to readers as “Reviewed: <month year>”.")
    )
    reviewer = models.ForeignKey(
        Person,
        verbose_name=_("medical reviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    next_review_at = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_(
            "Articles past this date appear in the “Articles due for review” report."
        ),
    )
    related_blog_post = models.ForeignKey(
        BlogPage,
        verbose_name=_("related blog post"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    community_category = models.ForeignKey(
        "community.Category",
        verbose_name=_("community category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "“Join the conversation” links here. Only public categories are shown."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("section"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("reviewed_at"), FieldPanel("next_review_at")]
                ),
                FieldPanel("reviewer"),
            ],
            heading=_("Medical review"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("related_blog_post"),
                FieldPanel("community_category"),
                InlinePanel("services", label=_("Support services")),
                InlinePanel("documents", label=_("Brochures and documents")),
            ],
            heading=_("Related"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["blog.ResourceIndexPage"]
    subpage_types: list[str] = []
    template = "blog/resource_page.html"
    search_kind = "resource"
    page_cache_uses_community = True  # the "Join the conversation" card

    class Meta:
        verbose_name = _("resource article")

    def section_name(self) -> str:
        return self.section.name if self.section_id else ""

    def display_date(self):
        return self.reviewed_at

    @property
    def is_due_for_review(self) -> bool:
        return bool(self.next_review_at and self.next_review_at < timezone.now().date())

    def public_related_post(self):
        if not self.related_blog_post_id:
            return None
        return (
            public_pages(BlogPage.objects.filter(pk=self.related_blog_post_id))
            .prefetch_related(_image_prefetch())
            .first()
        )

    def conversation(self) -> dict | None:
        """The community card: only what an anonymous reader may see (the page is public)."""
        from community.models import Category, Thread

        if not self.community_category_id:
            return None
        anonymous = AnonymousUser()
        category = (
            Category.objects.visible_to(anonymous)
            .filter(pk=self.community_category_id)
            .first()
        )
        if category is None:
            return None
        threads = list(
            Thread.objects.visible_to(anonymous)
            .filter(category=category)
            .order_by("-last_activity_at")[:3]
        )
        return {
            "category": category,
            "url": community_category_url(category),
            "threads": threads,
        }

    def get_context(self, request, *args, **kwargs):
        self.prefetch_for_detail()
        context = super().get_context(request, *args, **kwargs)
        context["related_post"] = self.public_related_post()
        context["conversation"] = self.conversation()
        context["resource_index"] = self.get_parent()
        if self.services.all():
            context["directory"] = public_pages(
                SupportServicesPage.objects.all()
            ).first()
        return context

    def prefetch_for_detail(self) -> None:
        prefetch_related_objects(
            [self],
            Prefetch(
                "documents",
                queryset=ResourcePageDocument.objects.select_related(
                    "document"
                ).order_by("sort_order"),
            ),
            Prefetch(
                "services",
                queryset=ResourcePageService.objects.select_related("service").order_by(
                    "sort_order"
                ),
            ),
        )


def community_category_url(category) -> str:
    if hasattr(category, "get_absolute_url"):
        return category.get_absolute_url()
    try:
        return reverse("community:category", kwargs={"slug": category.slug})
    except NoReverseMatch:
        return reverse("community:index")


class SupportServicesPage(SitemapMixin, Page):
    """The support services directory, filterable by kind and region."""

    page_cache_uses_community = False

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["blog.ResourceIndexPage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "blog/support_services_page.html"

    class Meta:
        verbose_name = _("support services directory")

    def get_context(self, request, *args, **kwargs):
        from blog.forms import ServiceFilterForm

        context = super().get_context(request, *args, **kwargs)
        regions = list(
            SupportService.objects.order_by("region")
            .values_list("region", flat=True)
            .distinct()
        )
        form = ServiceFilterForm(request.GET or None, regions=regions)
        services = SupportService.objects.all()
        if form.is_valid():
            if form.cleaned_data["kind"]:
                services = services.filter(kind=form.cleaned_data["kind"])
            if form.cleaned_data["region"]:
                region = form.cleaned_data["region"]
                services = services.filter(
                    Q(region=region) | Q(region__iexact="Nationwide")
                )
        context["form"] = form
        context["services"] = services
        return context
