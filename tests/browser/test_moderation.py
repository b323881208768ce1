"""Moderation in a real browser: a newcomer's first post waits for a moderator, who
approves it in the Wagtail admin; a crisis post shows the author helplines at once and
alerts the moderators."""

import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core import mail

from accounts.roles import MODERATOR, role_grant
from community.models import Post, PostStatus, Visibility
from community.services import spaces
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def moderator(transactional_db):
    user = UserFactory(display_name="Moderator Maple", email="maple@example.org")
    role_grant(user=user, role=MODERATOR)
    TOTP.activate(user, SECRET)
    return user


@pytest.fixture
def space(transactional_db):
    return spaces.category_create(
        actor=None,
        system=True,
        name="Newly diagnosed",
        slug="newly-diagnosed",
        visibility=Visibility.PUBLIC,
        description="The first days and weeks.",
    )


def _totp_code() -> str:
    from allauth.mfa import app_settings

    return format_hotp_value(
        hotp_value(SECRET, int(time.time()) // app_settings.TOTP_PERIOD)
    )


def _start_thread(page, space, title, body):
    page.goto(f"/community/c/{space.slug}/")
    page.get_by_role("link", name="Start a conversation").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Your message").fill(body)
    page.get_by_role("button", name="Post").click()
    page.wait_for_load_state()


def test_a_newcomers_first_post_is_held_approved_in_the_admin_and_then_appears(
    page, login, space, moderator
):
    newcomer = UserFactory(display_name="New Newt")
    login(page, newcomer.email)
    _start_thread(
        page, space, "Diagnosed on Friday", "Where do we even start? Thank you."
    )
    assert (
        page.get_by_role("heading", level=1).inner_text().endswith("waiting for review")
    )
    post = Post.objects.get(thread__title="Diagnosed on Friday")
    assert post.status == PostStatus.PENDING

    # Nobody else can see it yet.
    page.context.clear_cookies()
    page.goto(f"/community/t/{post.thread_id}/")
    assert page.get_by_text("Where do we even start?").count() == 0
    page.console_errors.clear()  # that 404 was the point

    # The moderator signs in (with their second factor) and works the queue.
    page.set_viewport_size(DESKTOP)
    login(page, moderator.email)
    code = page.locator("input[name='code']")
    code.wait_for()
    code.fill(_totp_code())
    code.press("Enter")
    page.wait_for_load_state()
    page.goto("/admin/moderation/")
    page.get_by_role("link", name="Diagnosed on Friday").click()
    page.get_by_text("New member's post").wait_for()
    page.get_by_label("Decision").select_option("approve")
    page.get_by_role("button", name="Save decision").click()
    page.wait_for_load_state()
    page.get_by_text("Decision saved").wait_for()
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED

    # The author is told, and the post is there for everyone.
    page.context.clear_cookies()
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, newcomer.email)
    page.goto("/members/notifications/")
    assert page.get_by_text("Diagnosed on Friday").count() >= 1
    page.context.clear_cookies()
    page.goto(f"/community/t/{post.thread_id}/")
    page.get_by_text("Where do we even start?").wait_for()
    assert [e for e in page.console_errors if "favicon" not in e] == []


def test_a_crisis_post_shows_helplines_at_once_and_alerts_moderators(
    page, login, space, moderator
):
    mail.outbox.clear()
    newcomer = UserFactory(display_name="Night Owl")
    login(page, newcomer.email)
    _start_thread(
        page,
        space,
        "I can't do this",
        "Since the relapse I keep thinking about ending it all. I don't want to be alive.",
    )
    assert "/moderation/support/" in page.url
    page.get_by_role("heading", name="Talk to someone now").wait_for()
    assert page.locator("a[href^='tel:988']").count() >= 1
    assert (
        page.get_by_text(
            "A person from our moderation team will read it very soon"
        ).count()
        == 1
    )
    urgent = [m for m in mail.outbox if "URGENT" in m.subject]
    assert len(urgent) == 1 and urgent[0].to == ["maple@example.org"]
    assert [e for e in page.console_errors if "favicon" not in e] == []


def test_a_post_with_one_soft_crisis_cue_appears_and_shows_where_support_is(
    page, login, space, moderator
):
    from community.services import posts as post_services
    from community.services.transitions import post_transition
    from moderation.rules import SANDBOX_POSTS

    member = UserFactory(display_name="Quiet Heron")
    for i in range(SANDBOX_POSTS):
        posted = post_services.thread_create(
            actor=member, category=space.slug, title=f"Hello {i}", body=f"Hi all ({i})."
        )
        post_transition(
            actor=moderator, post_id=posted.post.pk, to_status=PostStatus.PUBLISHED
        )
    mail.outbox.clear()
    login(page, member.email)
    _start_thread(
        page,
        space,
        "Long week",
        "Honestly I can't see a way out of this anymore. Counts are low again.",
    )
    assert "/community/t/" in page.url
    page.get_by_text("can't see a way out of this anymore").wait_for()
    status = page.get_by_role("status")
    assert "Thank you for sharing this" in status.inner_text()
    status.get_by_role("link", name="people you can talk to now").click()
    page.get_by_role("heading", name="Talk to someone now").wait_for()
    assert not [m for m in mail.outbox if "URGENT" in m.subject]
    assert [e for e in page.console_errors if "favicon" not in e] == []
