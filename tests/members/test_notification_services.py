"""Who hears about what: watchers, mentions, reactions, decisions — and never about a
post they cannot see."""

import pytest
from django.core import mail

from community.models import PostStatus
from community.services import muting
from community.services.reactions import reaction_toggle
from core.errors import NotFound, ValidationError
from members import selectors, services
from members.models import FollowLevel, Notification, NotificationKind
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def listed(user):
    return list(selectors.visible_notifications(user))


def test_a_reply_in_a_watched_thread_notifies_the_watcher(
    community, public, member, other
):
    opening = community.start(other, public)
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")
    reply = community.reply(other, opening.thread)
    [note] = listed(member)
    assert (note.kind, note.post_id, note.actor_id) == ("reply", reply.pk, other.pk)
    assert "replied in “Our first week”" in selectors.notification_text(note)


def test_starting_a_thread_means_hearing_its_replies(community, public, member, other):
    opening = community.start(member, public)
    community.reply(other, opening.thread)
    assert [n.kind for n in listed(member)] == ["reply"]
    assert listed(other) == []  # nobody is told about their own post


def test_a_new_thread_in_a_watched_space_notifies_the_watcher(
    community, members_only, member, other
):
    services.follow_set(actor=member, category_id=members_only.pk, level="watching")
    opening = community.start(other, members_only, title="Scan day tomorrow")
    [note] = listed(member)
    assert (note.kind, note.post_id) == ("new_thread", opening.pk)


def test_a_mention_notifies_the_member_mentioned(community, public, member, other):
    opening = community.start(other, public, body="@Hopeful Heron how did it go?")
    [note] = listed(member)
    assert (note.kind, note.post_id) == ("mention", opening.pk)


def test_muting_a_thread_silences_it(community, public, member, other):
    opening = community.start(member, public)
    services.follow_set(actor=member, thread_id=opening.thread_id, level="muted")
    community.reply(other, opening.thread, body="@Hopeful Heron are you there?")
    assert listed(member) == []


def test_a_muted_member_never_causes_a_notification(community, public, member, other):
    opening = community.start(member, public)
    muting.member_mute(actor=member, member_id=other.pk)
    community.reply(other, opening.thread)
    assert Notification.objects.filter(recipient=member).count() == 0


def test_a_held_reply_notifies_nobody_until_it_is_approved(
    community, public, member, other
):
    opening = community.start(member, public)
    newcomer = UserFactory(display_name="New Newt")
    held = community.reply_held(newcomer, opening.thread)
    assert listed(member) == []
    assert Notification.objects.filter(post=held).count() == 0
    community.transition(held, PostStatus.PUBLISHED)
    assert [n.post_id for n in listed(member)] == [held.pk]


def test_hiding_a_post_takes_its_unread_notification_out_of_every_list(
    community, public, member, other
):
    opening = community.start(member, public)
    reply = community.reply(other, opening.thread)
    assert len(listed(member)) == 1
    community.transition(reply, PostStatus.HIDDEN)
    assert listed(member) == []
    assert Notification.objects.filter(recipient=member).count() == 1  # kept, unseen


def test_a_private_group_post_never_notifies_someone_outside_the_group(
    community, private, group_member, outsider, member
):
    community.start(
        group_member, private, body="@Outside Otter and @Hopeful Heron, welcome"
    )
    assert listed(outsider) == []
    assert Notification.objects.filter(recipient__in=[outsider, member]).count() == 0


def test_watching_a_conversation_you_cannot_see_is_not_possible(
    community, private, group_member, outsider
):
    opening = community.start(group_member, private)
    with pytest.raises(NotFound):
        services.follow_set(
            actor=outsider, thread_id=opening.thread_id, level="watching"
        )
    with pytest.raises(NotFound):
        services.follow_set(actor=outsider, category_id=private.pk, level="watching")


def test_a_second_fan_out_of_the_same_post_changes_nothing(
    community, public, member, other
):
    opening = community.start(member, public)
    reply = community.reply(other, opening.thread)
    assert services.fan_out_post_published(post_id=reply.pk) == []
    assert Notification.objects.filter(recipient=member).count() == 1


def test_reactions_are_gathered_into_one_quiet_notification(
    community, public, member, other, outsider
):
    opening = community.start(member, public)
    reaction_toggle(actor=other, post_id=opening.pk, kind="love")
    reaction_toggle(actor=other, post_id=opening.pk, kind="hugs")
    reaction_toggle(actor=outsider, post_id=opening.pk, kind="thinking")
    services.reactions_batch(post_id=opening.pk)
    [note] = listed(member)
    assert (note.kind, note.count) == ("reaction", 2)
    assert "2 people sent support" in selectors.notification_text(note)
    assert mail.outbox == []  # reactions never interrupt by email


def _remember(community, thread):
    """A moderator marks the thread "in memory of" (moderation's service)."""
    from moderation.services import thread_set_flag

    thread_set_flag(
        actor=community.moderator, thread_id=thread.pk, flag="in_memory_of", value=True
    )
    thread.refresh_from_db()


