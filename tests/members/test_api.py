"""GET /api/v1/notifications/ and POST /api/v1/notifications/read/."""

import pytest
from wagtail.models import APIToken

from community.models import PostStatus
from members.models import Notification

pytestmark = pytest.mark.django_db

URL = "/api/v1/notifications/"
READ_URL = "/api/v1/notifications/read/"


@pytest.fixture
def two_replies(community, public, member, other):
    opening = community.start(member, public, title="Night feeds")
    first = community.reply(other, opening.thread, body="One")
    second = community.reply(other, opening.thread, body="Two")
    return first, second


def test_notifications_need_a_signed_in_member(client):
    response = client.get(URL)
    assert response.status_code == 401
    assert response.json()["code"] == "not_signed_in"


def test_a_member_lists_their_visible_notifications_with_a_bearer_token(
    client, community, member, two_replies
):
    first, second = two_replies
    _token, raw = APIToken.create_token(user=member, name="phone")
    headers = {"Authorization": f"Bearer {raw}"}
    body = client.get(URL, headers=headers).json()
    assert (body["count"], body["unread"]) == (2, 2)
    assert {i["post_id"] for i in body["items"]} == {first.pk, second.pk}
    assert body["items"][0]["text"].startswith("Kind Kestrel replied in")
    community.transition(first, PostStatus.HIDDEN)
    body = client.get(URL, headers=headers).json()
    assert [i["post_id"] for i in body["items"]] == [second.pk]
    assert body["unread"] == 1


def test_marking_read_over_the_api(client, member, other, two_replies):
    client.force_login(member)
    first_id = Notification.objects.filter(recipient=member).order_by("id")[0].pk
    response = client.post(
        READ_URL, {"ids": [first_id]}, content_type="application/json"
    )
    assert response.json() == {"marked": 1, "unread": 1}
    response = client.post(READ_URL, {"all": True}, content_type="application/json")
    assert response.json() == {"marked": 1, "unread": 0}


def test_nobody_can_mark_or_see_someone_elses_notifications(
    client, member, other, two_replies
):
    client.force_login(other)
    assert client.get(URL).json()["count"] == 0
    ids = list(
        Notification.objects.filter(recipient=member).values_list("pk", flat=True)
    )
    response = client.post(READ_URL, {"ids": ids}, content_type="application/json")
    assert response.json()["marked"] == 0
    assert (
        Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 2
    )


def test_a_session_post_without_csrf_is_refused(member, two_replies):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(READ_URL, {}, content_type="application/json")
    assert response.status_code in (401, 403)
    assert (
        Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 2
    )


@pytest.mark.parametrize(
    "payload",
    [{"ids": ["x"]}, {"ids": [2**64]}, {"ids": [0]}, {"ids": "all"}, [1, 2], {}],
)
def test_bad_input_gets_a_clear_answer_and_marks_nothing(
    client, member, two_replies, payload
):
    client.force_login(member)
    response = client.post(READ_URL, payload, content_type="application/json")
    assert response.status_code in (400, 422)
    assert response.json()["code"] == "invalid_input"
    assert response.json()["detail"]
    assert (
        Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 2
    )


def test_pages_beyond_the_end_and_odd_page_numbers_do_not_fail(
    client, member, two_replies
):
    client.force_login(member)
    assert client.get(URL + "?page=999999999999999999999").status_code == 200
    assert client.get(URL + "?page=-3").status_code == 200
    assert client.get(URL + "?page=abc").status_code == 422


def test_a_decision_never_names_the_moderator(
    client, community, public, member, moderator
):
    from members.services import notify_post_decision

    opening = community.start(member, public, title="About my post")
    community.transition(opening, PostStatus.HIDDEN)
    notify_post_decision(post_id=opening.pk, decision="hide", actor=moderator)
    client.force_login(member)
    [item] = client.get(URL).json()["items"]
    assert (item["kind"], item["decision"], item["actor"]) == (
        "decision",
        "hidden",
        None,
    )
    assert "Moderator Maple" not in str(item)


def test_the_unread_count_for_the_bell(client, member, two_replies):
    client.force_login(member)
    assert client.get(URL + "unread/").json() == {"unread": 2}
    from members import services

    services.break_start(actor=member, length="day")
    assert client.get(URL + "unread/").json() == {"unread": 0}
    client.logout()
    assert client.get(URL + "unread/").status_code == 401
