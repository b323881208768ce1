"""A member's own account: profile, avatar, data export and account deletion."""

from __future__ import annotations

import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from community.models import Post, PostStatus, Reaction
from community.services.transitions import post_transition
from core.errors import PermissionDenied, ValidationError
from members.models import Bookmark, Follow, Notification
from moderation.services import queue_withdraw

AVATAR_MAX_BYTES = 5 * 1024 * 1024
AVATAR_MAX_PIXELS = 40_000_000
AVATAR_SIZE = 512
AVATAR_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
DISPLAY_NAME_MIN = 2
DISPLAY_NAME_MAX = 40
BIO_MAX = 300


def _require_member(actor) -> None:
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise PermissionDenied(_("Please sign in first."), code="not_signed_in")


# ---------------------------------------------------------------- profile


def avatar_clean(upload) -> ContentFile:
    """Re-encode an uploaded picture: no EXIF, GPS or anything else survives."""
    if upload.size > AVATAR_MAX_BYTES:
        raise ValidationError(
            _("Please choose a picture smaller than 5 MB."), code="avatar_too_big"
        )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            if probe.format not in AVATAR_FORMATS:
                raise ValidationError(
                    _("Please choose a JPEG, PNG, WebP or GIF picture."),
                    code="avatar_format",
                )
            width, height = probe.size
            if width * height > AVATAR_MAX_PIXELS:
                raise ValidationError(
                    _("That picture is too large. Please choose a smaller one."),
                    code="avatar_too_big",
                )
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image.seek(0)
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGBA")
            image = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE))
            flat = Image.new("RGB", image.size, (255, 255, 255))
            flat.paste(image, mask=image.split()[3])
            out = io.BytesIO()
            flat.save(out, format="JPEG", quality=85, optimize=True)
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        raise ValidationError(
            _("We couldn't read that picture. Please try a different file."),
            code="avatar_unreadable",
        ) from exc
    return ContentFile(out.getvalue())


def profile_update(
    *,
    actor,
    display_name: str,
    family_role: str,
    bio: str = "",
    profile_hidden_from_public: bool = False,
    avatar=None,
    remove_avatar: bool = False,
):
    """Change what others see about the member. Errors name the field to fix."""
    _require_member(actor)
    User = get_user_model()
    display_name = " ".join((display_name or "").split())
    bio = (bio or "").strip()
    errors: dict[str, str] = {}
    if not DISPLAY_NAME_MIN <= len(display_name) <= DISPLAY_NAME_MAX:
        errors["display_name"] = _(
            "Please choose a display name of %(min)s to %(max)s characters."
        ) % {"min": DISPLAY_NAME_MIN, "max": DISPLAY_NAME_MAX}
    elif (
        User.objects.annotate(lname=Lower("display_name"))
        .filter(lname=display_name.lower())
        .exclude(pk=actor.pk)
        .exists()
    ):
        errors["display_name"] = _(
            "Someone is already using that name. Please choose another."
        )
    if family_role and family_role not in User.FamilyRole.values:
        errors["family_role"] = _("Please choose one of the roles in the list.")
    if len(bio) > BIO_MAX:
        errors["bio"] = _("Please keep your bio to %(max)s characters.") % {
            "max": BIO_MAX
        }
    cleaned_avatar = None
    if avatar is not None and not remove_avatar:
        try:
            cleaned_avatar = avatar_clean(avatar)
        except ValidationError as exc:
            errors["avatar"] = exc.message
    if errors:
        error = ValidationError(next(iter(errors.values())), code="profile")
        error.field_errors = errors
        raise error
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=actor.pk)
        user.display_name = display_name
        user.family_role = family_role
        user.bio = bio
        user.profile_hidden_from_public = bool(profile_hidden_from_public)
        old = user.avatar.name if user.avatar else ""
        if remove_avatar:
            user.avatar = ""
        elif cleaned_avatar is not None:
            user.avatar.save(f"{user.pk}.jpg", cleaned_avatar, save=False)
        user.save()
        if old and old != (user.avatar.name if user.avatar else ""):
            storage = user.avatar.storage
            transaction.on_commit(lambda: storage.delete(old))
    actor.refresh_from_db()
    return user


