"""Supportive reactions: one of each kind per member per post, toggled."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from community import pagecache
from community.models import Post, Reaction, ReactionKind
from community.services import effects
from core.errors import NotFound, PermissionDenied, ValidationError


def reaction_toggle(*, actor, post_id: int, kind: str) -> bool:
    """Add the reaction, or take it back if it was there. Returns whether it is on now."""
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise PermissionDenied(_("Please sign in to react."), code="not_signed_in")
    if kind not in ReactionKind.values:
        raise ValidationError(
            _("Please choose one of: %(kinds)s.")
            % {"kinds": ", ".join(str(label) for label in ReactionKind.labels)},
            code="reaction_kind",
        )
    post = (
        Post.objects.visible_to(actor)
        .filter(pk=post_id, deleted_by_author=False)
        .first()
    )
    if post is None:
        raise NotFound(_("We couldn't find that post."), code="not_found")
    with transaction.atomic():
        pagecache.content_changed()
        deleted, _rows = Reaction.objects.filter(
            post=post, user=actor, kind=kind
        ).delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Reaction.objects.create(post=post, user=actor, kind=kind)
        except IntegrityError:
            return True  # a double click landed first; it is on either way
        # The author hears about it a few minutes later, gathered with others (members).
        effects.post_reacted(post=post)
    return True
