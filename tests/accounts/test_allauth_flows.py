"""Sign-up, sign-in, password reset, email change and rate limits through allauth."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache

from accounts.models import GuidelinesVersion, User
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "newcomer@example.org",
    "display_name": "Brave Robin",
    "family_role": "parent",
    "age_confirmed": "on",
    "accept_guidelines": "on",
    "password1": "a-long-kind-passphrase",
    "password2": "a-long-kind-passphrase",
}


def _link_in(message) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def guidelines_v2():
    GuidelinesVersion.objects.create(version=1, summary="First.")
    return GuidelinesVersion.objects.create(version=2, summary="Second.")


def test_signing_up_sends_a_verification_email_whose_link_signs_you_in(
    client, guidelines_v2
):
    response = client.post("/accounts/signup/", SIGNUP)

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session  # not until the email is verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["newcomer@example.org"]
    assert mail.outbox[0].subject.startswith("[Kindred] ")
    assert "Welcome to Kindred" in mail.outbox[0].body
    assert "only ever see your display name" in mail.outbox[0].body

    link = _link_in(mail.outbox[0])
    assert (
        client.get(link).status_code == 200
    )  # a confirm button, not a GET side effect
    confirmed = client.post(link)

    assert confirmed.status_code == 302
    user = User.objects.get(email="newcomer@example.org")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert EmailAddress.objects.get(user=user).verified
    assert user.display_name == "Brave Robin"
    assert user.family_role == "parent"
    assert user.age_confirmed_at is not None
    assert user.accepted_guidelines_version == 2


def test_an_unverified_member_cannot_sign_in_until_they_verify(client):
    client.post("/accounts/signup/", SIGNUP)
    client.logout()
    mail.outbox.clear()

    response = client.post(
        "/accounts/login/",
        {"login": SIGNUP["email"], "password": SIGNUP["password1"]},
    )

    assert "_auth_user_id" not in client.session
    assert response.status_code == 302
    assert len(mail.outbox) == 1  # the verification email is sent again


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("accept_guidelines", "Please read and accept the community guidelines"),
        ("age_confirmed", "Kindred is for people aged 16 and over."),
    ],
)
def test_sign_up_explains_what_is_missing_and_keeps_what_was_typed(
    client, missing, message
):
    data = {k: v for k, v in SIGNUP.items() if k != missing}

    response = client.post("/accounts/signup/", data)

    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert 'value="newcomer@example.org"' in content
    assert 'value="Brave Robin"' in content
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_sign_up_links_to_the_full_guidelines(client):
    content = client.get("/accounts/signup/").content.decode()
    assert 'href="/community-guidelines/"' in content
    assert "I have read and accept the community guidelines" in content


def test_a_display_name_already_in_use_is_refused_kindly(client):
    UserFactory(display_name="Brave Robin")
    response = client.post("/accounts/signup/", SIGNUP)
    assert "Someone is already using that name" in response.content.decode()


def test_signing_in_and_out_with_email_and_password(client):
    member = UserFactory(email="sam@example.org")

    response = client.post(
        "/accounts/login/", {"login": "sam@example.org", "password": "kindred-test-pw"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)

    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_gets_a_clear_error_and_keeps_the_email(client):
    UserFactory(email="sam@example.org")

    response = client.post(
        "/accounts/login/", {"login": "sam@example.org", "password": "wrong"}
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "don&#x27;t match an account" in content
    assert 'value="sam@example.org"' in content
    assert 'role="alert"' in content


def test_the_login_form_says_email_and_sign_in(client):
    content = client.get("/accounts/login/").content.decode()
    assert '<label for="id_login">Email</label>' in content
    assert "Sign In" in content


def test_password_reset_by_email_lets_you_choose_a_new_password(client):
    member = UserFactory(email="sam@example.org")

    client.post("/accounts/password/reset/", {"email": "sam@example.org"})
    assert len(mail.outbox) == 1
    link = _link_in(mail.outbox[0])
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"},
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("a-brand-new-passphrase")


def test_password_reset_does_not_reveal_whether_an_email_has_an_account(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"


def test_changing_email_sends_a_verification_to_the_new_address(client):
    member = UserFactory(email="sam@example.org")
    client.force_login(member)

    response = client.post(
        "/accounts/email/", {"action_add": "", "email": "sam.new@example.org"}
    )

    assert response.status_code == 302
    assert mail.outbox[-1].to == ["sam.new@example.org"]
    assert EmailAddress.objects.filter(
        user=member, email="sam.new@example.org", verified=False
    ).exists()
    member.refresh_from_db()
    assert member.email == "sam@example.org"  # only once the new one is verified


def test_rate_limits_answer_too_many_sign_in_attempts_with_a_kind_429(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    cache.clear()
    UserFactory(email="sam@example.org")
    attempt = {"login": "sam@example.org", "password": "wrong"}
    try:
        statuses = [
            client.post("/accounts/login/", attempt).status_code for _ in range(3)
        ]
        response = client.post("/accounts/login/", attempt)
    finally:
        cache.clear()

    assert statuses == [200, 200, 200]
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    content = response.content.decode()
    assert "Please wait a moment" in content
    assert "Nothing is wrong with your account" in content
    assert 'href="/need-help-now/"' in content


def test_repeated_failed_sign_ins_to_one_account_pause_it_with_a_kind_message(
    client, settings
):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,2/5m/key"}
    cache.clear()
    member = UserFactory(email="sam@example.org")
    try:
        for _ in range(2):
            client.post(
                "/accounts/login/", {"login": "sam@example.org", "password": "wrong"}
            )
        response = client.post(
            "/accounts/login/",
            {"login": "sam@example.org", "password": "kindred-test-pw"},
        )
    finally:
        cache.clear()

    assert "paused sign-in for a few minutes" in response.content.decode()
    assert client.session.get("_auth_user_id") != str(member.pk)


def test_base_settings_rate_limit_every_account_action():
    from config.settings import base

    assert set(base.ACCOUNT_RATE_LIMITS) >= {
        "login",
        "login_failed",
        "signup",
        "confirm_email",
        "reset_password",
        "change_email",
        "change_password",
    }


def test_the_account_hub_links_every_account_page(client):
    client.force_login(UserFactory())

    content = client.get("/accounts/").content.decode()

    for url in (
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/2fa/",
        "/accounts/guidelines/",
    ):
        assert f'href="{url}"' in content
