"""One softer crisis cue is not held and pages nobody, but the author is shown where
support is at once and a moderator reads the post (an alert on the queue)."""

import pytest
from django.core import mail
from django.urls import reverse

from community.models import PostStatus
from community.services import posts as post_services
from moderation import detectors
from moderation.models import QueueItem
from moderation.rules import screen

pytestmark = pytest.mark.django_db

SOFT = "Honestly I can't see a way out of this anymore. Scan results tomorrow."


def test_one_soft_cue_is_a_concern_but_not_crisis_language():
    assert detectors.detect_crisis(SOFT) == []
    assert detectors.detect_concern(SOFT) == "hopelessness"
    assert detectors.detect_concern("I want to end my life tonight.") == ""  # crisis
    for everyday in (
        "Chemo is killing me this week, I could sleep for a year.",
        "Scan results tomorrow and we are all on edge.",
        "She can't see a way out of the maze in her new game, it's hilarious.",
    ):
        assert detectors.detect_concern(everyday) == ""


def test_a_trusted_members_post_with_a_soft_cue_is_published_and_queued_quietly(
    django_capture_on_commit_callbacks, trusted, category, moderator
):
    assert screen(author=trusted, category=category, body=SOFT).concern
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_services.thread_create(
            actor=trusted, category=category.slug, title="Tonight", body=SOFT
        )
    assert posted.post.status == PostStatus.PUBLISHED and posted.concern
    assert not posted.held and not posted.crisis
    item = QueueItem.objects.get(post=posted.post)
    assert item.kind == QueueItem.Kind.ALERT
    assert item.reasons == ["possible_crisis"]
    # Above everything but crisis language, and nobody is paged for it.
    assert item.priority > 300
    assert not [m for m in mail.outbox if "URGENT" in m.subject]


def test_a_newcomers_held_post_with_a_soft_cue_rises_in_the_queue(newcomer, category):
    posted = post_services.thread_create(
        actor=newcomer, category=category.slug, title="Hello", body=SOFT
    )
    assert posted.held
    item = QueueItem.objects.get(post=posted.post)
    assert "possible_crisis" in item.reasons and item.priority == 350


@pytest.mark.parametrize(
    ("author", "page"),
    [
        ("trusted", "Scan results tomorrow."),  # published: the thread
        ("newcomer", "Your post is waiting for review"),  # the sandbox holds it
    ],
)
def test_the_author_sees_where_support_is_straight_after_posting(
    request, client, category, author, page
):
    client.force_login(request.getfixturevalue(author))
    response = client.post(
        reverse("community:thread_create", args=[category.slug]),
        {
            "title": "Tonight",
            "body": SOFT,
            "content_warning": "",
            "idempotency_key": "k1",
        },
        follow=True,
    )
    _shows_support(response, page)


def test_the_api_returns_the_support_resources_with_a_published_post(
    client, trusted, category
):
    client.force_login(trusted)
    response = client.post(
        "/api/v1/threads/",
        {"category": category.slug, "title": "Tonight", "body": SOFT},
        content_type="application/json",
    )
    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "published"
    assert data["support"] == reverse("moderation:crisis_support")
    assert data["support_resources"]["url"] == data["support"]


# ---------------------------------------------------------------- edits

CRISIS = "I don't want to be alive any more. I keep thinking about ending it all."


def test_an_edit_that_adds_a_soft_cue_stays_published_and_is_queued_quietly(
    django_capture_on_commit_callbacks, trusted, published_post
):
    with django_capture_on_commit_callbacks(execute=True):
        edited = post_services.post_edit(
            actor=trusted, post_id=published_post.pk, body=SOFT
        )
    assert edited.concern and not edited.held and not edited.crisis
    published_post.refresh_from_db()
    assert published_post.status == PostStatus.PUBLISHED
    assert published_post.body == SOFT
    item = QueueItem.objects.get(post=published_post)
    assert item.kind == QueueItem.Kind.ALERT
    assert item.reasons == ["possible_crisis"] and item.priority == 350
    assert not [m for m in mail.outbox if "URGENT" in m.subject]


def test_an_edit_that_keeps_a_soft_cue_already_read_is_not_news(
    trusted, category, moderator
):
    from moderation.services import post_decide

    posted = post_services.thread_create(
        actor=trusted, category=category.slug, title="Tonight", body=SOFT
    )
    post_decide(actor=moderator, post_id=posted.post.pk, action="approve")
    edited = post_services.post_edit(
        actor=trusted, post_id=posted.post.pk, body=SOFT + " Thank you all."
    )
    assert not edited.concern and not edited.held
    assert not QueueItem.objects.filter(post=posted.post, status="open").exists()


