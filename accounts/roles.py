"""Roles are Django groups with Wagtail permissions; staff roles open the admin."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

MEMBER = "member"
MODERATOR = "moderator"
EDITOR = "editor"
ROLES = (MEMBER, MODERATOR, EDITOR)
GROUP_NAMES = {MODERATOR: "Moderators", EDITOR: "Editors"}
STAFF_ROLES = (MODERATOR, EDITOR)


def ensure_groups() -> dict[str, Group]:
    """Create the role groups with their permissions (idempotent)."""
    groups = {}
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # Both staff roles publish new guidelines versions (a record: never deleted).
    guidelines = Permission.objects.filter(
        content_type__app_label="accounts",
        codename__in=[
            "add_guidelinesversion",
            "change_guidelinesversion",
            "view_guidelinesversion",
        ],
    )
    for role, name in GROUP_NAMES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access, *guidelines)
        groups[role] = group
    return groups


def user_has_role(user, role: str) -> bool:
    if role == MEMBER:
        return user.is_authenticated
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=GROUP_NAMES[role]).exists()


def is_moderator(user) -> bool:
    return user_has_role(user, MODERATOR)


def is_staff_role(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name__in=GROUP_NAMES.values()).exists()
    )


@transaction.atomic
def role_grant(*, user, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if role == MEMBER:
        return
    groups = ensure_groups()
    user.groups.add(groups[role])
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
