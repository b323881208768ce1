"""What the admin asks about the signed-in user on every request, in one query.

Each /admin/ request asks: may they open the admin (the wagtailadmin.access_admin
permission, which loads all their permissions), is theirs a staff role that must use
two-factor authentication, do they have a device, and are they a global moderator (the
Moderation menu and queue). Asked one by one through the ORM that was five queries,
each costing more to build and compile than to run, before the page did anything. Here
it is one UNION, compiled once per process: their own permissions, their group
permissions, their staff groups and their TOTP device, one row each.

Nothing is skipped or trusted from an earlier request: the answers are remembered on
the user object, which Django loads afresh for every request, so a role removed or a
device deleted counts at the next request. The permission sets are stored where
Django's ModelBackend keeps its per-request cache, exactly as it would compute them,
so `user.has_perm()` and Wagtail's checks read them without a query.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db.models import F, Value

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
        cached = _load(user)
        user._kindred_staff_access = cached
    return cached


ROW = ("kind", "label", "name")


def _access_query(user_id: int):
    from allauth.mfa.models import Authenticator

    def rows(queryset, kind: str, label, name):
        return (
            queryset.annotate(kind=Value(kind), label=label, name_=name)
            .values_list("kind", "label", "name_")
            .order_by()
        )

    app_label, codename = F("content_type__app_label"), F("codename")
    return rows(
        Permission.objects.filter(user=user_id), "user", app_label, codename
    ).union(
        rows(
            Permission.objects.filter(group__user=user_id), "group", app_label, codename
        ),
        rows(
            Group.objects.filter(user=user_id, name__in=GROUP_NAMES.values()),
            "role",
            Value(""),
            F("name"),
        ),
        rows(
            Authenticator.objects.filter(user=user_id, type=Authenticator.Type.TOTP),
            "totp",
            Value(""),
            Value(""),
        ),
        all=True,
    )


_ACCESS = CompiledQuery(Permission, _access_query)


def _load(user) -> StaffAccess:
    found: dict[str, set[str]] = {"user": set(), "group": set(), "role": set()}
    has_totp = False
    for kind, label, name in _ACCESS.rows(user.pk):
        if kind == "totp":
            has_totp = True
        elif kind == "role":
            found["role"].add(name)
        else:
            found[kind].add(f"{label}.{name}")
    if user.is_active and not user.is_superuser and not hasattr(user, "_perm_cache"):
        # ModelBackend's caches, as it would fill them in two queries. (Inactive users
        # have no permissions and superusers all: Django answers without a cache.)
        user._user_perm_cache = found["user"]
        user._group_perm_cache = found["group"]
        user._perm_cache = found["user"] | found["group"]
    return StaffAccess(
        staff=user.is_superuser or bool(found["role"]),
        moderator=user.is_superuser or GROUP_NAMES[MODERATOR] in found["role"],
        has_totp=has_totp,
    )
