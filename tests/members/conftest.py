"""Members fixtures: spaces of each visibility and posts reached through the real
community services (held posts approved by a real moderator), with after-commit work
(fan-out, emails) run as it would be in production."""

import pytest

from accounts.roles import MODERATOR, role_grant
from community.models import PostStatus
from community.services import posts as post_services
from community.services import spaces
from community.services.transitions import post_transition
from tests.factories.accounts import UserFactory


@pytest.fixture(autouse=True)
def generous_rate_limits(monkeypatch):
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 1000)
    monkeypatch.setattr(post_services, "RATE_PER_HOUR", 1000)


@pytest.fixture
def moderator(db):
    user = UserFactory(display_name="Moderator Maple")
    role_grant(user=user, role=MODERATOR)
    return user


class Community:
    """Post through the services; approve what the sandbox holds; run on_commit work."""

    def __init__(self, moderator, capture):
        self.moderator = moderator
        self.capture = capture

    def _published(self, posted):
        if posted.post.status == PostStatus.PENDING:
            self.transition(posted.post, PostStatus.PUBLISHED)
        posted.post.refresh_from_db()
        return posted.post

    def start(self, author, category, title="Our first week", body="It has been hard."):
        with self.capture(execute=True):
            posted = post_services.thread_create(
                actor=author, category=category.slug, title=title, body=body
            )
        return self._published(posted)

    def reply(self, author, thread, body="Thinking of you all."):
        with self.capture(execute=True):
            posted = post_services.post_create(
                actor=author, thread_id=thread.pk, body=body
            )
        return self._published(posted)

    def reply_held(self, author, thread, body="Thinking of you all."):
        """A reply left waiting for review (a moderator takes it back to pending is not
        possible, so we use a newcomer whose first posts the sandbox holds)."""
        with self.capture(execute=True):
            posted = post_services.post_create(
                actor=author, thread_id=thread.pk, body=body
            )
        assert posted.post.status == PostStatus.PENDING, (
            "expected the sandbox to hold it"
        )
        return posted.post

    def transition(self, post, to_status):
        with self.capture(execute=True):
            post_transition(actor=self.moderator, post_id=post.pk, to_status=to_status)
        post.refresh_from_db()
        return post


@pytest.fixture
def community(moderator, django_capture_on_commit_callbacks):
    return Community(moderator, django_capture_on_commit_callbacks)


@pytest.fixture
def member(db):
    return UserFactory(display_name="Hopeful Heron")


@pytest.fixture
def other(db):
    return UserFactory(display_name="Kind Kestrel")


@pytest.fixture
def outsider(db):
    return UserFactory(display_name="Outside Otter")


@pytest.fixture
def group_member(private, db):
    user = UserFactory(display_name="Group Gull")
    spaces.membership_add(actor=None, system=True, category=private, user=user)
    return user
