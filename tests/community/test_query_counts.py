"""List pages run a constant number of queries, however much there is to show."""

import pytest
from django.urls import reverse

from community.services import muting, reactions
from community.services import posts as post_services
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


@pytest.fixture
def busy_thread(public, thread_in, screening_passes):
    thread = thread_in(public)
    people = [UserFactory() for _ in range(5)]
    for i in range(30):
        post = post_services.post_create(
            actor=people[i % 5],
            thread_id=thread.pk,
            body=f"Reply {i} about chemo",
            content_warning="medical" if i % 7 == 0 else "",
        ).post
        reactions.reaction_toggle(
            actor=people[(i + 1) % 5], post_id=post.pk, kind="hugs"
        )
    for i in range(30):
        thread_in(public, title=f"Thread {i}")
    return thread


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_thread_page_runs_a_constant_number_of_queries(
    client, busy_thread, outsider, signed_in, django_assert_max_num_queries
):
    if signed_in:
        client.force_login(outsider)
        muting.muted_word_add(actor=outsider, word="chemo")
        muting.member_mute(actor=outsider, member_id=busy_thread.author_id)
    for page in (1, 2):
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get(
                reverse("community:thread", args=[busy_thread.pk]), {"page": page}
            )
        assert response.status_code == 200


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_category_page_runs_a_constant_number_of_queries(
    client, busy_thread, public, outsider, signed_in, django_assert_max_num_queries
):
    if signed_in:
        client.force_login(outsider)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(reverse("community:category", args=[public.slug]))
    assert response.status_code == 200
    assert response.content.decode().count('<li class="thread-item') == 25


def test_the_index_runs_a_constant_number_of_queries(
    client, busy_thread, outsider, django_assert_max_num_queries
):
    client.force_login(outsider)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(reverse("community:index")).status_code == 200


def test_the_thread_api_runs_a_constant_number_of_queries(
    client, busy_thread, django_assert_max_num_queries
):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(f"/api/v1/threads/{busy_thread.pk}/").status_code == 200
