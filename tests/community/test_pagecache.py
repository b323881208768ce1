"""Anonymous community pages are cached briefly, but never at the cost of privacy or
freshness: visibility is checked on every request and any change retires the cache."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from community import pagecache
from community.models import Category, PostStatus, Thread
from community.services import posts as post_services
from community.services.transitions import post_transition

pytestmark = pytest.mark.django_db


def test_a_second_anonymous_visit_is_served_from_the_cache(
    client, public, thread_in, django_assert_max_num_queries
):
    thread = thread_in(public)
    url = reverse("community:thread", args=[thread.pk])
    first = client.get(url)
    with django_assert_max_num_queries(1):
        second = client.get(url)
    assert second.content == first.content


def test_hiding_a_post_shows_at_once_to_anonymous_readers(
    client, trusted, moderator, public, thread_in
):
    thread = thread_in(public)
    reply = post_services.post_create(
        actor=trusted, thread_id=thread.pk, body="Soon to be hidden"
    ).post
    url = reverse("community:thread", args=[thread.pk])
    assert b"Soon to be hidden" in client.get(url).content
    post_transition(actor=moderator, post_id=reply.pk, to_status=PostStatus.HIDDEN)
    assert b"Soon to be hidden" not in client.get(url).content


def test_a_space_made_private_is_not_found_at_once_even_when_cached(
    client, public, thread_in
):
    thread = thread_in(public)
    thread_url = reverse("community:thread", args=[thread.pk])
    category_url = reverse("community:category", args=[public.slug])
    assert client.get(thread_url).status_code == 200
    assert client.get(category_url).status_code == 200
    Category.objects.filter(pk=public.pk).update(visibility="private")
    assert client.get(thread_url).status_code == 404
    assert client.get(category_url).status_code == 404


def test_signed_in_members_never_get_the_anonymous_page(
    client, outsider, public, thread_in
):
    thread = thread_in(public)
    url = reverse("community:thread", args=[thread.pk])
    client.get(url)
    client.force_login(outsider)
    html = client.get(url).content.decode()
    assert 'id="reply"' in html and "Sign in to reply" not in html


def test_a_new_reply_shows_at_once_on_the_category_page(
    client, trusted, public, thread_in
):
    older = thread_in(public, title="Older thread")
    thread_in(public, title="Newer thread")
    url = reverse("community:category", args=[public.slug])
    html = client.get(url).content.decode()
    assert html.index("Newer thread") < html.index("Older thread")
    post_services.post_create(actor=trusted, thread_id=older.pk, body="bump")
    html = client.get(url).content.decode()
    assert html.index("Older thread") < html.index("Newer thread")


def test_a_thread_taken_down_without_retiring_the_cache_is_not_found_at_once(
    client, public, thread_in
):
    thread = thread_in(public)
    url = reverse("community:thread", args=[thread.pk])
    assert client.get(url).status_code == 200
    # A change that forgets to retire the cache (a bulk update, a shell session) must
    # still not leak: the stored page is re-checked against visible_to every time.
    Thread.objects.filter(pk=thread.pk).update(status=PostStatus.HIDDEN)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("visibility", ["public", "members", "private"])
@pytest.mark.parametrize("status", ["published", "pending", "hidden", "removed"])
def test_the_compiled_anonymous_check_agrees_with_visible_to(
    categories, thread_in, public, visibility, status
):
    thread = thread_in(public)
    Thread.objects.filter(pk=thread.pk).update(status=status)
    Category.objects.filter(pk=public.pk).update(visibility=visibility)
    anonymous = AnonymousUser()
    assert (
        pagecache.visible_to_anonymous(Thread, pk=thread.pk)
        == Thread.objects.visible_to(anonymous).filter(pk=thread.pk).exists()
    )
    assert (
        pagecache.visible_to_anonymous(Category, slug=public.slug)
        == Category.objects.visible_to(anonymous).filter(slug=public.slug).exists()
    )
    assert not pagecache.visible_to_anonymous(Thread, pk=thread.pk + 10_000)
    assert not pagecache.visible_to_anonymous(Category, slug="no-such-space")
