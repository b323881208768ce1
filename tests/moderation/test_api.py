import pytest

from community.models import PostStatus
from moderation.models import Report

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client, moderator):
    client.force_login(moderator)
    return client


def test_the_queue_endpoint_lists_items_most_urgent_first_with_reasons_and_age(
    api, held_post, newcomer, category
):
    from community.services import posts as post_services

    crisis = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="Tonight",
        body="I don't want to be alive any more.",
    )
    rows = api.get("/api/v1/moderation/queue/").json()
    assert [r["post_id"] for r in rows] == [crisis.post.pk, held_post.pk]
    assert rows[0]["reasons"][0] == "crisis" and rows[0]["age_seconds"] >= 0
    only = api.get(
        "/api/v1/moderation/queue/?reason=new_member&category=treatment"
    ).json()
    assert {r["post_id"] for r in only} == {crisis.post.pk, held_post.pk}
    assert api.get("/api/v1/moderation/queue/?category=nowhere").json() == []


def test_a_decision_through_the_api_publishes_and_is_in_the_actions_log(api, held_post):
    response = api.post(
        f"/api/v1/moderation/posts/{held_post.pk}/decision/",
        {"action": "approve", "reason": ""},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json() == {
        "post_id": held_post.pk,
        "status": "published",
        "action": "approve",
    }
    actions = api.get(
        f"/api/v1/moderation/actions/?target_type=post&target_id={held_post.pk}"
    ).json()
    assert [a["action"] for a in actions] == ["approve", "hold"]


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"action": "obliterate"}, 400, "action"),
        ({"action": "reject", "reason": "  "}, 400, "reason"),
        ({"action": "hide", "reason": "Not yet published."}, 409, "invalid_transition"),
    ],
)
def test_bad_decisions_get_a_clear_json_error_and_change_nothing(
    api, held_post, payload, status, code
):
    response = api.post(
        f"/api/v1/moderation/posts/{held_post.pk}/decision/",
        payload,
        content_type="application/json",
    )
    assert response.status_code == status
    assert response.json()["code"] == code and response.json()["detail"]
    held_post.refresh_from_db()
    assert held_post.status == PostStatus.PENDING


def test_deciding_on_a_missing_post_is_a_404(api):
    response = api.post(
        "/api/v1/moderation/posts/999999/decision/",
        {"action": "approve"},
        content_type="application/json",
    )
    assert response.status_code == 404


def test_reporting_through_the_api_returns_201_then_200_for_a_repeat(
    client, member, published_post
):
    client.force_login(member)
    url = f"/api/v1/posts/{published_post.pk}/reports/"
    first = client.post(
        url,
        {"reason": "misinformation", "note": "Says to stop chemo."},
        content_type="application/json",
    )
    again = client.post(
        url, {"reason": "misinformation"}, content_type="application/json"
    )
    assert first.status_code == 201 and again.status_code == 200
    assert first.json()["status"] == "pending"
    assert Report.objects.get().note == "Says to stop chemo."


def test_a_report_with_an_unknown_reason_is_refused_kindly(
    client, member, published_post
):
    client.force_login(member)
    response = client.post(
        f"/api/v1/posts/{published_post.pk}/reports/",
        {"reason": "meh"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "reason"
    assert not Report.objects.exists()


def test_the_report_form_keeps_the_note_when_no_reason_is_chosen(
    client, member, published_post
):
    client.force_login(member)
    response = client.post(
        f"/moderation/report/post/{published_post.pk}/", {"note": "Please look at this"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please look at this" in html and "Please choose what worries you" in html
    ok = client.post(
        f"/moderation/report/post/{published_post.pk}/",
        {"reason": "unkind", "note": "x"},
    )
    assert ok.status_code == 200 and "Thank you for telling us" in ok.content.decode()


def test_the_moderation_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/moderation/queue/",
        "/api/v1/moderation/posts/{post_id}/decision/",
        "/api/v1/moderation/actions/",
        "/api/v1/posts/{post_id}/reports/",
    ):
        assert path in paths
