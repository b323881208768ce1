"""An editor writes a post in the Wagtail admin and submits it for review; a second
editor approves it; it appears on /blog/ and in the RSS feed."""

import datetime
import re
import time

import feedparser
import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from blog.models import BlogPage, Person
from tests.editorial.conftest import make_editor
from tests.editorial.conftest import tree as editorial_tree  # noqa: F401

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def sync_orm_beside_playwright(monkeypatch):
    """Playwright's sync API runs an event loop in this thread; the ORM calls this test
    makes between browser steps (and the fixtures before `page`) are synchronous."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _totp_code(secret: str, *, offset: int = 0) -> str:
    from allauth.mfa import app_settings

    counter = int(time.time()) // app_settings.TOTP_PERIOD + offset
    return format_hotp_value(hotp_value(secret, counter))


def _sign_in_with_two_factor(page, login, editor, *, offset: int = 0) -> None:
    """The real login form, then allauth's two-factor step with a freshly computed code."""
    login(page, editor.email)
    code = page.locator("input[name='code']")
    code.wait_for()
    # Each code works once; the two editors use different secrets, so no reuse.
    code.fill(_totp_code(editor.totp_secret, offset=offset))
    code.press("Enter")
    page.wait_for_load_state()
    assert "/2fa/" not in page.url, "the two-factor step should accept the code"


def _settle(page) -> None:
    """Let the admin's background requests (autosave, editing-session pings) finish, so
    they never race the next step on SQLite's single-writer test database."""
    page.wait_for_load_state("networkidle")


def _sign_out(page) -> None:
    _settle(page)
    page.goto("about:blank")
    page.context.clear_cookies()


def test_an_editor_writes_a_post_a_second_editor_approves_it_and_readers_see_it(
    django_db_setup,
    sync_orm_beside_playwright,
    page,
    login,
    live_server,
    editorial_tree,  # noqa: F811 — the editorial page tree fixture
    settings,
):
    tree = editorial_tree
    # Autosave and "who else is editing" pings are not part of this story; on SQLite's
    # in-memory test database (one connection shared with the live server's threads)
    # their background writes would race the requests that are.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10 * 60 * 1000
    page.route(
        "**/admin/editing-sessions/release/**", lambda route: route.fulfill(status=200)
    )
    writer = make_editor(display_name="Writer Willow")
    approver = make_editor(display_name="Reviewer Rowan")
    Person.objects.create(name="Jess Morgan", role="Children's cancer nurse specialist")
    page.set_viewport_size(DESKTOP)

    # 1. The writer drafts a post in the admin and submits it to the workflow.
    _sign_in_with_two_factor(page, login, writer)
    page.goto(f"/admin/pages/add/blog/blogpage/{tree.blog.pk}/")
    page.locator("#id_title").fill("Small comforts on the ward")
    page.locator("#id_intro").fill(
        "Families share the little things that made long days easier."
    )
    # The author: Wagtail's snippet chooser, in a modal.
    page.get_by_role("button", name="Choose person").first.click()
    page.get_by_role("link", name="Jess Morgan").click()
    page.get_by_text("Jess Morgan").first.wait_for()
    # The body: a quote block (a plain text area).
    page.locator(
        "[data-streamfield-stream-container] button[title='Insert a block']"
    ).first.click()
    page.get_by_role("option", name="Quote").first.click()
    quote = page.locator("textarea[name='body-0-value-quote']")
    quote.fill("A blanket from home and a night light helped us.")
    page.locator("input[name='body-0-value-attribution']").fill("A mum on the ward")
    # Submit for review (the action menu's workflow action).
    _settle(page)
    page.locator(
        "footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']"
    ).first.click()
    with page.expect_navigation():
        page.get_by_role(
            "button", name=re.compile("Submit to Blog posts", re.I)
        ).click()
    post = BlogPage.objects.get(title="Small comforts on the ward")
    assert not post.live
    assert post.current_workflow_state is not None
    assert "night light" in str(post.get_latest_revision_as_object().body)
    assert page.console_errors == []

    # Readers cannot see it yet.
    _sign_out(page)
    page.goto("/blog/")
    assert page.get_by_text("Small comforts on the ward").count() == 0

    # 2. A second editor approves it.
    _sign_in_with_two_factor(page, login, approver)
    page.goto(f"/admin/pages/{post.pk}/edit/")
    _settle(page)
    page.locator(
        "footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']"
    ).first.click()
    with page.expect_navigation():
        page.get_by_role(
            "button", name=re.compile("^Approve and publish$", re.I)
        ).first.click()
    post.refresh_from_db()
    assert post.live, "approval of the only task publishes the post"

    # 3. Readers see it on /blog/ and in the feed.
    _sign_out(page)
    page.goto("/blog/")
    link = page.get_by_role("link", name="Small comforts on the ward")
    assert link.is_visible()
    link.click()
    assert (
        page.get_by_role("heading", level=1).inner_text()
        == "Small comforts on the ward"
    )
    assert page.get_by_text("Jess Morgan").first.is_visible()

    feed = feedparser.parse(page.request.get(f"{live_server.url}/blog/feed/").body())
    titles = [entry.title for entry in feed.entries]
    assert titles[0] == "Small comforts on the ward"
    assert feed.entries[0].published_parsed[:3] == datetime.date.today().timetuple()[:3]
