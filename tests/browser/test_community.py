"""The community in a real browser: starting a thread as a newcomer, replying and
reacting as a member, content warnings, and injection payloads that must not run."""

import pytest
from playwright.sync_api import expect

from accounts.roles import MODERATOR, role_grant
from community.models import PostStatus, Visibility
from community.services import posts as post_services
from community.services import spaces
from community.services.transitions import post_transition
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def moderator(transactional_db):
    user = UserFactory(display_name="Moderator Maple")
    role_grant(user=user, role=MODERATOR)
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


def _published_thread(moderator, author, space, **kwargs):
    posted = post_services.thread_create(
        actor=author, category=space.slug, rate_limit=False, **kwargs
    )
    if posted.post.status == PostStatus.PENDING:
        post_transition(
            actor=moderator, post_id=posted.post.pk, to_status=PostStatus.PUBLISHED
        )
    return posted.post.thread


def test_a_newcomer_starts_a_thread_and_sees_it_awaits_review(page, login, space):
    newcomer = UserFactory(display_name="New Newt")
    login(page, newcomer.email)
    page.goto(f"/community/c/{space.slug}/")
    page.get_by_role("link", name="Start a conversation").click()
    page.get_by_label("Title").fill("Diagnosed on Friday")
    page.get_by_label("Your message").fill(
        "Where do we even start? Thank you for reading."
    )
    page.get_by_role("button", name="Post").click()
    page.wait_for_load_state()
    assert (
        page.get_by_role("heading", level=1).inner_text().endswith("waiting for review")
    )
    assert page.console_errors == []


def test_a_member_replies_and_reacts(page, login, space, moderator):
    author = UserFactory(display_name="Steady Otter")
    thread = _published_thread(
        moderator,
        author,
        space,
        title="Port flush tomorrow",
        body="Any tips for a calm morning?",
    )
    member = UserFactory(display_name="Quiet Wren")
    # The member's earlier posts were approved, so this reply is published at once.
    for i in range(3):
        _published_thread(
            moderator, member, space, title=f"Hello {i}", body="Hello all"
        )
    login(page, member.email)
    page.goto(f"/community/t/{thread.pk}/")
    page.get_by_label("Your reply").fill("Numbing cream an hour before helped us.")
    page.get_by_role("button", name="Post reply").click()
    page.wait_for_load_state()
    reply = page.locator("#post-2")
    assert "Numbing cream" in reply.inner_text()
    opening = page.locator("#post-1")
    opening.get_by_role("button", name="Sending love").click()
    button = page.locator("#post-1").get_by_role("button", name="Sending love")
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#community-live")).to_have_text("You reacted: Sending love")
    page.reload()
    button = page.locator("#post-1").get_by_role("button", name="Sending love")
    expect(button).to_have_attribute("aria-pressed", "true")
    assert page.console_errors == []


def test_a_post_with_a_content_warning_is_collapsed_until_opened(
    page, space, moderator
):
    author = UserFactory(display_name="Lark's Mum")
    thread = _published_thread(
        moderator,
        author,
        space,
        title="The first birthday without her",
        body="We let off lanterns at the beach.",
        content_warning="loss",
    )
    page.goto(f"/community/t/{thread.pk}/")
    body = page.get_by_text("We let off lanterns at the beach.")
    assert not body.is_visible()
    page.get_by_text("Content warning: Loss and grief").click()
    assert body.is_visible()
    assert page.console_errors == []


def test_injection_payloads_never_run_in_the_browser(page, space, moderator):
    from tests.community.test_xss import PAYLOADS

    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    author = UserFactory(display_name="<img src=x onerror=alert(7)>")
    for payload in PAYLOADS[:12]:
        thread = _published_thread(
            moderator, author, space, title=payload[:150], body=payload
        )
    page.goto(f"/community/t/{thread.pk}/")
    page.goto(f"/community/c/{space.slug}/")
    page.wait_for_timeout(300)
    assert dialogs == []


def _serve_media(page):
    """Production's web server serves uploads; the test server (DEBUG off) does not."""
    from pathlib import Path

    from django.conf import settings

    root = Path(settings.MEDIA_ROOT).resolve()

    def handle(route):
        relative = route.request.url.split(settings.MEDIA_URL, 1)[1]
        path = (root / relative).resolve()
        if root in path.parents and path.is_file():
            route.fulfill(path=str(path))
        else:
            route.fulfill(status=404)

    page.route(f"**{settings.MEDIA_URL}**", handle)


def _jpeg(name, color="teal", size=(64, 48)):
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="JPEG")
    return {"name": name, "mimeType": "image/jpeg", "buffer": buf.getvalue()}


