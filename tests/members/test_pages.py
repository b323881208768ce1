"""Every members page, and what it must never show the wrong person."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.models import PostStatus
from members import services
from members.emails import unsubscribe_token
from members.models import Notification, NotificationPreference

pytestmark = pytest.mark.django_db


@pytest.fixture
def watched_reply(community, public, member, other):
    """`member` started a thread; `other` replied; member has one notification."""
    opening = community.start(member, public, title="Waiting for results")
    return community.reply(other, opening.thread)


def test_the_header_bell_shows_the_unread_count_with_one_query(
    client, member, watched_reply
):
    client.force_login(member)
    response = client.get(reverse("community:index"))
    html = response.content.decode()
    assert 'class="members-bell__count">1</span>' in html
    assert "unread" in html
    request = response.wsgi_request
    from members.selectors import unread_count

    request._members_unread_count = None
    with CaptureQueriesContext(connection) as queries:
        assert unread_count(request) == 1
        assert unread_count(request) == 1
    assert len(queries) == 1


def test_the_bell_stays_quiet_during_a_break(client, member, watched_reply):
    services.break_start(actor=member, length="day")
    client.force_login(member)
    html = client.get(reverse("members:notifications")).content.decode()
    assert "members-bell__count" not in html
    assert "Waiting for results" in html  # the list itself is still there


def test_the_notifications_page_lists_only_what_the_member_can_see(
    client, community, member, other, watched_reply
):
    client.force_login(member)
    response = client.get(reverse("members:notifications"))
    assert "Kind Kestrel replied in “Waiting for results”" in response.content.decode()
    community.transition(watched_reply, PostStatus.HIDDEN)
    response = client.get(reverse("members:notifications"))
    assert "Waiting for results" not in response.content.decode()
    note = Notification.objects.get(recipient=member)
    opened = client.get(reverse("members:notification_open", args=[note.pk]))
    assert opened.status_code == 404


def test_opening_a_notification_marks_it_read_and_goes_to_the_post(
    client, member, watched_reply
):
    client.force_login(member)
    note = Notification.objects.get(recipient=member)
    response = client.get(reverse("members:notification_open", args=[note.pk]))
    assert response.status_code == 302
    assert response.url == reverse(
        "community:post_permalink",
        kwargs={
            "thread_id": watched_reply.thread_id,
            "position": watched_reply.position,
        },
    )
    note.refresh_from_db()
    assert note.read_at is not None


def test_nobody_can_open_or_mark_someone_elses_notification(
    client, member, other, watched_reply
):
    note = Notification.objects.get(recipient=member)
    client.force_login(other)
    assert (
        client.get(reverse("members:notification_open", args=[note.pk])).status_code
        == 404
    )
    client.post(reverse("members:notifications_read"), {"notification": [note.pk]})
    note.refresh_from_db()
    assert note.read_at is None


def test_mark_all_as_read_clears_the_bell(client, member, watched_reply):
    client.force_login(member)
    client.post(reverse("members:notifications_read"))
    html = client.get(reverse("members:notifications")).content.decode()
    assert "members-bell__count" not in html


def test_members_pages_ask_anonymous_visitors_to_sign_in(client):
    for name in (
        "members:notifications",
        "members:saved",
        "members:following",
        "members:settings",
        "members:notification_settings",
        "members:break",
        "members:data",
        "members:data_download",
        "members:delete",
    ):
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert "/accounts/login/" in response.url


def test_a_hidden_profile_is_not_found_for_anonymous_visitors(client, member, other):
    member.profile_hidden_from_public = True
    member.save(update_fields=["profile_hidden_from_public"])
    url = reverse("members:profile", kwargs={"user_id": member.pk})
    assert client.get(url).status_code == 404
    client.force_login(other)
    assert client.get(url).status_code == 200


def test_a_profile_shows_only_the_posts_the_viewer_may_see(
    client, community, public, members_only, private, group_member, outsider
):
    community.start(group_member, public, title="Open to everyone")
    community.start(group_member, members_only, title="Members can read this")
    community.start(group_member, private, title="Only for the group")
    url = reverse("members:profile", kwargs={"user_id": group_member.pk})
    anonymous = client.get(url).content.decode()
    assert "Open to everyone" in anonymous
    assert "Members can read this" not in anonymous
    assert "Only for the group" not in anonymous
    client.force_login(outsider)
    signed_in = client.get(url).content.decode()
    assert "Members can read this" in signed_in
    assert "Only for the group" not in signed_in
    client.force_login(group_member)
    assert "Only for the group" in client.get(url).content.decode()


def test_a_deleted_account_has_no_profile(client, member):
    from members.account import account_delete

    account_delete(actor=member, password="kindred-test-pw", posts="keep")
    url = reverse("members:profile", kwargs={"user_id": member.pk})
    assert client.get(url).status_code == 404


def test_saved_page_lists_saved_posts_but_not_hidden_ones(
    client, community, public, member, other
):
    opening = community.start(other, public, title="Chemo week two")
    reply = community.reply(other, opening.thread, body="Day three was easier.")
    client.force_login(member)
    client.post(reverse("members:bookmark_post", args=[reply.pk]))
    assert "Chemo week two" in client.get(reverse("members:saved")).content.decode()
    community.transition(reply, PostStatus.HIDDEN)
    assert "Chemo week two" not in client.get(reverse("members:saved")).content.decode()


def test_saving_or_following_what_you_cannot_see_is_not_found(
    client, community, private, group_member, outsider
):
    opening = community.start(group_member, private)
    client.force_login(outsider)
    assert (
        client.post(reverse("members:bookmark_post", args=[opening.pk])).status_code
        == 404
    )
    assert (
        client.post(
            reverse("members:follow_thread", args=[opening.thread_id]),
            {"level": "watching"},
        ).status_code
        == 404
    )
    assert (
        client.post(
            reverse("members:follow_category", args=[private.pk]), {"level": "watching"}
        ).status_code
        == 404
    )


def test_following_a_space_from_its_page(client, public, member):
    client.force_login(member)
    response = client.post(
        reverse("members:follow_category", args=[public.pk]),
        {"level": "watching", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response.url == reverse("community:category", kwargs={"slug": public.slug})
    page = client.get(reverse("members:following")).content.decode()
    assert public.name in page


def test_a_bad_follow_level_is_explained_kindly(client, public, member):
    client.force_login(member)
    response = client.post(
        reverse("members:follow_category", args=[public.pk]),
        {"level": "shouting"},
        follow=True,
    )
    assert "Please choose watching, normal or muted." in response.content.decode()


def test_unsubscribe_works_without_signing_in(client, member):
    url = reverse(
        "members:unsubscribe", kwargs={"token": unsubscribe_token(member, "reply")}
    )
    page = client.get(url)
    assert page.status_code == 200
    assert not NotificationPreference.objects.filter(user=member).exists()
    done = client.post(url)
    assert done.status_code == 200
    assert services.email_preference(member, "reply") == "never"
    assert services.email_preference(member, "mention") == "immediately"


def test_one_click_unsubscribe_from_a_mail_app(client, member):
    url = reverse(
        "members:unsubscribe", kwargs={"token": unsubscribe_token(member, "all")}
    )
    response = client.post(
        url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert set(services.email_preferences(member).values()) == {"never"}


def test_an_unsubscribe_token_only_works_for_its_own_member(client, member, other):
    token = unsubscribe_token(member, "reply")
    tampered = token.replace(token[0], "x" if token[0] != "x" else "y", 1)
    assert (
        client.post(reverse("members:unsubscribe", args=[tampered])).status_code == 404
    )
    assert (
        client.get(reverse("members:unsubscribe", args=["not-a-token"])).status_code
        == 404
    )
    client.post(reverse("members:unsubscribe", args=[token]))
    assert services.email_preference(other, "reply") == "immediately"


def test_settings_pages_render_and_save(client, member):
    client.force_login(member)
    for name in (
        "members:settings",
        "members:notification_settings",
        "members:break",
        "members:following",
        "members:data",
        "members:delete",
    ):
        assert client.get(reverse(name)).status_code == 200, name
    prefs = {
        "reply": "digest",
        "new_thread": "never",
        "mention": "immediately",
        "reaction": "digest",
        "decision": "immediately",
        "report": "never",
    }
    response = client.post(reverse("members:notification_settings"), prefs)
    assert response.status_code == 302
    assert services.email_preferences(member) == prefs
    response = client.post(reverse("members:break"), {"length": "month"})
    member.refresh_from_db()
    assert member.notifications_paused
    client.post(reverse("members:break"), {"action": "end"})
    member.refresh_from_db()
    assert not member.notifications_paused


def test_reactions_cannot_be_chosen_for_immediate_email_in_the_form(client, member):
    client.force_login(member)
    response = client.post(
        reverse("members:notification_settings"),
        {
            "reply": "digest",
            "new_thread": "never",
            "mention": "immediately",
            "reaction": "immediately",
            "decision": "immediately",
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert services.email_preference(member, "reply") == "immediately"  # nothing saved


def test_the_data_download_is_a_json_file_of_the_members_own_data(
    client, member, watched_reply
):
    client.force_login(member)
    response = client.get(reverse("members:data_download"))
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == member.email
    assert [p["thread_title"] for p in data["posts"]] == ["Waiting for results"]


def _fill(community, public, member, other, n):
    opening = community.start(member, public, title=f"Thread {n}")
    for i in range(n):
        reply = community.reply(other, opening.thread, body=f"Reply {i}")
        services.bookmark_toggle(actor=member, post_id=reply.pk)
    services.follow_set(actor=member, category_id=public.pk, level="watching")


@pytest.mark.parametrize(
    "name", ["members:notifications", "members:saved", "members:following"]
)
def test_list_pages_use_a_constant_number_of_queries(
    client, community, public, members_only, member, other, name
):
    client.force_login(member)
    _fill(community, public, member, other, 2)
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse(name)).status_code == 200
    _fill(community, members_only, member, other, 8)
    with CaptureQueriesContext(connection) as many:
        assert client.get(reverse(name)).status_code == 200
    assert len(many) == len(few)
    assert len(many) <= 12


def test_the_following_page_forgets_a_private_group_the_member_has_left(
    client, community, private, group_member, member
):
    from community.models import GroupMembership
    from community.services import spaces

    spaces.membership_add(actor=None, system=True, category=private, user=member)
    opening = community.start(group_member, private, title="Just for our circle")
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")
    client.force_login(member)
    assert (
        "Just for our circle"
        in client.get(reverse("members:following")).content.decode()
    )
    # There is no "leave group" service yet; the membership row going is the same thing.
    GroupMembership.objects.filter(user=member, category=private).delete()
    page = client.get(reverse("members:following")).content.decode()
    assert "Just for our circle" not in page
    assert private.name not in page
