"""Community fixtures: spaces of each visibility and members in each role, all made
through the real services (the moderator approves what the sandbox holds)."""

import pytest

from accounts.roles import MODERATOR, role_grant
from community.models import PostStatus, Visibility
from community.services import posts as post_services
from community.services import spaces
from community.services.transitions import post_transition
from moderation.rules import SANDBOX_POSTS
from tests.factories.accounts import UserFactory


@pytest.fixture
def moderator(db):
    user = UserFactory(display_name="Moderator Maple")
    role_grant(user=user, role=MODERATOR)
    return user


@pytest.fixture
def categories(spaces_by_visibility):
    """The shared spaces of each visibility (tests/conftest.py)."""
    return spaces_by_visibility


def approve(moderator, posted):
    return post_transition(
        actor=moderator, post_id=posted.post.pk, to_status=PostStatus.PUBLISHED
    )


@pytest.fixture
def make_trusted(moderator, public):
    """A member whose sandbox posts have been approved, so they post straight away."""

    def _make(**kwargs):
        user = UserFactory(**kwargs)
        for i in range(SANDBOX_POSTS):
            posted = post_services.thread_create(
                actor=user,
                category=public.slug,
                title=f"Introducing myself {i}",
                body="Hello everyone, thank you for having me.",
            )
            if posted.held:
                approve(moderator, posted)
        return user

    return _make


@pytest.fixture
def trusted(make_trusted):
    return make_trusted(display_name="Trusted Tern")


@pytest.fixture
def newcomer(db):
    return UserFactory(display_name="New Newt")


@pytest.fixture
def outsider(db):
    return UserFactory(display_name="Outside Otter")


@pytest.fixture
def group_member(make_trusted, private, moderator):
    user = make_trusted(display_name="Group Gull")
    spaces.membership_add(actor=moderator, category=private, user=user)
    return user


@pytest.fixture
def thread_in(trusted, group_member, moderator):
    """Start a published thread in a category (as someone allowed to post there)."""

    def _thread(
        category, *, author=None, title="Our first week", body="It has been hard."
    ):
        author = author or (
            group_member if category.visibility == Visibility.PRIVATE else trusted
        )
        posted = post_services.thread_create(
            actor=author, category=category.slug, title=title, body=body
        )
        if posted.held:
            approve(moderator, posted)
        posted.post.refresh_from_db()
        posted.post.thread.refresh_from_db()
        return posted.post.thread

    return _thread


@pytest.fixture(autouse=True)
def generous_rate_limits(monkeypatch):
    """Fixtures post quickly; the rate-limit tests set the limits they exercise."""
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 1000)
    monkeypatch.setattr(post_services, "RATE_PER_HOUR", 1000)


@pytest.fixture
def screening_passes(monkeypatch):
    """For tests about layout or numbering, not moderation: screening lets posts through."""
    from moderation.screening import Screening

    monkeypatch.setattr(
        post_services, "screen_post", lambda **kw: Screening(body=kw["body"])
    )


@pytest.fixture
def person_in_role(db, public):
    """Someone in a role, for permission tables: "anonymous" (None), "member",
    "category_moderator" (of the public space only), "editor", "moderator", "admin".
    Staff get a TOTP device, as the admin asks of them (accounts.middleware)."""
    from accounts.roles import EDITOR
    from tests.moderation.conftest import with_totp

    def _make(role: str):
        if role == "anonymous":
            return None
        if role == "admin":
            return with_totp(
                UserFactory(display_name="Admin Ash", is_superuser=True, is_staff=True)
            )
        user = UserFactory(display_name=f"{role.replace('_', ' ').title()} Rowan")
        if role == "category_moderator":
            public.moderators.add(user)
        elif role in ("editor", "moderator"):
            role_grant(user=user, role=EDITOR if role == "editor" else MODERATOR)
            with_totp(user)
        return user

    return _make
