import pytest
from django.utils import timezone

from accounts.roles import MODERATOR, role_grant
from accounts.services import api_token_create
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_a_bearer_token_authenticates_an_api_request(client):
    member = UserFactory(display_name="Quiet Otter")
    role_grant(user=member, role=MODERATOR)
    _token, raw = api_token_create(user=member, name="phone")

    response = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {raw}"})

    assert response.status_code == 200
    assert response.json()["display_name"] == "Quiet Otter"
    assert response.json()["roles"] == ["member", "moderator"]


def test_a_revoked_token_gets_401(client):
    member = UserFactory()
    token, raw = api_token_create(user=member)
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])

    response = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {raw}"})

    assert response.status_code == 401
    assert response.json()["code"] == "not_signed_in"


@pytest.mark.parametrize("header", ["Bearer not-a-token", "Bearer ", "Basic abc"])
def test_an_invalid_token_gets_401(client, header):
    UserFactory()
    response = client.get("/api/v1/me/", headers={"Authorization": header})
    assert response.status_code == 401


def test_a_token_of_a_deactivated_account_gets_401(client):
    member = UserFactory()
    _token, raw = api_token_create(user=member)
    member.is_active = False
    member.save(update_fields=["is_active"])

    response = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {raw}"})

    assert response.status_code == 401


def test_a_token_is_not_accepted_outside_the_api(client):
    member = UserFactory()
    _token, raw = api_token_create(user=member)

    response = client.get("/accounts/", headers={"Authorization": f"Bearer {raw}"})

    assert response.status_code == 302  # sent to sign in, not signed in by the token


def test_the_session_works_for_the_me_endpoint_too(client):
    member = UserFactory(display_name="Gentle Wren")
    client.force_login(member)

    response = client.get("/api/v1/me/")

    assert response.json()["display_name"] == "Gentle Wren"
    assert response.json()["roles"] == ["member"]


def test_me_is_401_for_visitors(client):
    assert client.get("/api/v1/me/").status_code == 401
