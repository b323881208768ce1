"""Accounts in a real browser: sign up, verify by email, sign in, accept guidelines."""

import re

import pytest
from django.core import mail

from accounts.models import GuidelinesVersion, User
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.browser


def _link_in(message) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def test_a_newcomer_signs_up_verifies_their_email_and_lands_signed_in(page):
    GuidelinesVersion.objects.create(version=1, summary="Be kind.")
    mail.outbox.clear()

    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("newcomer@example.org")
    page.get_by_label("Display name").fill("Brave Robin")
    page.get_by_label("Which describes you best?").select_option("sibling")
    page.get_by_label("I am 16 or older").check()
    page.get_by_label("I have read and accept the community guidelines").check()
    page.get_by_label("Password", exact=True).fill("a-long-kind-passphrase")
    page.get_by_label("Password (again)").fill("a-long-kind-passphrase")
    page.get_by_role("button", name="Sign Up").click()

    page.get_by_role("heading", name="Verify Your Email Address").wait_for()
    assert len(mail.outbox) == 1
    page.goto(_link_in(mail.outbox[0]))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()

    menu = page.get_by_role("button", name="Menu")
    if menu.is_visible():
        menu.click()
    assert page.get_by_role("link", name="Your account").is_visible()
    assert page.get_by_role("button", name="Sign out").is_visible()
    page.goto("/accounts/")
    assert page.get_by_text("Signed in as Brave Robin.").is_visible()
    user = User.objects.get(email="newcomer@example.org")
    assert user.family_role == "sibling"
    assert user.accepted_guidelines_version == 1
    assert page.console_errors == []


def test_sign_up_keeps_what_was_typed_when_something_is_missing(page):
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("newcomer@example.org")
    page.get_by_label("Display name").fill("Brave Robin")
    page.get_by_label("I am 16 or older").check()
    page.get_by_label("Password", exact=True).fill("a-long-kind-passphrase")
    page.get_by_label("Password (again)").fill("a-long-kind-passphrase")
    # The browser's own check would stop the form; the server's message must be kind.
    page.evaluate("document.querySelector('form.account-form').noValidate = true")
    page.get_by_role("button", name="Sign Up").click()

    assert page.get_by_text("Please read and accept the community guidelines").count()
    assert page.get_by_label("Email").input_value() == "newcomer@example.org"
    assert page.get_by_label("Display name").input_value() == "Brave Robin"
    assert not User.objects.filter(email="newcomer@example.org").exists()


def test_a_member_signs_in_and_accepts_changed_guidelines(page, login):
    GuidelinesVersion.objects.create(version=1, summary="Be kind.")
    GuidelinesVersion.objects.create(version=2, summary="Use content warnings.")
    member = UserFactory(email="sam@example.org", accepted_guidelines_version=1)

    login(page, "sam@example.org")
    page.goto("/accounts/guidelines/?next=/accounts/")
    assert page.get_by_text("Use content warnings.").is_visible()
    page.get_by_label("I have read and accept the community guidelines").check()
    page.get_by_role("button", name="I accept").click()
    page.wait_for_url("**/accounts/")

    assert page.get_by_text("Thank you for accepting the guidelines.").is_visible()
    member.refresh_from_db()
    assert member.accepted_guidelines_version == 2
    assert page.console_errors == []


@pytest.mark.parametrize(
    "path", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
)
def test_account_pages_label_every_control_and_fit_a_small_phone(page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)

    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll(
                'main input:not([type=hidden]), main select, main textarea')]
            .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label'))
            .map(el => el.name)"""
    )
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - window.innerWidth"
    )

    assert unlabelled == []
    assert overflow <= 0
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.console_errors == []


def test_a_moderator_sets_up_two_factor_before_the_admin_opens(page, login):
    import time

    from allauth.mfa.totp.internal.auth import hotp_value

    from accounts.roles import MODERATOR, role_grant

    moderator = UserFactory(email="maple@example.org")
    role_grant(user=moderator, role=MODERATOR)

    login(page, "maple@example.org")
    page.goto("/admin/")
    assert page.get_by_text("Because you help run Kindred").is_visible()
    page.get_by_label("Password").fill("kindred-test-pw")
    page.get_by_role("button", name="Confirm").click()

    secret = page.get_by_label("Authenticator secret").input_value()
    code = f"{hotp_value(secret, int(time.time()) // 30):06d}"
    page.get_by_label("Authenticator code").fill(code)
    page.get_by_role("button", name="Activate").click()
    page.wait_for_load_state()
    page.goto("/admin/")

    assert "/admin/" in page.url
    assert page.locator("#wagtail").count() + page.locator(".w-sidebar").count() > 0
    assert page.console_errors == []
