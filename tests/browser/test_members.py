"""Notifications in a real browser: a member replies in a watched conversation, the
other member sees the bell's count go up and opens the notification."""

import re

import pytest

from accounts.roles import MODERATOR, role_grant
from community.models import PostStatus, Visibility
from community.services import posts as post_services
from community.services import spaces
from community.services.transitions import post_transition
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.browser


def _published(moderator, posted):
    if posted.post.status == PostStatus.PENDING:
        post_transition(
            actor=moderator, post_id=posted.post.pk, to_status=PostStatus.PUBLISHED
        )
    return posted.post


def _trusted(moderator, space, display_name):
    """A member whose first posts the moderator approved, so they post straight away."""
    user = UserFactory(display_name=display_name)
    for i in range(10):
        posted = post_services.thread_create(
            actor=user,
            category=space.slug,
            title=f"Hello from me {i}",
            body="Thank you for having me here.",
            rate_limit=False,
        )
        if posted.post.status == PostStatus.PUBLISHED:
            return user
        _published(moderator, posted)
    raise AssertionError("the sandbox never let this member through")


def _bell(page):
    return page.locator("[data-members-bell]")


def test_a_reply_in_a_watched_thread_lights_up_the_bell_and_opens(
    page, login, browser, live_server, settings
):
    settings.MEMBERS_BELL_POLL_SECONDS = 1
    moderator = UserFactory(display_name="Moderator Maple")
    role_grant(user=moderator, role=MODERATOR)
    space = spaces.category_create(
        actor=None,
        system=True,
        name="Newly diagnosed",
        slug="newly-diagnosed",
        visibility=Visibility.PUBLIC,
    )
    watcher = UserFactory(display_name="Hopeful Heron")
    opening = _published(
        moderator,
        post_services.thread_create(
            actor=watcher,
            category=space.slug,
            title="First week on the ward",
            body="How did you all cope with the first week?",
            rate_limit=False,
        ),
    )
    replier = _trusted(moderator, space, "Kind Kestrel")

    login(page, watcher.email)
    page.goto("/community/")
    assert _bell(page).count() == 1
    assert re.fullmatch(r"\W*Notifications", _bell(page).inner_text().strip())

    other = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}
    )
    try:
        replier_page = other.new_page()
        login(replier_page, replier.email)
        replier_page.goto(f"/community/t/{opening.thread_id}/")
        replier_page.get_by_label("Your reply").fill(
            "We wrote every question down for ward rounds. It helped."
        )
        replier_page.get_by_role("button", name="Post reply").click()
        replier_page.wait_for_load_state()
    finally:
        other.close()

    # The open page notices without a reload, and tells screen readers politely.
    bell = _bell(page)
    bell.locator(".members-bell__count").wait_for(state="attached", timeout=15_000)
    assert bell.locator(".members-bell__count").inner_text() == "1"
    assert page.locator("#members-bell-live").inner_text() == (
        "You have 1 unread notification"
    )
    page.reload()
    assert bell.locator(".members-bell__count").inner_text() == "1"
    assert "1 unread" in bell.inner_text()
    page.get_by_role("button", name="Menu").click()
    bell.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="Notifications").is_visible()
    note = page.get_by_role("link", name=re.compile("Kind Kestrel replied in"))
    note.click()
    page.wait_for_load_state()
    assert f"/community/t/{opening.thread_id}/" in page.url
    assert re.search(r"#post-\d+$", page.url)
    assert page.get_by_text("We wrote every question down").is_visible()
    # Opened means read: the bell is quiet again.
    assert _bell(page).locator(".members-bell__count").count() == 0
    assert page.console_errors == []


UNLABELLED_CONTROLS = """
() => [...document.querySelectorAll('main input, main select, main textarea')]
  .filter(el => el.type !== 'hidden')
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
  .map(el => el.name || el.id)
"""


@pytest.mark.parametrize(
    "path",
    [
        "/members/notifications/",
        "/members/saved/",
        "/members/following/",
        "/members/settings/",
        "/members/settings/notifications/",
        "/members/settings/break/",
        "/members/settings/data/",
        "/members/settings/delete/",
    ],
)
def test_members_pages_are_labelled_and_fit_a_small_phone(page, login, path):
    member = UserFactory(display_name="Hopeful Heron")
    page.set_viewport_size({"width": 320, "height": 640})
    login(page, member.email)
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert page.evaluate(UNLABELLED_CONTROLS) == []
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert page.console_errors == []


def test_a_member_follows_a_thread_and_saves_a_post_from_the_thread_page(page, login):
    moderator = UserFactory(display_name="Moderator Maple")
    role_grant(user=moderator, role=MODERATOR)
    space = spaces.category_create(
        actor=None,
        system=True,
        name="Treatment days",
        slug="treatment-days",
        visibility=Visibility.PUBLIC,
    )
    author = _trusted(moderator, space, "Kind Kestrel")
    opening = post_services.thread_create(
        actor=author,
        category=space.slug,
        title="Port flush tips",
        body="What helps on port flush day?",
        rate_limit=False,
    ).post
    reply = post_services.post_create(
        actor=author,
        thread_id=opening.thread_id,
        body="Numbing cream an hour before made all the difference.",
        rate_limit=False,
    ).post
    member = UserFactory(display_name="Hopeful Heron")

    login(page, member.email)
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(f"/community/t/{opening.thread_id}/")
    follow = page.get_by_label("Notifications for this conversation")
    assert follow.input_value() == "normal"
    follow.select_option("watching")
    page.locator("form.members-follow").get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_label("Notifications for this conversation").input_value() == (
        "watching"
    )

    saved = page.locator(f"#post-{reply.position}").get_by_role(
        "button", name="Save this post"
    )
    assert saved.get_attribute("aria-pressed") == "false"
    saved.click()
    page.wait_for_load_state()
    button = page.locator(f"#post-{reply.position}").get_by_role(
        "button", name="Saved this post"
    )
    assert button.get_attribute("aria-pressed") == "true"
    assert page.get_by_text("Saved for later.").is_visible()
    # Nothing spills sideways on a small phone.
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )

    page.goto("/members/saved/")
    assert page.get_by_role("link", name="A post in “Port flush tips”").is_visible()
    assert page.console_errors == []