# ---------------------------------------------------------------- export


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def account_export(*, actor) -> dict:
    """Everything Kindred holds that is this member's own, and nothing of anyone else's."""
    _require_member(actor)
    user = actor
    posts = Post.objects.filter(author=user).select_related("thread").order_by("id")
    return {
        "format": "kindred-export-1",
        "exported_at": _iso(timezone.now()),
        "account": {
            "id": user.pk,
            "email": user.email,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "age_confirmed_at": _iso(user.age_confirmed_at),
            "accepted_guidelines_version": user.accepted_guidelines_version,
            "notifications_paused_until": _iso(user.notifications_paused_until),
        },
        "profile": {
            "display_name": user.display_name,
            "family_role": user.family_role,
            "bio": user.bio,
            "avatar": user.avatar.url if user.avatar else None,
            "profile_hidden_from_public": user.profile_hidden_from_public,
            "in_memory_of": user.in_memory_of,
        },
        "posts": [
            {
                "id": p.pk,
                "thread_id": p.thread_id,
                "thread_title": p.thread.title
                if p.thread.author_id == user.pk
                else None,
                "started_thread": p.position == 1,
                "status": p.status,
                "body": p.body,
                "content_warning": p.content_warning,
                "deleted_by_author": p.deleted_by_author,
                "created_at": _iso(p.created_at),
                "edited_at": _iso(p.edited_at),
                "published_at": _iso(p.published_at),
            }
            for p in posts
        ],
        "reactions": [
            {"post_id": r.post_id, "kind": r.kind, "created_at": _iso(r.created_at)}
            for r in Reaction.objects.filter(user=user).order_by("id")
        ],
        "follows": [
            {
                "thread_id": f.thread_id,
                "category_id": f.category_id,
                "level": f.level,
                "created_at": _iso(f.created_at),
            }
            for f in Follow.objects.filter(user=user).order_by("id")
        ],
        "bookmarks": [
            {
                "post_id": b.post_id,
                "thread_id": b.thread_id,
                "created_at": _iso(b.created_at),
            }
            for b in Bookmark.objects.filter(user=user).order_by("id")
        ],
        "notifications": [
            {
                "kind": n.kind,
                "post_id": n.post_id,
                "decision": n.decision or None,
                "created_at": _iso(n.created_at),
                "read_at": _iso(n.read_at),
                "emailed_at": _iso(n.emailed_at),
            }
            for n in Notification.objects.filter(recipient=user).order_by("id")
        ],
        "notification_preferences": dict(
            user.notification_preferences.values_list("kind", "email")
        ),
    }


# ---------------------------------------------------------------- deletion

KEEP_POSTS = "keep"
REMOVE_POSTS = "remove"
DELETION_REASON = "The author deleted their account."


def _blank_content(post_ids: list[int]) -> None:
    from community.models import Mention, PostPhoto, PostRevision

    for photo in PostPhoto.objects.filter(post_id__in=post_ids):
        name, storage = photo.image.name, photo.image.storage
        photo.delete()
        transaction.on_commit(lambda n=name, s=storage: s.delete(n))
    PostRevision.objects.filter(post_id__in=post_ids).delete()
    Mention.objects.filter(post_id__in=post_ids).delete()
    Post.objects.filter(pk__in=post_ids).update(body="", body_html="")


def account_delete(*, actor, password: str, posts: str) -> None:
    """Delete a member's account: their posts kept anonymised, or removed.

    Removal goes through post_transition (audited, search updated) for what others could
    see; posts waiting for review lose their words. Their open queue items and pending
    reports close as withdrawn (moderation.services.queue_withdraw). Either way the
    account keeps no email, name, bio or picture and can no longer sign in.
    """
    _require_member(actor)
    if posts not in (KEEP_POSTS, REMOVE_POSTS):
        raise ValidationError(
            _("Please choose what should happen to your posts."), code="posts_choice"
        )
    if not password or not actor.check_password(password):
        raise ValidationError(
            _("That password doesn't match. Please try again."), code="password"
        )
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=actor.pk)
        if posts == REMOVE_POSTS:
            authored = list(
                Post.objects.filter(author=user).values_list("pk", "status")
            )
            for post_id, status in authored:
                if status in (PostStatus.PUBLISHED, PostStatus.HIDDEN):
                    post_transition(
                        actor=None,
                        system=True,
                        post_id=post_id,
                        to_status=PostStatus.REMOVED,
                        reason=DELETION_REASON,
                    )
                elif status == PostStatus.PENDING:
                    post_transition(
                        actor=None,
                        system=True,
                        post_id=post_id,
                        to_status=PostStatus.REJECTED,
                        reason=DELETION_REASON,
                    )
            _blank_content([pk for pk, _status in authored])
            queue_withdraw(post_ids=[pk for pk, _status in authored])
            Reaction.objects.filter(user=user).delete()
        _forget_account(user)
    actor.refresh_from_db()


def _forget_account(user) -> None:
    from allauth.account.models import EmailAddress
    from wagtail.models import APIToken

    from community.models import GroupMembership, MutedMember, MutedWord

    Follow.objects.filter(user=user).delete()
    Bookmark.objects.filter(user=user).delete()
    Notification.objects.filter(recipient=user).delete()
    user.notification_preferences.all().delete()
    user.digest_runs.all().delete()
    MutedWord.objects.filter(user=user).delete()
    MutedMember.objects.filter(user=user).delete()
    MutedMember.objects.filter(muted=user).delete()
    GroupMembership.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()
    APIToken.objects.filter(user=user).delete()
    try:
        from allauth.mfa.models import Authenticator

        Authenticator.objects.filter(user=user).delete()
    except ImportError:  # MFA is part of the install; this keeps deletion robust
        pass
    if user.avatar:
        name, storage = user.avatar.name, user.avatar.storage
        transaction.on_commit(lambda: storage.delete(name))
    placeholder = f"deleted-{user.pk}@deleted.invalid"
    user.email = placeholder
    user.username = placeholder
    user.display_name = ""
    user.first_name = ""
    user.last_name = ""
    user.bio = ""
    user.family_role = ""
    user.avatar = ""
    user.profile_hidden_from_public = True
    user.notifications_paused_until = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
