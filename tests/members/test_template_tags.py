"""The follow and save controls other apps' templates can include."""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from members import services

pytestmark = pytest.mark.django_db


def _render(source: str, user, **context) -> str:
    request = RequestFactory().get("/community/t/1/")
    request.user = user
    return Template("{% load members_tags %}" + source).render(
        Context({"request": request, "csrf_token": "token", **context})
    )


def test_save_buttons_know_what_is_saved_with_one_query_for_the_page(
    community, public, member, other
):
    opening = community.start(other, public)
    replies = [community.reply(other, opening.thread, body=f"R{i}") for i in range(5)]
    services.bookmark_toggle(actor=member, post_id=replies[2].pk)
    with CaptureQueriesContext(connection) as queries:
        html = _render(
            "{% for p in posts %}{% save_button post=p %}{% endfor %}",
            member,
            posts=replies,
        )
    assert len(queries) == 1
    assert html.count('aria-pressed="true"') == 1
    assert html.count('aria-pressed="false"') == 4
    assert f"/members/save/post/{replies[2].pk}/" in html


def test_follow_controls_show_the_members_level(community, public, member, other):
    opening = community.start(other, public)
    services.follow_set(actor=member, thread_id=opening.thread_id, level="muted")
    html = _render("{% follow_controls thread=thread %}", member, thread=opening.thread)
    assert '<option value="muted" selected>' in html
    assert f"/members/follow/thread/{opening.thread_id}/" in html
    assert 'name="next" value="/community/t/1/"' in html


def test_controls_render_nothing_for_anonymous_visitors(community, public, other):
    from django.contrib.auth.models import AnonymousUser

    opening = community.start(other, public)
    html = _render(
        "{% follow_controls thread=thread %}{% save_button thread=thread %}",
        AnonymousUser(),
        thread=opening.thread,
    )
    assert html.strip() == ""


def test_a_follow_control_and_a_pages_save_buttons_share_one_query(
    community, public, member, other
):
    opening = community.start(other, public)
    replies = [community.reply(other, opening.thread, body=f"R{i}") for i in range(4)]
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")
    services.bookmark_toggle(actor=member, post_id=replies[1].pk)
    services.bookmark_toggle(actor=member, thread_id=opening.thread_id)
    with CaptureQueriesContext(connection) as queries:
        html = _render(
            "{% follow_controls thread=thread %}"
            "{% for p in posts %}{% save_button post=p %}{% endfor %}"
            "{% save_button thread=thread %}",
            member,
            thread=opening.thread,
            posts=replies,
        )
    assert len(queries) == 1
    assert '<option value="watching" selected>' in html
    assert html.count('aria-pressed="true"') == 2
    assert html.count('aria-pressed="false"') == 3


def test_a_space_follow_control_shows_its_level_when_nothing_is_saved(public, member):
    services.follow_set(actor=member, category_id=public.pk, level="muted")
    html = _render("{% follow_controls category=category %}", member, category=public)
    assert '<option value="muted" selected>' in html
    assert f"/members/follow/category/{public.pk}/" in html