def test_a_member_attaches_two_photos_and_sees_both_in_the_post(
    page, login, space, moderator
):
    author = UserFactory(display_name="Brave Heron")
    thread = _published_thread(
        moderator, author, space, title="Ward views", body="Share yours?"
    )
    member = UserFactory(display_name="Sunny Finch")
    for i in range(3):
        _published_thread(moderator, member, space, title=f"Hi {i}", body="Hello")
    _serve_media(page)
    login(page, member.email)
    page.goto(f"/community/t/{thread.pk}/")
    photos = page.get_by_label("Add photos (optional)")
    expect(photos).to_have_attribute("multiple", "")
    expect(photos).to_have_accessible_description(
        "Up to 4 photos, 8 MB each: JPEG, PNG, GIF or WebP. Location data is removed."
    )
    page.get_by_label("Your reply").fill("The sunrise from bay 4, and the garden.")
    photos.set_input_files(
        [_jpeg("sunrise.jpg", "orange"), _jpeg("garden.jpg", "green", (48, 64))]
    )
    page.get_by_role("button", name="Post reply").click()
    page.wait_for_load_state()
    reply = page.locator("#post-2")
    expect(reply).to_contain_text("The sunrise from bay 4")
    first = reply.get_by_role("img", name="Photo 1 of 2 shared with this post")
    second = reply.get_by_role("img", name="Photo 2 of 2 shared with this post")
    expect(first).to_be_visible()
    expect(second).to_be_visible()
    # Both really load (re-encoded copies, not the files as sent).
    for img in (first, second):
        img.scroll_into_view_if_needed()
        page.wait_for_function(
            "el => el.complete && el.naturalWidth > 0", arg=img.element_handle()
        )
    assert page.console_errors == []


def test_choosing_too_many_photos_is_explained_before_anything_is_sent(
    page, login, space
):
    member = UserFactory(display_name="Patient Plover")
    login(page, member.email)
    page.goto(f"/community/c/{space.slug}/new/")
    page.get_by_label("Title").fill("Five pictures")
    page.get_by_label("Your message").fill("I hope these are not too many.")
    photos = page.get_by_label("Add photos (optional)")
    photos.set_input_files([_jpeg(f"p{i}.jpg") for i in range(5)])
    message = "You chose 5 photos; a post can have up to 4. Please choose again."
    expect(page.get_by_text(message)).to_be_visible()
    expect(photos).to_have_attribute("aria-invalid", "true")
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    page.get_by_role("button", name="Post").click()
    expect(photos).to_be_focused()
    page.wait_for_timeout(300)  # time for a submission to start, if one would
    assert posts == []  # nothing was sent: still the form, with the words in it
    expect(page.get_by_label("Your message")).to_have_value(
        "I hope these are not too many."
    )
    photos.set_input_files([_jpeg("p1.jpg"), _jpeg("p2.jpg")])
    expect(page.get_by_text(message)).to_have_count(0)
    page.get_by_role("button", name="Post").click()
    page.wait_for_load_state()
    assert len(posts) == 1
    assert (
        page.get_by_role("heading", level=1).inner_text().endswith("waiting for review")
    )
    assert page.console_errors == []


def test_a_moderator_makes_a_space_members_only_in_the_admin(
    page, login, space, moderator
):
    from allauth.mfa.totp.internal.auth import TOTP

    from tests.browser.test_moderation import SECRET, _totp_code

    author = UserFactory(display_name="Early Lark")
    thread = _published_thread(
        moderator, author, space, title="First week at home", body="Tips welcome."
    )
    page.goto(f"/community/t/{thread.pk}/")
    page.get_by_text("Tips welcome.").wait_for()

    TOTP.activate(moderator, SECRET)
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, moderator.email)
    code = page.locator("input[name='code']")
    code.fill(_totp_code())
    code.press("Enter")
    page.wait_for_load_state()
    page.goto("/admin/community/spaces/")
    expect(page.get_by_role("heading", name="Community spaces")).to_be_visible()
    page.get_by_role("link", name="Newly diagnosed").click()
    page.get_by_label("Members: signed-in members can read").check()
    page.get_by_label("Description").fill("For the first days and weeks.")
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_load_state()
    expect(page.get_by_text("Changes to “Newly diagnosed” are saved.")).to_be_visible()
    row = page.get_by_role("row", name="Newly diagnosed")
    expect(row).to_contain_text("Members: signed-in members can read")

    page.context.clear_cookies()
    response = page.goto(f"/community/t/{thread.pk}/")
    assert response.status == 404
    assert page.get_by_text("Tips welcome.").count() == 0
    page.console_errors.clear()  # that 404 was the point
