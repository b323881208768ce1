"""Discussion spaces: categories, private-group membership, thread locks, read marks."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.roles import is_moderator
from community import pagecache
from community.models import Category, GroupMembership, Thread, ThreadRead, Visibility
from community.permissions import can_moderate
from community.services.transitions import audit
from core.errors import NotFound, PermissionDenied, ValidationError

Status = GroupMembership.Status


def category_create(
    *,
    actor,
    name: str,
    visibility: str = Visibility.MEMBERS,
    description: str = "",
    slug: str = "",
    position: int = 0,
    system: bool = False,
) -> Category:
    """Create a discussion space. Moderators only (or the system, for demo/setup)."""
    if not system and not is_moderator(actor):
        raise PermissionDenied(_("Only moderators can create discussion spaces."))
    name = " ".join((name or "").split())
    if not name or len(name) > 80:
        raise ValidationError(_("Please give the space a name of up to 80 characters."))
    if visibility not in Visibility.values:
        raise ValidationError(_("Please choose public, members or private group."))
    slug = slugify(slug or name)[:80]
    if not slug:
        raise ValidationError(_("Please choose a name with letters or numbers in it."))
    pagecache.content_changed()
    try:
        with transaction.atomic():
            return Category.objects.create(
                name=name,
                slug=slug,
                visibility=visibility,
                description=description.strip(),
                position=position,
            )
    except IntegrityError as exc:
        raise ValidationError(
            _("There is already a space called “%(slug)s”.") % {"slug": slug},
            code="slug_taken",
        ) from exc


def can_host(actor, category: Category) -> bool:
    """Group hosts and moderators decide who joins a private group."""
    if can_moderate(actor, category):
        return True
    return category.memberships.filter(
        user=actor, is_host=True, status=Status.APPROVED
    ).exists()


def membership_request(*, actor, category_slug: str) -> GroupMembership:
    """Ask to join a private group (asking again after a decline asks again)."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(
            _("Please sign in to ask to join."), code="not_signed_in"
        )
    category = Category.objects.filter(slug=category_slug).first()
    if category is None or category.visibility != Visibility.PRIVATE:
        raise NotFound(_("We couldn't find that group."), code="not_found")
    with transaction.atomic():
        membership, created = GroupMembership.objects.select_for_update().get_or_create(
            category=category, user=actor
        )
        if not created and membership.status == Status.DECLINED:
            membership.status = Status.REQUESTED
            membership.decided_at = None
            membership.save(update_fields=["status", "decided_at"])
    return membership


def membership_decide(
    *, actor, membership_id: int, approve: bool, make_host: bool = False
) -> GroupMembership:
    with transaction.atomic():
        membership = (
            GroupMembership.objects.select_for_update()
            .select_related("category")
            .filter(pk=membership_id)
            .first()
        )
        if membership is None or not can_host(actor, membership.category):
            raise NotFound(_("We couldn't find that request."), code="not_found")
        membership.status = Status.APPROVED if approve else Status.DECLINED
        membership.is_host = bool(approve and make_host)
        membership.decided_at = timezone.now()
        membership.save(update_fields=["status", "is_host", "decided_at"])
    return membership


def membership_add(
    *, actor, category: Category, user, is_host: bool = False, system: bool = False
):
    """Add someone straight to a group (hosts and moderators; the system for setup)."""
    if not system and not can_host(actor, category):
        raise PermissionDenied(_("Only the group's hosts can add members."))
    membership, _created = GroupMembership.objects.update_or_create(
        category=category,
        user=user,
        defaults={
            "status": Status.APPROVED,
            "is_host": is_host,
            "decided_at": timezone.now(),
        },
    )
    return membership


def thread_set_locked(
    *, actor, thread_id: int, locked: bool, reason: str = ""
) -> Thread:
    with transaction.atomic():
        thread = (
            Thread.objects.select_for_update()
            .select_related("category")
            .filter(pk=thread_id)
            .first()
        )
        if thread is None:
            raise NotFound(_("We couldn't find that conversation."), code="not_found")
        if not can_moderate(actor, thread.category):
            raise PermissionDenied(_("Only moderators can do that."))
        if thread.is_locked != locked:
            thread.is_locked = locked
            thread.save(update_fields=["is_locked"])
            pagecache.content_changed()
            audit(
                actor=actor,
                action="lock" if locked else "unlock",
                thread=thread,
                reason=reason,
            )
    return thread


def thread_mark_read(*, actor, thread: Thread, position: int) -> int:
    """Remember how far a member has read (never backwards). Returns the previous mark."""
    if not getattr(actor, "is_authenticated", False):
        return 0
    previous = (
        ThreadRead.objects.filter(user=actor, thread=thread)
        .values_list("last_read_position", flat=True)
        .first()
    )
    if previous is None:
        try:
            # A plain INSERT (no transaction wrapper): the page's query budget is tight.
            ThreadRead.objects.create(
                user=actor, thread=thread, last_read_position=position
            )
        except IntegrityError:
            pass  # the same member's other tab got there first
        return 0
    if position > previous:
        ThreadRead.objects.filter(
            user=actor, thread=thread, last_read_position__lt=position
        ).update(last_read_position=position, updated_at=timezone.now())
    return previous
