"""Permission tables: role × category visibility × post state × action.

Every page and API endpoint answers 404 to anyone who may not see the thing, with the
same body as a truly missing id."""

import json

import pytest
from django.urls import reverse

from community.models import PostStatus, Visibility
from community.services import posts as post_services
from community.services.transitions import post_transition
from moderation.screening import Screening

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "group_member", "author", "moderator"]
STATES = [s.value for s in PostStatus]


def _may_read(role: str, visibility: str, state: str) -> bool:
    if state != PostStatus.PUBLISHED:
        return False
    if visibility == Visibility.PUBLIC:
        return True
    if visibility == Visibility.MEMBERS:
        return role != "anonymous"
    return role in ("group_member", "author")


@pytest.fixture
def make_thread(monkeypatch, moderator, trusted, group_member):
    def _make(category, state):
        author = group_member if category.visibility == Visibility.PRIVATE else trusted
        hold = state in (PostStatus.PENDING, PostStatus.REJECTED)
        monkeypatch.setattr(
            post_services,
            "screen_post",
            lambda **kw: Screening(
                hold=hold, reasons=["test"] if hold else [], body=kw["body"]
            ),
        )
        posted = post_services.thread_create(
            actor=author, category=category.slug, title="A thread", body="Words of hope"
        )
        monkeypatch.undo()
        path = {
            PostStatus.PENDING: [],
            PostStatus.PUBLISHED: [],
            PostStatus.REJECTED: [PostStatus.REJECTED],
            PostStatus.HIDDEN: [PostStatus.HIDDEN],
            PostStatus.REMOVED: [PostStatus.REMOVED],
        }[state]
        for to in path:
            post_transition(
                actor=moderator, post_id=posted.post.pk, to_status=to, reason="t"
            )
        posted.post.refresh_from_db()
        assert posted.post.status == state
        return posted.post.thread, posted.post, author

    return _make


def _client_for(client, role, *, author, moderator, group_member, outsider):
    user = {
        "anonymous": None,
        "member": outsider,
        "group_member": group_member,
        "author": author,
        "moderator": moderator,
    }[role]
    if user is not None:
        client.force_login(user)
    return user


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("visibility", [v.value for v in Visibility])
@pytest.mark.parametrize("role", ROLES)
def test_who_may_see_and_act_on_a_thread(
    client,
    categories,
    make_thread,
    moderator,
    group_member,
    outsider,
    role,
    visibility,
    state,
    monkeypatch,
):
    if role == "author" and visibility == Visibility.PRIVATE:
        pass  # the author of a private thread is the group member
    thread, post, author = make_thread(categories[visibility], state)
    user = _client_for(
        client,
        role,
        author=author,
        moderator=moderator,
        group_member=group_member,
        outsider=outsider,
    )
    readable = _may_read(role, visibility, state)
    missing_body = client.get("/api/v1/threads/999999/").json()

    # pages
    page = client.get(reverse("community:thread", args=[thread.pk]))
    assert page.status_code == (200 if readable else 404)
    permalink = client.get(reverse("community:post_permalink", args=[thread.pk, 1]))
    assert permalink.status_code == (302 if readable else 404)
    history = client.get(reverse("community:post_history", args=[post.pk]))
    assert history.status_code == (200 if readable else 404)
    if not readable:
        assert "Words of hope" not in page.content.decode()

    # API reads
    api_read = client.get(f"/api/v1/threads/{thread.pk}/")
    assert api_read.status_code == (200 if readable else 404)
    if not readable:
        assert api_read.json() == missing_body

    # actions (screening passes so the outcome is only about permission)
    monkeypatch.setattr(
        post_services, "screen_post", lambda **kw: Screening(body=kw["body"])
    )
    react = client.post(
        f"/api/v1/posts/{post.pk}/reactions/",
        data=json.dumps({"kind": "hugs"}),
        content_type="application/json",
    )
    reply = client.post(
        f"/api/v1/threads/{thread.pk}/posts/",
        data=json.dumps({"body": "Thinking of you"}),
        content_type="application/json",
    )
    if user is None:
        assert react.status_code == 401 and reply.status_code == 401
    elif readable:
        assert react.status_code == 200
        may_post = visibility != Visibility.PRIVATE or role in (
            "group_member",
            "author",
        )
        assert reply.status_code == (201 if may_post else 404)
    else:
        assert react.status_code == 404 and reply.status_code == 404
        assert react.json() == missing_body

    # edit: authors may edit their own pending or published posts, nothing else
    edit = client.patch(
        f"/api/v1/posts/{post.pk}/",
        data=json.dumps({"body": "Edited words"}),
        content_type="application/json",
    )
    if user is None:
        assert edit.status_code == 401
    elif role == "author" or (role == "group_member" and author == group_member):
        expected = 200 if state in (PostStatus.PENDING, PostStatus.PUBLISHED) else 403
        assert edit.status_code == expected
    elif readable:
        assert edit.status_code == 403
    else:
        assert edit.status_code == 404


