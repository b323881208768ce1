"""accounts.staff_access: the admin's per-request facts, in one compiled statement."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from accounts.roles import EDITOR, MODERATOR, role_grant
from accounts.staff_access import staff_access
from core.compiled import CompiledQuery
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def fresh(user):
    """The user as the next request loads it: nothing remembered."""
    return User.objects.get(pk=user.pk)


def test_the_permissions_loaded_are_exactly_the_ones_django_would_load():
    user = UserFactory()
    role_grant(user=user, role=EDITOR)
    user.user_permissions.add(Permission.objects.get(codename="view_group"))
    extra = Group.objects.create(name="Helpers")
    extra.permissions.add(Permission.objects.get(codename="view_permission"))
    user.groups.add(extra)

    django_user = fresh(user)
    backend = ModelBackend()
    expected = (
        backend.get_user_permissions(django_user),
        backend.get_group_permissions(django_user),
        backend.get_all_permissions(django_user),
    )
    ours = fresh(user)
    staff_access(ours)
    with CaptureQueriesContext(connection) as queries:
        loaded = (
            backend.get_user_permissions(ours),
            backend.get_group_permissions(ours),
            backend.get_all_permissions(ours),
        )
        assert ours.has_perm("wagtailadmin.access_admin")
        assert not ours.has_perm("wagtailadmin.unknown")
    assert loaded == expected
    assert "auth.view_group" in loaded[0]
    assert "auth.view_permission" in loaded[1]
    assert len(queries) == 0


@pytest.mark.parametrize(
    ("role", "superuser", "expected"),
    [
        (None, False, (False, False)),
        (EDITOR, False, (True, False)),
        (MODERATOR, False, (True, True)),
        (None, True, (True, True)),
    ],
)
def test_roles_match_accounts_roles(role, superuser, expected):
    user = UserFactory(is_superuser=superuser)
    if role:
        role_grant(user=user, role=role)
    access = staff_access(fresh(user))
    assert (access.staff, access.moderator) == expected
    assert access.has_totp is False


def test_a_two_factor_device_is_seen_and_its_removal_counts_at_the_next_request():
    user = UserFactory()
    role_grant(user=user, role=MODERATOR)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    assert staff_access(fresh(user)).has_totp
    Authenticator.objects.filter(user=user).delete()
    assert not staff_access(fresh(user)).has_totp


def test_the_facts_are_asked_once_per_request_in_one_query():
    user = UserFactory()
    role_grant(user=user, role=MODERATOR)
    user = fresh(user)
    with CaptureQueriesContext(connection) as queries:
        staff_access(user)
        staff_access(user)
        user.has_perm("wagtailadmin.access_admin")
    assert len(queries) == 1


def test_a_compiled_query_runs_for_each_id_it_is_given():
    first, second = UserFactory(email="first@example.org"), UserFactory()
    emails = CompiledQuery(
        User, lambda user_id: User.objects.filter(pk=user_id).values_list("email")
    )
    assert emails.rows(first.pk) == [("first@example.org",)]
    assert emails.rows(second.pk) == [(second.email,)]
    assert emails.rows(-1) == []


def test_a_compiled_query_must_use_the_id_it_is_built_with():
    everyone = CompiledQuery(User, lambda user_id: User.objects.values_list("pk"))
    with pytest.raises(ValueError):
        everyone.rows(1)


def test_wagtail_reads_the_profile_this_query_brought():
    from wagtail.users.models import UserProfile

    user = UserFactory()
    role_grant(user=user, role=MODERATOR)
    stored = UserProfile.get_for_user(user)
    stored.theme = UserProfile.AdminColorThemes.DARK
    stored.keyboard_shortcuts = False
    stored.dismissibles = {"whats-new-in-wagtail": True}
    stored.current_time_zone = "Europe/London"
    stored.save()

    ours = fresh(user)
    staff_access(ours)
    with CaptureQueriesContext(connection) as queries:
        profile = ours.wagtail_userprofile
    assert len(queries) == 0
    expected = UserProfile.objects.get(pk=stored.pk)
    for field in UserProfile._meta.concrete_fields:
        assert getattr(profile, field.attname) == getattr(expected, field.attname)
    assert profile.keyboard_shortcuts is False
    assert profile.dismissibles == {"whats-new-in-wagtail": True}
    assert not profile._state.adding


def test_a_user_without_a_wagtail_profile_is_not_asked_for_one_again():
    user = fresh(UserFactory())
    staff_access(user)
    with CaptureQueriesContext(connection) as queries:
        assert not hasattr(user, "wagtail_userprofile")
    assert len(queries) == 0
