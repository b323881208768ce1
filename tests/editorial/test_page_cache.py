"""The anonymous page cache serves readers fast and never serves anything stale or
private: see blog/page_cache.py for the rules."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from blog.page_cache import HIT_HEADER
from tests.editorial.conftest import add_article, add_post, make_editor

# Transactional, so on-commit invalidation really runs.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def test_a_second_anonymous_read_comes_from_the_cache(client, tree):
    post = add_post(tree.blog, title="Small comforts")
    first, html = _get(client, post.url)
    second, cached = _get(client, post.url)
    assert first.status_code == second.status_code == 200
    assert HIT_HEADER not in first and second[HIT_HEADER] == "hit"
    assert cached == html
    assert _get(client, "/blog/")[0].get(HIT_HEADER) is None
    assert _get(client, "/blog/")[0][HIT_HEADER] == "hit"


def test_publishing_a_change_is_seen_at_once(client, tree):
    post = add_post(tree.blog, title="Small comforts")
    _get(client, "/blog/")
    _get(client, post.url)
    post.title = "Small comforts, revisited"
    post.save_revision().publish()
    add_post(tree.blog, title="A brand new post")
    assert "A brand new post" in _get(client, "/blog/")[1]
    assert "Small comforts, revisited" in _get(client, post.url)[1]


def test_unpublishing_or_making_private_removes_the_cached_page(client, tree):
    post = add_post(tree.blog, title="Soon gone")
    article = add_article(tree.resources, section=tree.section)
    _get(client, post.url), _get(client, post.url)
    _get(client, article.url), _get(client, article.url)
    post.unpublish()
    assert client.get(post.url).status_code == 404
    assert "Soon gone" not in _get(client, "/blog/")[1]
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(article.url).status_code == 302


def test_signed_in_people_never_get_or_leave_a_cached_page(client, tree):
    post = add_post(tree.blog, title="Small comforts")
    editor = make_editor()
    client.force_login(editor)
    signed_in, html = _get(client, post.url)
    assert HIT_HEADER not in signed_in and "Sign out" in html
    again, _ = _get(client, post.url)
    assert HIT_HEADER not in again
    client.logout()
    client.cookies.clear()
    anonymous, html = _get(client, post.url)
    assert HIT_HEADER not in anonymous, "a signed-in render must never be stored"
    assert "Sign out" not in html


def test_a_private_page_is_never_cached(client, tree):
    post = add_post(tree.blog, title="Members only")
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.LOGIN
    )
    for _ in range(2):
        response = client.get(post.url)
        assert response.status_code == 302 and HIT_HEADER not in response


def test_hiding_a_community_thread_updates_the_cached_home_page(client, tree):
    from accounts.roles import MODERATOR, role_grant
    from community.models import Category
    from community.services.posts import thread_create
    from community.services.transitions import post_transition
    from tests.factories.accounts import UserFactory

    category = Category.objects.create(
        name="Siblings", slug="siblings", visibility="public"
    )
    moderator = UserFactory()
    role_grant(user=moderator, role=MODERATOR)
    posted = thread_create(
        actor=UserFactory(),
        category=category,
        title="How do you explain it to a five-year-old?",
        body="Our daughter keeps asking why her brother is in hospital so much.",
        rate_limit=False,
    )
    if posted.held:
        post_transition(actor=moderator, post_id=posted.post.pk, to_status="published")
    assert "five-year-old" in _get(client, "/")[1]
    assert _get(client, "/")[0][HIT_HEADER] == "hit"

    post_transition(
        actor=moderator, post_id=posted.post.pk, to_status="hidden", reason="Privacy"
    )

    response, html = _get(client, "/")
    assert HIT_HEADER not in response
    assert "five-year-old" not in html