def test_an_edit_without_a_cue_asks_nothing_of_anyone(trusted, published_post):
    edited = post_services.post_edit(
        actor=trusted, post_id=published_post.pk, body="Scan went well, thank you."
    )
    assert not edited.concern
    assert not QueueItem.objects.filter(post=published_post).exists()


def test_an_edit_with_crisis_language_is_still_held_and_pages_moderators(
    django_capture_on_commit_callbacks, trusted, published_post, moderator
):
    with django_capture_on_commit_callbacks(execute=True):
        edited = post_services.post_edit(
            actor=trusted, post_id=published_post.pk, body=CRISIS
        )
    assert edited.held and edited.crisis
    published_post.refresh_from_db()
    assert published_post.status == PostStatus.PENDING
    item = QueueItem.objects.get(post=published_post)
    assert item.kind == QueueItem.Kind.EDIT and item.reasons[0] == "crisis"
    assert [m.to for m in mail.outbox if "URGENT" in m.subject] == [[moderator.email]]


@pytest.mark.parametrize(
    ("author", "post", "page"),
    [
        ("trusted", "published_post", "Your changes are saved."),
        ("newcomer", "held_post", "Your post is waiting for review"),
    ],
)
def test_the_author_sees_where_support_is_straight_after_an_edit(
    request, client, author, post, page
):
    client.force_login(request.getfixturevalue(author))
    post = request.getfixturevalue(post)
    response = client.post(
        reverse("community:post_edit", args=[post.pk]),
        {"title": "Hello", "body": SOFT, "content_warning": ""},
        follow=True,
    )
    _shows_support(response, page)


def test_an_ordinary_edit_page_shows_no_support_message(
    client, trusted, published_post
):
    client.force_login(trusted)
    response = client.post(
        reverse("community:post_edit", args=[published_post.pk]),
        {"title": "Scan day", "body": "Scan went well.", "content_warning": ""},
        follow=True,
    )
    html = response.content.decode()
    assert "Your changes are saved." in html
    assert "Thank you for sharing this" not in html


def edit_through_api(client, post, body: str):
    return client.patch(
        f"/api/v1/posts/{post.pk}/", {"body": body}, content_type="application/json"
    )


def test_the_api_returns_the_support_resources_with_an_edited_post(
    client, trusted, published_post
):
    client.force_login(trusted)
    response = edit_through_api(client, published_post, SOFT)
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "published"
    assert data["support"] == reverse("moderation:crisis_support")
    assert data["support_resources"]["url"] == data["support"]
    plain = edit_through_api(client, published_post, "Scan went well.").json()
    assert plain["support"] is None and plain["support_resources"] is None


def test_the_api_returns_the_support_resources_with_a_held_crisis_edit(
    client, trusted, published_post
):
    client.force_login(trusted)
    data = edit_through_api(client, published_post, CRISIS).json()
    assert data["status"] == "pending"
    assert data["support"] == reverse("moderation:crisis_support")


def test_crisis_language_written_into_a_post_still_waiting_pages_moderators(
    django_capture_on_commit_callbacks, newcomer, held_post, moderator
):
    with django_capture_on_commit_callbacks(execute=True):
        edited = post_services.post_edit(
            actor=newcomer, post_id=held_post.pk, body=CRISIS
        )
    assert edited.held and edited.crisis
    item = QueueItem.objects.get(post=held_post)  # still the one item it waits in
    assert item.kind == QueueItem.Kind.HELD and item.status == QueueItem.Status.OPEN
    assert item.reasons[0] == "crisis" and "new_member" in item.reasons
    assert item.priority == 400
    assert [m.to for m in mail.outbox if "URGENT" in m.subject] == [[moderator.email]]


def test_personal_details_written_into_a_post_still_waiting_reach_its_item(
    newcomer, held_post
):
    post_services.post_edit(
        actor=newcomer, post_id=held_post.pk, body="Ring me on 07700 900123 any time"
    )
    item = QueueItem.objects.get(post=held_post)
    assert "personal_details" in item.reasons and item.priority == 300
    assert "07700 900123" not in item.suggested_redaction


def _shows_support(response, page: str) -> None:
    """The author lands on `page` with the status message linking the support page."""
    html = response.content.decode()
    assert response.status_code == 200
    assert page in html
    assert "Thank you for sharing this" in html
    assert f'href="{reverse("moderation:crisis_support")}"' in html
