"""Follow and save controls on the community pages, used as a member would: read the
form the page renders, submit it, and see the new state on the page."""

import re

import pytest
from django.urls import reverse

from members.models import Bookmark, Follow

pytestmark = pytest.mark.django_db


def form_for(html: str, action: str) -> dict[str, str]:
    """The hidden fields of the rendered form posting to `action` (fails if absent)."""
    match = re.search(
        rf'<form method="post" class="[^"]*" action="{re.escape(action)}">(.*?)</form>',
        html,
        re.S,
    )
    assert match, f"no form posting to {action} on the page"
    return dict(
        re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', match[1])
    )


def test_a_member_can_follow_a_thread_from_its_page_and_sees_it_followed(
    client, community, public, member, other
):
    opening = community.start(other, public)
    thread_url = reverse("community:thread", args=[opening.thread_id])
    client.force_login(member)
    page = client.get(thread_url).content.decode()
    action = reverse("members:follow_thread", args=[opening.thread_id])
    fields = form_for(page, action)
    assert fields["next"] == thread_url
    assert '<option value="normal" selected>' in page

    response = client.post(action, {**fields, "level": "watching"}, follow=True)

    assert response.redirect_chain[-1][0] == thread_url
    page = response.content.decode()
    assert '<option value="watching" selected>' in page
    assert Follow.objects.get(user=member, thread_id=opening.thread_id).level == (
        "watching"
    )


def test_a_member_can_save_a_post_from_the_thread_page_and_sees_it_saved(
    client, community, public, member, other
):
    opening = community.start(other, public)
    reply = community.reply(other, opening.thread, body="Ask for the numbing cream.")
    thread_url = reverse("community:thread", args=[opening.thread_id])
    client.force_login(member)
    page = client.get(thread_url).content.decode()
    action = reverse("members:bookmark_post", args=[reply.pk])
    fields = form_for(page, action)
    assert page.count('aria-pressed="false">Save<') == 2  # both posts, none saved

    response = client.post(action, fields, follow=True)

    assert response.redirect_chain[-1][0] == thread_url
    page = response.content.decode()
    saved = re.search(rf'action="{re.escape(action)}">.*?</form>', page, re.S)[0]
    assert 'aria-pressed="true">Saved<' in saved
    assert page.count('aria-pressed="true">Saved<') == 1
    assert Bookmark.objects.filter(user=member, post=reply).exists()
    saved_list = client.get(reverse("members:saved")).content.decode()
    permalink = reverse(
        "community:post_permalink", args=[reply.thread_id, reply.position]
    )
    assert permalink in saved_list


def test_a_member_can_follow_a_space_from_its_page(client, public, member):
    category_url = reverse("community:category", args=[public.slug])
    client.force_login(member)
    action = reverse("members:follow_category", args=[public.pk])
    fields = form_for(client.get(category_url).content.decode(), action)

    response = client.post(action, {**fields, "level": "watching"}, follow=True)

    assert response.redirect_chain[-1][0] == category_url
    assert '<option value="watching" selected>' in response.content.decode()


def test_anonymous_visitors_see_no_follow_or_save_controls(
    client, community, public, other
):
    opening = community.start(other, public)
    community.reply(other, opening.thread)
    for url in (
        reverse("community:thread", args=[opening.thread_id]),
        reverse("community:category", args=[public.slug]),
    ):
        html = client.get(url).content.decode()
        assert "members-follow" not in html and "members-save" not in html
        assert "/members/save/" not in html and "/members/follow/" not in html
