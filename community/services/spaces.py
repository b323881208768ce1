"""Discussion spaces: categories, private-group membership, thread locks, read marks."""

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from community import pagecache
from community.models import (
    Category,
    GroupMembership,
    ModerationAction,
    Thread,
    ThreadRead,
    Visibility,
)
from community.permissions import can_manage_spaces, can_moderate
from community.services.transitions import actor_name, audit
from core.errors import NotFound, PermissionDenied, ValidationError
from search import outbox

Status = GroupMembership.Status


def category_create(
    *,
    actor,
    name: str,
    visibility: str = Visibility.MEMBERS,
    description: str = "",
    slug: str = "",
    position: int = 0,
    is_locked: bool = False,
    moderator_ids: Iterable[int] = (),
    system: bool = False,
) -> Category:
    """Create a discussion space. Space managers only (or the system, for demo/setup)."""
    if not system and not can_manage_spaces(actor):
        raise PermissionDenied(_("Only moderators can create discussion spaces."))
    fields = _clean_category(
        name=name,
        slug=slug,
        visibility=visibility,
        description=description,
        position=position,
    )
    pagecache.content_changed()
    try:
        with transaction.atomic():
            category = Category.objects.create(**fields, is_locked=is_locked)
            if moderator_ids:
                category.moderators.set(_active_users(moderator_ids))
    except IntegrityError as exc:
        raise _slug_taken(fields["slug"]) from exc
    return category


def category_update(
    *,
    actor,
    category_id: int,
    name: str,
    slug: str,
    visibility: str,
    description: str,
    position: int,
    is_locked: bool,
    moderator_ids: Iterable[int] | None = None,
) -> Category:
    """Change a discussion space: every field is given, as the admin form shows them
    all, except moderator_ids (None leaves the space's moderators as they are).

    A change of visibility changes who can read every conversation in it, and a new
    name changes how search shows them: both record the space in the search outbox in
    this transaction (search re-indexes its threads and posts from that one entry),
    and a visibility change is written to the audit log.
    """
    if not can_manage_spaces(actor):
        raise PermissionDenied(_("Only moderators can change discussion spaces."))
    fields = _clean_category(
        name=name,
        slug=slug,
        visibility=visibility,
        description=description,
        position=position,
    )
    try:
        with transaction.atomic():
            category = (
                Category.objects.select_for_update().filter(pk=category_id).first()
            )
            if category is None:
                raise NotFound(_("We couldn't find that space."), code="not_found")
            before = {"name": category.name, "visibility": category.visibility}
            for field, value in fields.items():
                setattr(category, field, value)
            category.is_locked = is_locked
            category.save()
            if moderator_ids is not None:
                category.moderators.set(_active_users(moderator_ids))
            if category.visibility != before["visibility"]:
                _audit_category(
                    actor=actor,
                    category=category,
                    action="category_visibility",
                    from_status=before["visibility"],
                    to_status=category.visibility,
                )
            if before != {"name": category.name, "visibility": category.visibility}:
                outbox.record(category)
            pagecache.content_changed()
    except IntegrityError as exc:
        raise _slug_taken(fields["slug"]) from exc
    return category


def category_move(*, actor, category_id: int, offset: int) -> list[Category]:
    """Move a space up (offset -1) or down (+1) the list; returns the new order."""
    if not can_manage_spaces(actor):
        raise PermissionDenied(_("Only moderators can reorder discussion spaces."))
    with transaction.atomic():
        ordered = list(
            Category.objects.select_for_update().order_by("position", "name")
        )
        index = next((i for i, c in enumerate(ordered) if c.pk == category_id), None)
        if index is None:
            raise NotFound(_("We couldn't find that space."), code="not_found")
        target = min(max(index + offset, 0), len(ordered) - 1)
        ordered.insert(target, ordered.pop(index))
        for number, category in enumerate(ordered, start=1):
            if category.position != number * 10:
                category.position = number * 10
                category.save(update_fields=["position"])
        pagecache.content_changed()
    return ordered


def _clean_category(
    *, name: str, slug: str, visibility: str, description: str, position: int
) -> dict:
    name = " ".join((name or "").split())
    if not name or len(name) > 80:
        raise ValidationError(
            _("Please give the space a name of up to 80 characters."),
            code="category_name",
        )
    if visibility not in Visibility.values:
        raise ValidationError(
            _("Please choose public, members or private group."),
            code="category_visibility",
        )
    slug = slugify(slug or name)[:80]
    if not slug:
        raise ValidationError(
            _("Please choose a name with letters or numbers in it."),
            code="category_slug",
        )
    try:
        position = int(position or 0)
    except (TypeError, ValueError):
        position = -1
    if position < 0:
        raise ValidationError(
            _("Please give the order as a whole number, 0 or more."),
            code="category_position",
        )
    return {
        "name": name,
        "slug": slug,
        "visibility": visibility,
        "description": (description or "").strip(),
        "position": position,
    }


def _slug_taken(slug: str) -> ValidationError:
    return ValidationError(
        _(
            "There is already a space called “%(slug)s”. Please choose another web address."
        )
        % {"slug": slug},
        code="slug_taken",
    )


def _active_users(user_ids: Iterable[int]):
    return get_user_model().objects.filter(pk__in=list(user_ids), is_active=True)


def _audit_category(
    *, actor, category: Category, action: str, from_status: str, to_status: str
) -> ModerationAction:
    return ModerationAction.objects.create(
        actor=actor,
        actor_name=actor_name(actor),
        action=action,
        target_type="category",
        target_id=category.pk,
        from_status=from_status,
        to_status=to_status,
        details={"slug": category.slug},
    )


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
