"""Builders for editorial tests: a small page tree made through Wagtail's own API."""

import datetime
import io
import itertools

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from accounts.roles import EDITOR, role_grant
from blog.models import (
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    BlogPageAuthor,
    Person,
    ResourceIndexPage,
    ResourcePage,
    ResourceSection,
    SupportServicesPage,
)
from home.models import HomePage
from tests.factories.accounts import UserFactory

_counter = itertools.count(1)


def make_image(title: str = "Picture"):
    from blog.demo_media import ensure_root_collection

    ensure_root_collection()
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), "#2f5d62").save(buffer, "PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name=f"img-{next(_counter)}.png")
    image.save()
    return image


def publish(page):
    page.save_revision().publish()
    return page


def add_post(
    blog_index,
    *,
    title=None,
    date=None,
    tags=(),
    categories=(),
    authors=(),
    live=True,
    hero=False,
    **extra,
):
    n = next(_counter)
    post = BlogPage(
        title=title or f"Post {n}",
        slug=f"post-{n}",
        intro=f"The introduction of post {n}.",
        date=date or datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        body=[("paragraph", RichText("<p>Some words about palliative care.</p>"))],
        **extra,
    )
    if hero:
        post.hero_image = make_image(f"Hero {n}")
        post.hero_alt = "A calm picture"
    post.categories = list(categories)
    post.blog_authors = [
        BlogPageAuthor(person=p, sort_order=i) for i, p in enumerate(authors)
    ]
    if tags:
        post.tags.add(*tags)
    post.live = live  # a draft until published (Wagtail pages are created live)
    blog_index.add_child(instance=post)
    revision = post.save_revision()
    if live:
        revision.publish()
    post.refresh_from_db()
    return post


def add_article(resource_index, *, section, title=None, live=True, **extra):
    n = next(_counter)
    article = ResourcePage(
        title=title or f"Article {n}",
        slug=f"article-{n}",
        intro=f"The introduction of article {n}.",
        section=section,
        body=[("paragraph", RichText("<p>What families should know.</p>"))],
        reviewed_at=datetime.date(2018, 6, 1),
        **extra,
    )
    article.live = live
    resource_index.add_child(instance=article)
    revision = article.save_revision()
    if live:
        revision.publish()
    article.refresh_from_db()
    return article


def make_person(name=None, *, photo=False):
    n = next(_counter)
    return Person.objects.create(
        name=name or f"Author {n}",
        role="Nurse",
        photo=make_image(f"Photo {n}") if photo else None,
    )


def make_editor(**kwargs):
    """An editor with TOTP set up, as the admin requires (StaffMFARequiredMiddleware)."""
    user = UserFactory(**kwargs)
    role_grant(user=user, role=EDITOR)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    user.totp_secret = secret
    return user


@pytest.fixture
def tree(site):
    """Home → Blog, Resources (→ support directory); the editorial set-up applied."""
    from blog.editorial import ensure_editor_permissions, ensure_workflows

    home = HomePage.objects.get()
    blog_index = BlogIndexPage(title="Blog", slug="blog")
    home.add_child(instance=blog_index)
    publish(blog_index)
    resource_index = ResourceIndexPage(title="Resources", slug="resources")
    home.add_child(instance=resource_index)
    publish(resource_index)
    directory = SupportServicesPage(title="Support services", slug="support-services")
    resource_index.add_child(instance=directory)
    publish(directory)
    ensure_editor_permissions(home)
    workflows = ensure_workflows(
        home=home, blog_index=blog_index, resource_index=resource_index
    )
    section = ResourceSection.objects.create(
        name="Supportive care", slug="supportive-care"
    )
    category = BlogCategory.objects.create(
        name="Supportive care", slug="supportive-care"
    )

    class Tree:
        pass

    t = Tree()
    t.site, t.home, t.blog, t.resources, t.directory = (
        site,
        home,
        BlogIndexPage.objects.get(pk=blog_index.pk),
        ResourceIndexPage.objects.get(pk=resource_index.pk),
        directory,
    )
    t.section, t.category, t.workflows = section, category, workflows
    return t
