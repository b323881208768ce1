"""Moderation fixtures: members in every role, reached through the real services."""

import pytest
from allauth.mfa.models import Authenticator

from accounts.roles import EDITOR, MODERATOR, role_grant
from community.models import PostStatus, Visibility
from community.services import posts as post_services
from community.services import spaces
from community.services.transitions import post_transition
from moderation.rules import SANDBOX_POSTS
from tests.factories.accounts import UserFactory


def with_totp(user):
    """Staff need MFA to open /admin/ (accounts.middleware): give them a TOTP device."""
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


@pytest.fixture(autouse=True)
def generous_rate_limits(monkeypatch):
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 1000)
    monkeypatch.setattr(post_services, "RATE_PER_HOUR", 1000)


@pytest.fixture
def moderator(db):
    user = UserFactory(display_name="Moderator Maple", email="maple@example.org")
    role_grant(user=user, role=MODERATOR)
    return with_totp(user)


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Editor Elm")
    role_grant(user=user, role=EDITOR)
    return with_totp(user)


@pytest.fixture
def admin_user(db):
    user = UserFactory(display_name="Admin Ash", is_superuser=True, is_staff=True)
    return with_totp(user)


@pytest.fixture
def category(db):
    return spaces.category_create(
        actor=None,
        system=True,
        name="Treatment and side effects",
        slug="treatment",
        visibility=Visibility.MEMBERS,
        description="Treatment talk.",
    )


@pytest.fixture
def other_category(db):
    return spaces.category_create(
        actor=None,
        system=True,
        name="Siblings",
        slug="siblings",
        visibility=Visibility.MEMBERS,
        description="For brothers and sisters.",
    )


@pytest.fixture
def other_category_moderator(db, other_category):
    """A category moderator, but of another category."""
    user = UserFactory(display_name="Category Cedar")
    other_category.moderators.add(user)
    return user


@pytest.fixture
def newcomer(db):
    return UserFactory(display_name="New Newt")


@pytest.fixture
def member(db):
    return UserFactory(display_name="Member Moss")


def hold_new_threads(category, n: int) -> None:
    """`n` threads by `n` newcomers, each held for review (their first post)."""
    for i in range(n):
        post_services.thread_create(
            actor=UserFactory(),
            category=category.slug,
            title=f"Thread {i}",
            body=f"Body {i}",
        )


def approve(moderator, post):
    return post_transition(
        actor=moderator, post_id=post.pk, to_status=PostStatus.PUBLISHED
    )


@pytest.fixture
def make_trusted(moderator, category):
    """A member whose sandbox posts have been approved, so they post straight away."""

    def _make(**kwargs):
        user = UserFactory(**kwargs)
        for i in range(SANDBOX_POSTS):
            posted = post_services.thread_create(
                actor=user,
                category=category.slug,
                title=f"Introducing myself {i}",
                body=f"Hello everyone, thank you for having me ({i}).",
            )
            approve(moderator, posted.post)
        return user

    return _make


@pytest.fixture
def trusted(make_trusted):
    return make_trusted(display_name="Trusted Tern")


@pytest.fixture
def published_post(trusted, category):
    posted = post_services.thread_create(
        actor=trusted,
        category=category.slug,
        title="Scan day",
        body="Scan results are tomorrow and we are all on edge.",
    )
    assert not posted.held
    return posted.post


@pytest.fixture
def held_post(newcomer, category):
    posted = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="Hello from a new family",
        body="Our daughter was diagnosed last week. We are so lost.",
    )
    assert posted.held
    return posted.post
