"""Two-factor authentication: open to every member, required for staff in the admin."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret, hotp_value
from django.conf import settings

from accounts.roles import EDITOR, MODERATOR, role_grant
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _staff(role=MODERATOR):
    user = UserFactory()
    role_grant(user=user, role=role)
    return user


def _current_code(secret: str) -> str:
    import time

    counter = int(time.time()) // 30
    return f"{hotp_value(secret, counter):06d}"


def test_the_wagtail_admin_uses_the_site_sign_in_page(client):
    assert settings.WAGTAILADMIN_LOGIN_URL == "/accounts/login/"

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/admin/")


@pytest.mark.parametrize("role", [MODERATOR, EDITOR])
def test_staff_without_two_factor_are_sent_to_set_it_up_before_the_admin(client, role):
    client.force_login(_staff(role))

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/?next=/admin/pages/"


def test_staff_with_two_factor_can_open_the_admin(client):
    staff = _staff()
    TOTP.activate(staff, generate_totp_secret())
    client.force_login(staff)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert b"wagtail" in response.content.lower()


def _sign_in_and_confirm_password(client, user) -> None:
    """Sign in, then confirm the password as allauth asks before security changes."""
    response = client.post(
        "/accounts/login/", {"login": user.email, "password": "kindred-test-pw"}
    )
    assert response.status_code == 302, response.content
    response = client.post("/accounts/reauthenticate/", {"password": "kindred-test-pw"})
    assert response.status_code == 302, response.content


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/users/"])
def test_members_never_see_the_admin(client, path):
    client.force_login(UserFactory())

    response = client.get(path)

    assert response.status_code == 404
    assert b"wagtail" not in response.content.lower()


def test_every_member_can_set_up_two_factor_from_their_account(client):
    member = UserFactory()
    _sign_in_and_confirm_password(client, member)

    assert 'href="/accounts/2fa/"' in client.get("/accounts/").content.decode()
    assert client.get("/accounts/2fa/").status_code == 200
    page = client.get("/accounts/2fa/totp/activate/")

    assert page.status_code == 200
    assert b"<svg" in page.content or b"data:image/svg" in page.content


def test_activating_two_factor_with_a_correct_code_protects_the_account(client):
    member = UserFactory()
    _sign_in_and_confirm_password(client, member)
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session["mfa.totp.secret"]

    response = client.post(
        "/accounts/2fa/totp/activate/", {"code": _current_code(secret)}
    )

    assert response.status_code == 302
    assert Authenticator.objects.filter(
        user=member, type=Authenticator.Type.TOTP
    ).exists()


def test_signing_in_with_two_factor_asks_for_the_code(client):
    staff = _staff()
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)

    first = client.post(
        "/accounts/login/", {"login": staff.email, "password": "kindred-test-pw"}
    )
    assert first.status_code == 302
    assert first["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session

    second = client.post("/accounts/2fa/authenticate/", {"code": _current_code(secret)})

    assert second.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/admin/").status_code == 200


def test_the_admin_sign_in_form_cannot_skip_two_factor(client):
    staff = _staff()
    TOTP.activate(staff, generate_totp_secret())

    page = client.get("/admin/login/?next=/admin/pages/")
    posted = client.post(
        "/admin/login/", {"username": staff.email, "password": "kindred-test-pw"}
    )

    assert page.status_code == 302
    assert page["Location"] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert posted.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "path", ["/admin/password_reset/", "/admin/account/change_password/"]
)
def test_the_admin_has_no_password_forms_of_its_own(client, path):
    staff = _staff()
    TOTP.activate(staff, generate_totp_secret())
    client.force_login(staff)

    assert client.get(path).status_code == 404


def test_staff_sent_to_set_up_two_factor_are_told_why(client):
    staff = _staff()
    client.post(
        "/accounts/login/", {"login": staff.email, "password": "kindred-test-pw"}
    )

    to_setup = client.get("/admin/")
    confirm = client.get(to_setup["Location"], follow=True)

    assert "Because you help run Kindred" in confirm.content.decode()
    assert "Confirm Access" in confirm.content.decode()
