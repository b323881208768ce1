"""What the admin asks about the signed-in user on every request, in one query.

Each /admin/ request asks: may they open the admin (the wagtailadmin.access_admin
permission, which loads all their permissions), is theirs a staff role that must use
two-factor authentication, do they have a device, are they a global moderator (the
Moderation menu and queue), and what are their Wagtail preferences (the profile Wagtail
reads for language, time zone and theme). Asked one by one through the ORM that was
six queries, each costing more to build and compile than to run, before the page did
anything. Here it is one UNION, compiled once per process: their own permissions, their
group permissions, their staff groups, their TOTP device and their Wagtail profile (as
JSON), one row each.

Nothing is skipped or trusted from an earlier request: the answers are remembered on
the user object, which Django loads afresh for every request, so a role removed or a
device deleted counts at the next request. The permission sets are stored where
Django's ModelBackend keeps its per-request cache, exactly as it would compute them,
and the profile where `user.wagtail_userprofile` finds it, so `user.has_perm()` and
Wagtail read them without a query.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import router
from django.db.models import F, JSONField, TextField, Value
from django.db.models.functions import Cast, JSONObject
from wagtail.users.models import UserProfile

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
        rows(
            UserProfile.objects.filter(user=user_id),
            "profile",
            Value(""),
            Cast(
                JSONObject(**{name: F(name) for name in _profile_fields()}),
                TextField(),
            ),
        ),
        all=True,
    )


def _profile_fields() -> list[str]:
    return [field.attname for field in UserProfile._meta.concrete_fields]


def _profile(user, data: str | None) -> None:
    """Hand Wagtail the profile this query brought (or that there is none), where it
    looks first (`user.wagtail_userprofile`), so it does not ask again."""
    if data is None:
        UserProfile.user.field.remote_field.set_cached_value(user, None)
        return
    values = json.loads(data)
    row = []
    for field in UserProfile._meta.concrete_fields:
        value = values[field.attname]
        if isinstance(field, JSONField) and isinstance(value, str):
            value = json.loads(value)  # SQLite nests JSON columns as text
        row.append(field.to_python(value))
    user.wagtail_userprofile = UserProfile.from_db(
        router.db_for_read(UserProfile), _profile_fields(), row
    )


_ACCESS = CompiledQuery(Permission, _access_query)


def _load(user) -> StaffAccess:
    found: dict[str, set[str]] = {"user": set(), "group": set(), "role": set()}
    has_totp = False
    profile = None
    for kind, label, name in _ACCESS.rows(user.pk):
        if kind == "totp":
            has_totp = True
        elif kind == "profile":
            profile = name
        elif kind == "role":
            found["role"].add(name)
        else:
            found[kind].add(f"{label}.{name}")
    _profile(user, profile)
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
