"""The bench generator makes a believable community, and its pages stay within the
query budget at (smaller) bench scale."""

import pytest

from bench.data import generate_community
from community.models import Post, PostStatus, Thread, Visibility

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated():
    return generate_community(threads=60, posts=1_500, users=20, seed=7)


def test_the_generator_makes_a_long_thread_and_every_visibility(generated):
    assert Thread.objects.count() == 60
    assert Post.objects.count() == 1_500
    assert Post.objects.filter(thread_id=generated.big_thread_id).count() == 1_000
    assert {c.visibility for c in generated.categories.values()} == set(
        Visibility.values
    )
    assert Post.objects.exclude(status=PostStatus.PUBLISHED).exists()
    positions = list(
        Post.objects.filter(thread_id=generated.big_thread_id)
        .order_by("position")
        .values_list("position", flat=True)
    )
    assert positions == list(range(1, 1_001))


def test_the_long_thread_and_category_pages_stay_within_12_queries(
    client, generated, django_assert_max_num_queries
):
    member = generated.users[0]
    for signed_in in (False, True):
        if signed_in:
            client.force_login(member)
        for path in (
            f"/community/t/{generated.big_thread_id}/",
            f"/community/t/{generated.big_thread_id}/?page=50",
            f"/community/c/{generated.public_category.slug}/",
        ):
            with django_assert_max_num_queries(12):
                assert client.get(path).status_code == 200
