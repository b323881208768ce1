"""Unpublished, private and scheduled pages never reach listings, feeds, the sitemap or
related cards."""

import datetime

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from blog.models import BlogPage, ResourcePage
from home.models import HomePageFeaturedResource
from home.selectors import is_public_page, public_pages
from tests.editorial.conftest import add_article, add_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_posts(tree):
    """One post of each kind that must stay out of sight."""
    draft = add_post(tree.blog, title="Draft post", live=False)
    private = add_post(tree.blog, title="Private post")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    scheduled = add_post(tree.blog, title="Scheduled post", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision().publish()
    expired = add_post(tree.blog, title="Expired post")
    BlogPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    expired.refresh_from_db()
    return {
        "draft": draft,
        "private": private,
        "scheduled": scheduled,
        "expired": expired,
    }


def test_the_blog_feed_is_valid_rss_with_titles_links_and_dates(client, tree):
    older = add_post(tree.blog, title="Older post", date=datetime.date(2017, 11, 8))
    newer = add_post(
        tree.blog, title="Newer & kinder post", date=datetime.date(2018, 6, 11)
    )

    response = client.get("/blog/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)

    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.title == "Kindred blog"
    assert [e.title for e in feed.entries] == ["Newer & kinder post", "Older post"]
    assert feed.entries[0].link == newer.get_full_url()
    assert feed.entries[1].link == older.get_full_url()
    assert feed.entries[1].published_parsed[:3] == (2017, 11, 8)
    assert feed.entries[0].published_parsed[:3] == (2018, 6, 11)


def test_the_category_feed_has_only_that_categorys_posts(client, tree):
    add_post(tree.blog, title="About comfort", categories=[tree.category])
    add_post(tree.blog, title="About school")
    feed = feedparser.parse(client.get("/blog/category/supportive-care/feed/").content)
    assert [e.title for e in feed.entries] == ["About comfort"]
    assert "Supportive care" in feed.feed.title


def test_hidden_posts_stay_out_of_feed_listing_archives_and_sitemap(
    client, tree, hidden_posts
):
    visible = add_post(
        tree.blog, title="Visible post", tags=["sleep"], categories=[tree.category]
    )
    for post in hidden_posts.values():
        post.tags.add("sleep")
        post.categories = [tree.category]
        post.save_revision()  # a draft revision: the live page keeps its state
        BlogPage.tags.through.objects.get_or_create(
            content_object_id=post.pk, tag=visible.tags.get(name="sleep")
        )
        BlogPage.categories.through.objects.get_or_create(
            blogpage_id=post.pk, blogcategory_id=tree.category.pk
        )

    feed = feedparser.parse(client.get("/blog/feed/").content)
    assert [e.title for e in feed.entries] == ["Visible post"]
    sitemap = client.get("/sitemap.xml").content.decode()
    assert visible.get_full_url() in sitemap
    for path in (
        "/blog/",
        "/blog/tag/sleep/",
        "/blog/category/supportive-care/",
        f"/blog/{visible.date.year}/{visible.date.month}/",
    ):
        html = client.get(path).content.decode()
        assert "Visible post" in html, path
        for post in hidden_posts.values():
            assert post.title not in html, (path, post.title)
    for post in hidden_posts.values():
        assert post.get_full_url() not in sitemap, post.title
        assert not is_public_page(post)
        # and their own URLs are not served to the public
        assert client.get(post.url or f"/blog/{post.slug}/").status_code in (302, 404)


def test_related_posts_and_cards_leave_out_hidden_pages(client, tree, hidden_posts):
    post = add_post(tree.blog, title="The main post", tags=["sleep"])
    for hidden in hidden_posts.values():
        BlogPage.tags.through.objects.get_or_create(
            content_object_id=hidden.pk, tag=post.tags.get(name="sleep")
        )
    friend = add_post(tree.blog, title="A related friend", tags=["sleep"])
    assert [p.pk for p in post.related_posts()] == [friend.pk]

    html = client.get(post.url).content.decode()
    assert "A related friend" in html
    for hidden in hidden_posts.values():
        assert hidden.title not in html

    article = add_article(
        tree.resources, section=tree.section, related_blog_post=hidden_posts["private"]
    )
    html = client.get(article.url).content.decode()
    assert "From the blog" not in html
    assert "Private post" not in html


def test_the_home_page_features_only_public_articles(client, tree):
    shown = add_article(tree.resources, section=tree.section, title="Shown article")
    draft = add_article(
        tree.resources, section=tree.section, title="Draft article", live=False
    )
    for order, article in enumerate([draft, shown]):
        HomePageFeaturedResource.objects.create(
            page=tree.home, resource=article, sort_order=order
        )
    html = client.get("/").content.decode()
    assert "Shown article" in html
    assert "Draft article" not in html


def test_private_sections_hide_every_page_below_them(tree):
    article = add_article(tree.resources, section=tree.section)
    group = Group.objects.create(name="Staff only")
    restriction = PageViewRestriction.objects.create(
        page=tree.resources, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    assert not public_pages(ResourcePage.objects.filter(pk=article.pk)).exists()
    assert not is_public_page(article)
