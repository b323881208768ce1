"""`seed_demo`: refuses without DEBUG, and fills only gaps when run again."""

import pytest
from django.core.management import CommandError, call_command

from accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from accounts.models import User
from accounts.roles import user_has_role


@pytest.mark.django_db
def test_seed_demo_refuses_to_create_known_passwords_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_seed_demo_creates_the_demo_accounts_with_their_roles_and_is_idempotent(
    transactional_db,
):
    call_command("seed_demo", "--force")
    users = User.objects.count()

    call_command("seed_demo", "--force")

    assert User.objects.count() == users
    for email, _name, _family_role, role in DEMO_ACCOUNTS:
        user = User.objects.get(email=email)
        assert user.check_password(DEMO_PASSWORD)
        assert user_has_role(user, role)
        assert user.emailaddress_set.get(email=email).verified
