"""What the admin asks about the signed-in user on every request, in two queries.

Each /admin/ request asks: may they open the admin (the wagtailadmin.access_admin
permission, which loads all their permissions), is theirs a staff role that must use
two-factor authentication, do they have a device, and are they a global moderator (the
Moderation menu and queue). Asked one by one through the ORM that was five queries,
each costing more to build and compile than to run, before the page did anything. Here
it is two statements, compiled once per process: the user's own and group permissions
in one UNION, and one row with the role and two-factor facts.

Nothing is skipped or trusted from an earlier request: the answers are remembered on
the user object, which Django loads afresh for every request, so a role removed or a
device deleted counts at the next request. The permission sets are stored where
Django's ModelBackend keeps its per-request cache, exactly as it would compute them,
so `user.has_perm()` and Wagtail's checks read them without a query.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Value

from accounts.roles import GROUP_NAMES, MODERATOR
from core.compiled import CompiledQuery


@dataclass(frozen=True)
class StaffAccess:
    #: A staff role (moderator, editor) or a superuser: two-factor is required.
    staff: bool
    #: A global moderator (the role, or a superuser), as accounts.roles.is_moderator.
    moderator: bool
    has_totp: bool


def staff_access(user) -> StaffAccess:
    """The admin facts for `user` (signed in), worked out once per request."""
    cached = getattr(user, "_kindred_staff_access", None)
    if cached is None:
        _load_permissions(user)
        staff, moderator, has_totp = (bool(v) for v in _facts(user.pk))
        cached = StaffAccess(
            staff=user.is_superuser or staff,
            moderator=user.is_superuser or moderator,
            has_totp=has_totp,
        )
        user._kindred_staff_access = cached
    return cached


def _permissions_query(user_id: int):
    fields = ("source", "content_type__app_label", "codename")
    own = Permission.objects.filter(user=user_id).annotate(source=Value("user"))
    grouped = Permission.objects.filter(group__user=user_id).annotate(
        source=Value("group")
    )
    return (
        own.values_list(*fields)
        .order_by()
        .union(grouped.values_list(*fields).order_by(), all=True)
    )


def _facts_query(user_id: int):
    from allauth.mfa.models import Authenticator

    groups = Group.objects.filter(user=OuterRef("pk"))
    return (
        get_user_model()
        ._default_manager.filter(pk=user_id)
        .annotate(
            in_staff_group=Exists(groups.filter(name__in=GROUP_NAMES.values())),
            in_moderators=Exists(groups.filter(name=GROUP_NAMES[MODERATOR])),
            has_totp=Exists(
                Authenticator.objects.filter(
                    user=OuterRef("pk"), type=Authenticator.Type.TOTP
                )
            ),
        )
        .values_list("in_staff_group", "in_moderators", "has_totp")
    )


_PERMISSIONS = CompiledQuery(Permission, _permissions_query)
_FACTS = CompiledQuery(Group, _facts_query)


def _facts(user_id: int) -> tuple:
    rows = _FACTS.rows(user_id)
    return rows[0] if rows else (False, False, False)


def _load_permissions(user) -> None:
    """Fill ModelBackend's caches (`_user_perm_cache`, `_group_perm_cache`,
    `_perm_cache`) with what it would load in two queries, in one."""
    if not user.is_active or user.is_superuser or hasattr(user, "_perm_cache"):
        # Inactive users have no permissions and superusers all of them: Django
        # answers both without loading anything.
        return
    found: dict[str, set[str]] = {"user": set(), "group": set()}
    for source, app_label, codename in _PERMISSIONS.rows(user.pk):
        found[source].add(f"{app_label}.{codename}")
    user._user_perm_cache = found["user"]
    user._group_perm_cache = found["group"]
    user._perm_cache = found["user"] | found["group"]