def test_in_memory_threads_never_prompt_about_reactions(
    community, public, member, other, outsider
):
    opening = community.start(member, public, title="For our Sam")
    reaction_toggle(actor=other, post_id=opening.pk, kind="love")
    services.reactions_batch(post_id=opening.pk)
    assert [n.kind for n in listed(member)] == ["reaction"]
    _remember(community, opening.thread)
    assert listed(member) == []  # an earlier prompt goes quiet too
    reaction_toggle(actor=outsider, post_id=opening.pk, kind="hugs")
    assert services.reactions_batch(post_id=opening.pk) is None


def test_replies_in_an_in_memory_thread_are_gentle_and_not_emailed_at_once(
    community, public, member, other
):
    opening = community.start(member, public, title="For our Sam")
    _remember(community, opening.thread)
    mail.outbox.clear()
    community.reply(other, opening.thread)
    [note] = listed(member)
    assert note.quiet
    assert "shared a message in" in selectors.notification_text(note)
    assert mail.outbox == []
    # It waits, gently, for the daily digest instead.
    from django.utils import timezone

    from members import emails

    assert emails.digest_send(user_id=member.pk, day=timezone.localdate()) is True
    assert "shared a message in “For our Sam”" in mail.outbox[0].body


def test_an_author_hears_that_their_post_was_not_approved(community, public, member):
    newcomer = UserFactory(display_name="New Newt")
    opening = community.start(member, public)
    held = community.reply_held(newcomer, opening.thread)
    community.transition(held, PostStatus.REJECTED)
    services.notify_post_decision(post_id=held.pk, decision="rejected")
    [note] = listed(newcomer)
    assert note.kind == "decision"
    assert "wasn't approved" in selectors.notification_text(note)
    assert listed(member) == []


def test_an_unknown_decision_is_refused(community, public, member):
    opening = community.start(member, public)
    with pytest.raises(ValidationError):
        services.notify_post_decision(post_id=opening.pk, decision="maybe")


def test_bookmarks_toggle_and_disappear_when_the_post_is_hidden(
    community, public, member, other
):
    opening = community.start(other, public)
    reply = community.reply(other, opening.thread)
    assert services.bookmark_toggle(actor=member, post_id=reply.pk) is True
    assert services.bookmark_toggle(actor=member, thread_id=opening.thread_id) is True
    assert len(selectors.saved_items(member)) == 2
    community.transition(reply, PostStatus.HIDDEN)
    assert [b.thread_id for b in selectors.saved_items(member)] == [opening.thread_id]
    assert services.bookmark_toggle(actor=member, thread_id=opening.thread_id) is False
    with pytest.raises(NotFound):
        services.bookmark_toggle(actor=member, post_id=reply.pk)


def test_reactions_can_never_be_set_to_email_straight_away(member):
    with pytest.raises(ValidationError):
        services.preferences_set(
            actor=member, choices={NotificationKind.REACTION: "immediately"}
        )
    prefs = services.preferences_set(actor=member, choices={"reply": "never"})
    assert prefs["reply"] == "never" and prefs["mention"] == "immediately"


def test_taking_a_break_pauses_and_coming_back_resumes(member):
    services.break_start(actor=member, length="week")
    assert member.notifications_paused
    services.break_start(actor=member, length="indefinite")
    assert services.break_is_indefinite(member)
    services.break_end(actor=member)
    assert not member.notifications_paused
    with pytest.raises(ValidationError):
        services.break_start(actor=member, length="forever and ever")


def test_follow_levels_can_be_changed(community, public, member, other):
    opening = community.start(other, public)
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")
    services.follow_set(actor=member, thread_id=opening.thread_id, level="normal")
    assert (
        services.follow_level_for(member, thread=opening.thread) == FollowLevel.NORMAL
    )
    community.reply(other, opening.thread)
    assert listed(member) == []


def test_someone_newly_mentioned_in_an_edit_hears_about_it_once(
    community, public, member, other, outsider
):
    from community.services import posts as post_services

    opening = community.start(other, public)
    reply = community.reply(other, opening.thread, body="Hello all.")

    def edit(body):
        with community.capture(execute=True):
            edited = post_services.post_edit(actor=other, post_id=reply.pk, body=body)
        if edited.held:  # the sandbox looks at edits too; a moderator approves
            community.transition(reply, PostStatus.PUBLISHED)

    edit("Hello all, and @Hopeful Heron too.")
    assert [(n.kind, n.post_id) for n in listed(member)] == [("mention", reply.pk)]
    edit("Hello all, and @Hopeful Heron!")
    assert len(listed(member)) == 1
    assert listed(outsider) == []


def test_an_edit_published_straight_away_tells_the_newly_mentioned(
    community, public, member, moderator
):
    from community.services import posts as post_services

    opening = community.start(moderator, public, body="Welcome, everyone.")
    with community.capture(execute=True):
        edited = post_services.post_edit(
            actor=moderator, post_id=opening.pk, body="Welcome, @Hopeful Heron."
        )
    assert not edited.held
    assert [(n.kind, n.post_id) for n in listed(member)] == [("mention", opening.pk)]


def test_a_reaction_reported_through_effects_is_batched_for_the_author(
    community, public, member, other
):
    from community.services import effects

    opening = community.start(member, public)
    reaction_toggle(actor=other, post_id=opening.pk, kind="thinking")
    with community.capture(execute=True):
        effects.post_reacted(post=opening)
    [note] = listed(member)
    assert (note.kind, note.count, note.actor_id) == ("reaction", 1, other.pk)
