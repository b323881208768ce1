"""A reaction reaches the post's author through community's reaction service itself
(effects.post_reacted in its transaction), not only through the beat's batch."""

import pytest

from community.models import PostStatus
from community.services.reactions import reaction_toggle
from members import selectors
from members.models import Notification

pytestmark = pytest.mark.django_db


def reaction_notes(user):
    return list(Notification.objects.filter(recipient=user, kind="reaction"))


def test_reacting_to_a_post_tells_its_author_without_waiting_for_the_beat(
    community, public, member, other
):
    opening = community.start(member, public)
    with community.capture(execute=True):
        assert reaction_toggle(actor=other, post_id=opening.pk, kind="hugs") is True
    [note] = reaction_notes(member)
    assert (note.post_id, note.count, note.actor_id) == (opening.pk, 1, other.pk)
    assert [n.pk for n in selectors.visible_notifications(member)] == [note.pk]


def test_a_second_persons_reaction_updates_the_same_quiet_notification(
    community, public, member, other, outsider
):
    opening = community.start(member, public)
    with community.capture(execute=True):
        reaction_toggle(actor=other, post_id=opening.pk, kind="hugs")
        reaction_toggle(actor=outsider, post_id=opening.pk, kind="love")
    [note] = reaction_notes(member)
    assert (note.count, note.actor_id) == (2, outsider.pk)


def test_taking_a_reaction_back_creates_no_notification(
    community, public, member, other
):
    opening = community.start(member, public)
    reaction_toggle(actor=other, post_id=opening.pk, kind="hugs")  # never committed
    with community.capture(execute=True):
        assert reaction_toggle(actor=other, post_id=opening.pk, kind="hugs") is False
    assert reaction_notes(member) == []


def test_reacting_to_your_own_post_tells_nobody(community, public, member):
    opening = community.start(member, public)
    with community.capture(execute=True):
        reaction_toggle(actor=member, post_id=opening.pk, kind="hugs")
    assert reaction_notes(member) == []


def test_a_reaction_to_a_post_hidden_before_the_batch_runs_notifies_no_one(
    community, public, member, other
):
    opening = community.start(other, public)
    reply = community.reply(member, opening.thread)
    with community.capture() as callbacks:
        reaction_toggle(actor=other, post_id=reply.pk, kind="hugs")
    assert callbacks, "the reaction should schedule the author's notification"
    # The whole conversation is hidden before the gathered notification goes out.
    community.transition(opening, PostStatus.HIDDEN)
    for callback in callbacks:
        callback()
    assert reaction_notes(member) == []
