"""A member's own quiet controls: mute words and mute members (only they are affected)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _

from community.models import MutedMember, MutedWord
from core.errors import NotFound, PermissionDenied, ValidationError

MAX_MUTED_WORDS = 200


def _require_member(actor) -> None:
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise PermissionDenied(_("Please sign in first."), code="not_signed_in")


def muted_word_add(*, actor, word: str) -> MutedWord:
    _require_member(actor)
    word = " ".join((word or "").split()).lower()
    if len(word) < 2:
        raise ValidationError(
            _("Please enter a word or phrase of at least 2 characters."),
            code="word_too_short",
        )
    if len(word) > 60:
        raise ValidationError(
            _("Please keep muted words to 60 characters or fewer."),
            code="word_too_long",
        )
    with transaction.atomic():
        if MutedWord.objects.filter(user=actor).count() >= MAX_MUTED_WORDS:
            raise ValidationError(
                _("You can mute up to %(n)s words.") % {"n": MAX_MUTED_WORDS},
                code="too_many",
            )
        muted, _created = MutedWord.objects.get_or_create(user=actor, word=word)
    return muted


def muted_word_remove(*, actor, word_id: int) -> None:
    _require_member(actor)
    MutedWord.objects.filter(user=actor, pk=word_id).delete()


def member_mute(*, actor, member_id: int) -> MutedMember:
    _require_member(actor)
    if member_id == actor.pk:
        raise ValidationError(_("You can't mute yourself."), code="mute_self")
    member = get_user_model().objects.filter(pk=member_id, is_active=True).first()
    if member is None:
        raise NotFound(_("We couldn't find that member."), code="not_found")
    muted, _created = MutedMember.objects.get_or_create(user=actor, muted=member)
    return muted


def member_unmute(*, actor, member_id: int) -> None:
    _require_member(actor)
    MutedMember.objects.filter(user=actor, muted_id=member_id).delete()
