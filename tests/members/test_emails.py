"""Emails: straight away or as a daily digest, always re-checked at send time, always
with a one-click unsubscribe that needs no sign-in."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from community.models import PostStatus
from members import emails, services, tasks
from members.emails import read_unsubscribe_token
from members.models import DigestRun, Notification

pytestmark = pytest.mark.django_db


def _token_from(message) -> str:
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    return link.rstrip("/").rsplit("/", 1)[-1]


def test_a_reply_is_emailed_straight_away_with_one_click_unsubscribe(
    community, public, member, other
):
    opening = community.start(member, public, title="Port surgery next week")
    mail.outbox.clear()
    community.reply(other, opening.thread, body="We had the same, it went well.")
    [message] = mail.outbox
    assert message.to == [member.email]
    assert "Kind Kestrel replied in “Port surgery next week”" in message.subject
    assert (
        message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    )
    assert read_unsubscribe_token(_token_from(message)) == (member.pk, "reply")
    # The post's words stay on Kindred.
    assert "it went well" not in message.body
    assert "it went well" not in message.alternatives[0][0]


def test_nothing_is_emailed_during_a_break(community, public, member, other):
    opening = community.start(member, public)
    services.break_start(actor=member, length="day")
    mail.outbox.clear()
    community.reply(other, opening.thread)
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=member).count() == 1


def test_a_post_hidden_before_the_email_goes_out_is_never_emailed(
    community, public, member, other
):
    opening = community.start(member, public)
    services.break_start(actor=member, length="day")  # hold the email back
    reply = community.reply(other, opening.thread)
    services.break_end(actor=member)
    community.transition(reply, PostStatus.HIDDEN)
    note = Notification.objects.get(recipient=member)
    mail.outbox.clear()
    assert emails.notification_email_send(notification_id=note.pk) is False
    assert mail.outbox == []
    community.transition(reply, PostStatus.PUBLISHED)
    assert emails.notification_email_send(notification_id=note.pk) is True
    assert len(mail.outbox) == 1
    # Sent once only, however often the task runs.
    assert emails.notification_email_send(notification_id=note.pk) is False


def test_choosing_never_means_no_email(community, public, member, other):
    opening = community.start(member, public)
    services.preferences_set(actor=member, choices={"reply": "never"})
    mail.outbox.clear()
    community.reply(other, opening.thread)
    assert mail.outbox == []


def test_an_author_is_emailed_about_a_decision_on_their_post(community, public, member):
    opening = community.start(member, public, title="A question about fevers")
    mail.outbox.clear()
    community.transition(opening, PostStatus.HIDDEN)
    with community.capture(execute=True):
        services.notify_post_decision(post_id=opening.pk, decision="hide")
    [message] = mail.outbox
    assert "is hidden for now" in message.subject


@pytest.fixture
def digest_member(member):
    services.preferences_set(actor=member, choices={"reply": "digest"})
    return member


def test_the_digest_gathers_the_days_activity_once(
    community, public, members_only, digest_member, other
):
    services.follow_set(
        actor=digest_member, category_id=members_only.pk, level="watching"
    )
    opening = community.start(digest_member, public, title="Hair loss")
    community.reply(other, opening.thread)
    community.start(other, members_only, title="Sibling support ideas")
    mail.outbox.clear()
    today = timezone.localdate()
    assert emails.digest_send(user_id=digest_member.pk, day=today) is True
    assert emails.digest_send(user_id=digest_member.pk, day=today) is False
    [message] = mail.outbox
    assert message.subject == "[Kindred] Your daily Kindred digest"
    assert "Hair loss" in message.body and "Sibling support ideas" in message.body
    assert "List-Unsubscribe" in message.extra_headers
    assert read_unsubscribe_token(_token_from(message)) == (digest_member.pk, "digest")
    assert DigestRun.objects.get(user=digest_member, day=today).item_count == 2


def test_the_digest_leaves_out_posts_hidden_since_they_were_written(
    community, public, digest_member, other
):
    opening = community.start(digest_member, public, title="Hair loss")
    community.reply(other, opening.thread, body="First")
    hidden = community.reply(other, opening.thread, body="Second")
    community.transition(hidden, PostStatus.HIDDEN)
    mail.outbox.clear()
    emails.digest_send(user_id=digest_member.pk, day=timezone.localdate())
    [message] = mail.outbox
    assert "(1 update)" in message.body
    note_for_hidden = Notification.objects.get(post=hidden)
    assert note_for_hidden.emailed_at is None


def test_the_digest_never_mentions_a_private_group_to_someone_who_left_it(
    community, private, group_member, member
):
    from community.models import GroupMembership
    from community.services import spaces

    spaces.membership_add(actor=None, system=True, category=private, user=member)
    services.preferences_set(actor=member, choices={"new_thread": "digest"})
    services.follow_set(actor=member, category_id=private.pk, level="watching")
    community.start(group_member, private, title="Our group only")
    assert Notification.objects.filter(recipient=member).count() == 1
    GroupMembership.objects.filter(user=member).delete()  # they left the group
    mail.outbox.clear()
    assert emails.digest_send(user_id=member.pk, day=timezone.localdate()) is False
    assert mail.outbox == []


def test_the_digest_is_skipped_during_a_break(community, public, digest_member, other):
    opening = community.start(digest_member, public)
    community.reply(other, opening.thread)
    services.break_start(actor=digest_member, length="week")
    mail.outbox.clear()
    assert emails.digest_recipient_ids(day=timezone.localdate()) == []
    assert (
        emails.digest_send(user_id=digest_member.pk, day=timezone.localdate()) is False
    )
    assert mail.outbox == []


def test_read_notifications_and_old_ones_stay_out_of_the_digest(
    community, public, digest_member, other
):
    opening = community.start(digest_member, public)
    community.reply(other, opening.thread)
    services.notifications_mark_read(actor=digest_member)
    mail.outbox.clear()
    assert (
        emails.digest_send(user_id=digest_member.pk, day=timezone.localdate()) is False
    )
    Notification.objects.update(
        read_at=None, updated_at=timezone.now() - timedelta(days=2)
    )
    assert emails.digest_recipient_ids(day=timezone.localdate()) == []


def test_the_beat_task_sends_each_waiting_member_one_digest(
    community, public, digest_member, other
):
    opening = community.start(digest_member, public)
    community.reply(other, opening.thread)
    mail.outbox.clear()
    assert tasks.send_daily_digests.delay().get() == 1
    assert tasks.send_daily_digests.delay().get() == 0
    assert [m.to for m in mail.outbox] == [[digest_member.email]]


def test_the_reaction_batch_task_gathers_recent_reactions(
    community, public, member, other
):
    from community.services.reactions import reaction_toggle

    opening = community.start(member, public)
    reaction_toggle(actor=other, post_id=opening.pk, kind="helped")
    assert tasks.batch_recent_reactions.delay().get() == 1
    note = Notification.objects.get(recipient=member, kind="reaction")
    assert note.count == 1


def test_a_busy_conversation_emails_once_until_the_member_catches_up(
    community, public, member, other
):
    opening = community.start(member, public)
    mail.outbox.clear()
    community.reply(other, opening.thread, body="One")
    community.reply(other, opening.thread, body="Two")
    assert len(mail.outbox) == 1
    services.notifications_mark_read(actor=member)
    community.reply(other, opening.thread, body="Three")
    assert len(mail.outbox) == 2