@pytest.mark.parametrize("role", ["anonymous", "member", "moderator"])
def test_a_private_groups_pages_are_not_found_to_non_members(
    client, private, thread_in, role, moderator, outsider
):
    thread = thread_in(private)
    if role == "member":
        client.force_login(outsider)
    elif role == "moderator":
        client.force_login(moderator)
    for url in [
        reverse("community:category", args=[private.slug]),
        reverse("community:thread_create", args=[private.slug]),
        reverse("community:thread", args=[thread.pk]),
        f"/api/v1/categories/{private.slug}/threads/",
        f"/api/v1/threads/{thread.pk}/",
    ]:
        response = client.get(url)
        expected = 302 if role == "anonymous" and "/new/" in url else 404
        assert response.status_code == expected, url


def test_a_members_space_is_not_found_to_anonymous_visitors(
    client, members_only, thread_in
):
    thread = thread_in(members_only)
    assert (
        client.get(reverse("community:category", args=[members_only.slug])).status_code
        == 404
    )
    assert (
        client.get(f"/api/v1/categories/{members_only.slug}/threads/").status_code
        == 404
    )
    assert client.get(reverse("community:thread", args=[thread.pk])).status_code == 404


def test_pending_threads_are_not_listed_in_their_category(client, newcomer, public):
    post_services.thread_create(
        actor=newcomer, category=public.slug, title="Waiting quietly", body="x"
    )
    assert (
        "Waiting quietly"
        not in client.get(
            reverse("community:category", args=[public.slug])
        ).content.decode()
    )
    body = client.get(f"/api/v1/categories/{public.slug}/threads/").json()
    assert "Waiting quietly" not in [t["title"] for t in body["items"]]


def test_the_held_page_is_only_for_the_author(client, newcomer, outsider, public):
    posted = post_services.thread_create(
        actor=newcomer, category=public.slug, title="Mine", body="x"
    )
    url = reverse("community:post_held", args=[posted.post.pk])
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(newcomer)
    assert client.get(url).status_code == 200


def test_edit_and_delete_pages_are_not_found_for_others(
    client, trusted, outsider, public, thread_in
):
    post = thread_in(public).posts.get()
    client.force_login(outsider)
    assert client.get(reverse("community:post_edit", args=[post.pk])).status_code == 404
    assert (
        client.get(reverse("community:post_delete", args=[post.pk])).status_code == 404
    )


def test_quoting_an_invisible_post_quotes_nothing(
    client, outsider, public, private, thread_in
):
    secret = thread_in(private, body="secret group words").posts.get()
    thread = thread_in(public)
    client.force_login(outsider)
    html = client.get(
        reverse("community:thread", args=[thread.pk]) + f"?quote={secret.pk}"
    ).content.decode()
    assert "secret group words" not in html


def test_reacting_to_an_invisible_post_through_the_page_is_not_found(
    client, outsider, private, thread_in
):
    post = thread_in(private).posts.get()
    client.force_login(outsider)
    response = client.post(
        reverse("community:post_react", args=[post.pk]), {"kind": "hugs"}
    )
    assert response.status_code == 404
