"""Sanctions: warn, silence for a time, suspend, ban — an escalating strike ladder."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import NotFound, PermissionDenied, ValidationError

#: Strike n (0-based count of earlier sanctions) suggests this next step.
LADDER = [
    ("warn", None),
    ("silence", timedelta(days=1)),
    ("silence", timedelta(days=7)),
    ("suspend", timedelta(days=30)),
    ("ban", None),
]

DEFAULT_DURATIONS = {
    "silence": timedelta(days=1),
    "suspend": timedelta(days=30),
}


def active_sanction(user):
    """The sanction that stops `user` posting now, if any."""
    from moderation.models import Sanction

    if user is None or not getattr(user, "is_authenticated", False):
        return None
    now = timezone.now()
    return (
        Sanction.objects.filter(user=user, lifted_at__isnull=True)
        .exclude(kind=Sanction.Kind.WARN)
        .filter(Q(until__isnull=True) | Q(until__gt=now))
        .order_by("-created_at")
        .first()
    )


def check_can_post(user) -> None:
    """Raise PermissionDenied with a kind message when a sanction stops `user` posting."""
    from moderation.rules import sanction_message

    sanction = active_sanction(user)
    if sanction is not None:
        raise PermissionDenied(sanction_message(sanction), code="sanctioned")


def strike_count(user) -> int:
    from moderation.models import Sanction

    return Sanction.objects.filter(user=user).count()


def next_step(user) -> tuple[str, timedelta | None]:
    return LADDER[min(strike_count(user), len(LADDER) - 1)]


def user_sanction(
    *,
    actor,
    user_id: int,
    kind: str = "",
    reason: str,
    duration: timedelta | None = None,
):
    """Apply a sanction (or the next step on the ladder when `kind` is empty)."""
    from accounts.models import User
    from accounts.roles import is_moderator
    from moderation.models import Sanction
    from moderation.services import record_action

    if not is_moderator(actor):
        raise PermissionDenied(_("Only moderators can do that."))
    if not reason.strip():
        raise ValidationError(
            _("Please give a reason: the member will see it."), code="reason"
        )
    with transaction.atomic():
        try:
            user = User.objects.select_for_update().get(pk=user_id)
        except User.DoesNotExist as exc:
            raise NotFound(_("That member could not be found.")) from exc
        if user.pk == actor.pk:
            raise ValidationError(_("You can't sanction yourself."), code="self")
        if not kind:
            kind, duration = next_step(user)
        if kind not in Sanction.Kind.values:
            raise ValidationError(
                _("Choose warn, silence, suspend or ban."), code="kind"
            )
        if duration is None:
            duration = DEFAULT_DURATIONS.get(kind)
        until = timezone.now() + duration if duration and kind != "ban" else None
        previous = active_sanction(user)
        sanction = Sanction.objects.create(
            user=user, kind=kind, reason=reason, until=until, actor=actor
        )
        record_action(
            actor=actor,
            action=kind,
            target_type="user",
            target_id=user.pk,
            from_status=previous.kind if previous else "",
            to_status=kind,
            reason=reason,
            details={
                "until": until.isoformat() if until else None,
                "strike": strike_count(user),
            },
        )
        _notify(sanction.pk)
    return sanction


def sanction_lift(*, actor, sanction_id: int, reason: str):
    from accounts.roles import is_moderator
    from moderation.models import Sanction
    from moderation.services import record_action

    if not is_moderator(actor):
        raise PermissionDenied(_("Only moderators can do that."))
    with transaction.atomic():
        try:
            sanction = Sanction.objects.select_for_update().get(pk=sanction_id)
        except Sanction.DoesNotExist as exc:
            raise NotFound(_("That sanction could not be found.")) from exc
        if sanction.lifted_at:
            return sanction
        sanction.lifted_at = timezone.now()
        sanction.save(update_fields=["lifted_at"])
        record_action(
            actor=actor,
            action="lift_sanction",
            target_type="user",
            target_id=sanction.user_id,
            from_status=sanction.kind,
            to_status="",
            reason=reason,
        )
    return sanction


def _notify(sanction_id: int) -> None:
    from core.queue import enqueue_on_commit
    from moderation import tasks

    enqueue_on_commit(tasks.notify_sanction, sanction_id)
