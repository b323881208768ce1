"""Photos uploaded by members still in the sandbox are held with the "images" reason
(the issue's "links and images from sandboxed members"), on new posts and on edits
that add photos; trusted members' photos are published as before."""

import pytest
from django.urls import reverse

from community.models import PostStatus
from community.services import posts as post_services
from core.errors import ValidationError
from moderation.models import QueueItem
from tests.community.test_post_photos import jpeg
from tests.moderation.conftest import approve

pytestmark = pytest.mark.django_db


def with_photos(actor, category, count: int = 1, body: str = "The first flowers."):
    return post_services.thread_create(
        actor=actor,
        category=category.slug,
        title="Our garden",
        body=body,
        photos=[jpeg(f"{i}.jpg") for i in range(count)],
    )


@pytest.fixture
def sandboxed_author_post(newcomer, category, moderator):
    """A newcomer's first post, approved: published, but they are still sandboxed."""
    posted = post_services.thread_create(
        actor=newcomer, category=category.slug, title="Hello", body="Hello all."
    )
    approve(moderator, posted.post)
    posted.post.refresh_from_db()
    return posted.post


def test_a_newcomers_thread_with_a_photo_is_held_for_its_images(newcomer, category):
    posted = with_photos(newcomer, category)
    assert posted.held and "images" in posted.reasons
    item = QueueItem.objects.get(post=posted.post)
    assert item.kind == QueueItem.Kind.HELD
    assert item.reasons == ["new_member", "images"]


def test_a_newcomers_reply_with_a_photo_is_held_for_its_images(
    newcomer, published_post
):
    posted = post_services.post_create(
        actor=newcomer,
        thread_id=published_post.thread_id,
        body="This is us at the seaside.",
        photos=[jpeg("sea.jpg")],
    )
    assert posted.held
    assert "images" in QueueItem.objects.get(post=posted.post).reasons


def test_a_newcomers_post_without_photos_is_held_only_as_a_new_members(
    held_post,
):
    assert QueueItem.objects.get(post=held_post).reasons == ["new_member"]


def test_a_trusted_members_photos_are_published_without_a_queue_item(trusted, category):
    posted = with_photos(trusted, category)
    assert posted.post.status == PostStatus.PUBLISHED
    assert not QueueItem.objects.filter(post=posted.post).exists()


def test_an_edit_that_adds_a_photo_is_held_for_its_images(
    newcomer, sandboxed_author_post
):
    edited = post_services.post_edit(
        actor=newcomer,
        post_id=sandboxed_author_post.pk,
        body=sandboxed_author_post.body,
        photos=[jpeg("ward.jpg")],
    )
    assert edited.held
    post = edited.post
    post.refresh_from_db()
    assert post.status == PostStatus.PENDING
    assert post.photos.count() == 1 and post.edited_at is not None
    item = QueueItem.objects.get(post=post, status="open")
    assert item.kind == QueueItem.Kind.EDIT
    assert item.reasons == ["edit", "images"]


def test_a_trusted_members_edit_can_add_photos_and_stays_published(
    trusted, published_post
):
    edited = post_services.post_edit(
        actor=trusted,
        post_id=published_post.pk,
        body=published_post.body,
        photos=[jpeg("one.jpg"), jpeg("two.jpg")],
    )
    assert not edited.held
    published_post.refresh_from_db()
    assert published_post.status == PostStatus.PUBLISHED
    assert published_post.photos.count() == 2
    assert published_post.edited_at is not None
    assert not QueueItem.objects.filter(post=published_post).exists()


def test_an_edit_cannot_take_a_post_past_four_photos(trusted, category):
    posted = with_photos(trusted, category, 3, body="Three from today.")
    with pytest.raises(ValidationError) as caught:
        post_services.post_edit(
            actor=trusted,
            post_id=posted.post.pk,
            body="Three from today, and two more.",
            photos=[jpeg("a.jpg"), jpeg("b.jpg")],
        )
    assert caught.value.code == "too_many_photos"
    assert "already has 3 photos" in caught.value.message
    posted.post.refresh_from_db()
    assert posted.post.photos.count() == 3
    assert posted.post.body == "Three from today."


def test_the_edit_page_adds_photos_and_a_newcomer_is_told_it_waits_for_a_moderator(
    client, newcomer, sandboxed_author_post
):
    client.force_login(newcomer)
    url = reverse("community:post_edit", args=[sandboxed_author_post.pk])
    html = client.get(url).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'type="file" name="photos"' in html
    response = client.post(
        url,
        {"title": "Hello", "body": "Hello all.", "photos": [jpeg("ward.jpg")]},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "community:post_held", args=[sandboxed_author_post.pk]
    )
    assert sandboxed_author_post.photos.count() == 1


def test_the_edit_page_explains_when_there_is_no_room_for_more_photos(
    client, trusted, category
):
    posted = with_photos(trusted, category, 4)
    client.force_login(trusted)
    response = client.post(
        reverse("community:post_edit", args=[posted.post.pk]),
        {"title": "Our garden", "body": "Five now.", "photos": [jpeg("five.jpg")]},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "already has 4 photos" in html
    assert "Five now." in html


def test_the_queue_can_be_filtered_to_images_and_names_the_reason(
    client, moderator, newcomer, category, held_post
):
    photo_post = with_photos(newcomer, category).post
    client.force_login(moderator)
    html = client.get(reverse("moderation_admin:queue") + "?reason=images").content
    html = html.decode()
    assert "Photos or images from a new member" in html
    assert "Our garden" in html and "Hello from a new family" not in html
    rows = client.get("/api/v1/moderation/queue/?reason=images").json()
    assert [r["post_id"] for r in rows] == [photo_post.pk]


def test_screening_holds_a_sandboxed_members_images_and_not_a_trusted_ones(
    newcomer, trusted, category
):
    from moderation.rules import screen

    held = screen(author=newcomer, category=category, body="Look", images=2)
    assert held.hold and "images" in held.reasons and "links" not in held.reasons
    inline = screen(author=newcomer, category=category, body="<img src=x>")
    assert "images" in inline.reasons
    assert not screen(author=trusted, category=category, body="Look", images=2).hold
