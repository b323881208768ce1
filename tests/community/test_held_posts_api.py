"""Held posts through the API: the author is told why in kind words, and someone who
wrote crisis language gets the helplines in the same answer."""

import json

import pytest

from moderation.screening import REASON_TEXT

pytestmark = pytest.mark.django_db

CRISIS_BODY = "I can't stop thinking about hurting myself tonight."


def post_json(client, path: str, data: dict):
    response = client.post(
        f"/api/v1{path}", data=json.dumps(data), content_type="application/json"
    )
    return response.status_code, response.json()


def test_a_newcomers_held_thread_lists_why_it_is_held_in_kind_words(
    client, newcomer, public
):
    client.force_login(newcomer)
    status, body = post_json(
        client,
        "/threads/",
        {"category": public.slug, "title": "Hello", "body": "Hi, we're new here."},
    )
    assert status == 201 and body["status"] == "pending"
    assert {"code": "new_member", "text": str(REASON_TEXT["new_member"])} in body[
        "reasons"
    ]
    assert "moderator" in body["reasons"][0]["text"]
    assert body["support_resources"] is None


def test_a_newcomers_held_reply_lists_why_it_is_held_in_kind_words(
    client, newcomer, public, thread_in
):
    thread = thread_in(public)
    client.force_login(newcomer)
    status, body = post_json(
        client, f"/threads/{thread.pk}/posts/", {"body": "Thinking of you."}
    )
    assert status == 201 and body["status"] == "pending"
    assert [r["code"] for r in body["reasons"]] == body["held_reasons"]
    assert "new_member" in body["held_reasons"]
    assert all(r["text"] for r in body["reasons"])


def test_a_published_post_has_no_reasons_or_support(client, trusted, public):
    client.force_login(trusted)
    status, body = post_json(
        client,
        "/threads/",
        {"category": public.slug, "title": "Port flush day", "body": "Any tips?"},
    )
    assert status == 201 and body["status"] == "published"
    assert body["reasons"] is None and body["support_resources"] is None


def _helpline_numbers(body) -> set[str]:
    return {line.get("phone") for line in body["support_resources"]["helplines"]}


def test_a_crisis_thread_answers_with_the_helplines(client, site, trusted, public):
    client.force_login(trusted)
    status, body = post_json(
        client,
        "/threads/",
        {"category": public.slug, "title": "Tonight", "body": CRISIS_BODY},
    )
    assert status == 201 and body["status"] == "pending"
    assert body["support_resources"]["url"] == "/moderation/support/"
    assert "988" in _helpline_numbers(body)
    assert body["support_resources"]["helplines"][0]["is_emergency"] is True
    crisis = next(r for r in body["reasons"] if r["code"] == "crisis")
    assert "helpline" in crisis["text"]


def test_a_crisis_reply_answers_with_the_helplines(
    client, site, trusted, public, thread_in
):
    thread = thread_in(public)
    client.force_login(trusted)
    status, body = post_json(
        client, f"/threads/{thread.pk}/posts/", {"body": CRISIS_BODY}
    )
    assert status == 201 and body["status"] == "pending"
    assert "988" in _helpline_numbers(body)
    assert "crisis" in body["held_reasons"]
