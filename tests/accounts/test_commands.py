import pytest
from django.core.management import CommandError, call_command

from accounts.roles import is_moderator, is_staff_role
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_grant_role_makes_a_member_a_moderator(capsys):
    member = UserFactory(email="helper@example.org")

    call_command("grant_role", "Helper@example.org", "moderator")

    assert is_moderator(member)
    assert is_staff_role(member)
    assert "now a moderator" in capsys.readouterr().out


def test_grant_role_explains_an_unknown_email():
    with pytest.raises(CommandError, match="No account uses"):
        call_command("grant_role", "nobody@example.org", "editor")


def test_grant_role_refuses_an_unknown_role():
    UserFactory(email="helper@example.org")
    with pytest.raises(CommandError):
        call_command("grant_role", "helper@example.org", "overlord")


def test_create_api_token_prints_a_token_that_authenticates(client, capsys):
    UserFactory(email="app@example.org", display_name="App User")

    call_command("create_api_token", "app@example.org", "--name", "script")
    raw = capsys.readouterr().out.strip()

    response = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 200
    assert response.json()["display_name"] == "App User"


def test_create_api_token_explains_an_unknown_email():
    with pytest.raises(CommandError, match="No account uses"):
        call_command("create_api_token", "nobody@example.org")
