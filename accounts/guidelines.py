"""Versioned community guidelines: who must (re-)accept them before posting."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import GuidelinesVersion, User
from core.errors import PermissionDenied, ValidationError

#: The full text lives on the editorial Wagtail page with this path.
GUIDELINES_PAGE_URL = "/community-guidelines/"


def current() -> GuidelinesVersion | None:
    """The highest version already published (editors may prepare one in advance)."""
    return (
        GuidelinesVersion.objects.filter(published_at__lte=timezone.now())
        .order_by("-version")
        .first()
    )


def needs_acceptance(user) -> bool:
    """True for a signed-in member who has not accepted the current version."""
    if not getattr(user, "is_authenticated", False):
        return False
    version = current()
    return version is not None and user.accepted_guidelines_version < version.version


def require_current(user) -> None:
    """Call before a member posts; raises PermissionDenied(code="guidelines")."""
    if needs_acceptance(user):
        raise PermissionDenied(
            _(
                "Our community guidelines have changed. Please read what's new and "
                "accept them, then you can post."
            ),
            code="guidelines",
        )


def changes_since(user) -> list[GuidelinesVersion]:
    """Published versions this member has not accepted yet, newest first."""
    accepted = user.accepted_guidelines_version if user.is_authenticated else 0
    return list(
        GuidelinesVersion.objects.filter(
            version__gt=accepted, published_at__lte=timezone.now()
        ).order_by("-version")
    )


@transaction.atomic
def guidelines_accept(*, user: User) -> GuidelinesVersion | None:
    """Record that `user` accepts the current guidelines (idempotent)."""
    version = current()
    if version is None:
        return None
    if not user.is_authenticated or not user.is_active:
        raise ValidationError(_("Please sign in to accept the guidelines."))
    locked = User.objects.select_for_update().get(pk=user.pk)
    if locked.accepted_guidelines_version < version.version:
        locked.accepted_guidelines_version = version.version
        locked.accepted_guidelines_at = timezone.now()
        locked.save(
            update_fields=["accepted_guidelines_version", "accepted_guidelines_at"]
        )
    user.accepted_guidelines_version = locked.accepted_guidelines_version
    user.accepted_guidelines_at = locked.accepted_guidelines_at
    return version
