"""Starting threads, replying, editing and deleting one's own posts.

Every write screens the text with moderation.screening inside the transaction, so a
post is stored pending whenever the rules ask; creations and edits tell
community.services.effects (search outbox, notifications) in the same transaction.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts import guidelines
from community import pagecache
from community import photos as photo_rules
from community.models import (
    Category,
    ContentWarning,
    Mention,
    ModerationAction,
    Post,
    PostPhoto,
    PostRevision,
    PostStatus,
    Thread,
    Visibility,
)
from community.permissions import can_moderate
from community.rendering import render_body
from community.services import effects
from community.services.transitions import audit, post_transition
from core.errors import NotFound, PermissionDenied, RateLimited, ValidationError
from moderation.screening import Screening, post_screened, prescreen, screen_post

TITLE_MIN, TITLE_MAX = 3, 150
BODY_MAX = 20_000
#: Per member: at most this many posts in a minute, and in an hour.
RATE_PER_MINUTE = 5
RATE_PER_HOUR = 40


@dataclass
class Posted:
    """What a create returns: the post, and what the author should be told."""

    post: Post
    held: bool = False
    crisis: bool = False
    #: A softer crisis signal: published, but the author is shown where support is.
    concern: bool = False
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    replayed: bool = False

    @property
    def thread(self) -> Thread:
        return self.post.thread


# ---------------------------------------------------------------- checks


def _require_member(actor) -> None:
    if not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise PermissionDenied(_("Please sign in to post."), code="not_signed_in")
    guidelines.require_current(actor)


def can_post_in(actor, category: Category) -> bool:
    if not getattr(actor, "is_authenticated", False):
        return False
    if category.visibility == Visibility.PRIVATE:
        return category.memberships.filter(user=actor, status="approved").exists()
    return True


def _category_for(actor, category: Category | str) -> Category:
    slug = category.slug if isinstance(category, Category) else category
    found = Category.objects.visible_to(actor).filter(slug=slug).first()
    if found is None:
        raise NotFound(_("We couldn't find that discussion space."), code="not_found")
    return found


def _check_open(actor, category: Category, thread: Thread | None = None) -> None:
    if can_moderate(actor, category):
        return
    if category.is_locked:
        raise PermissionDenied(
            _("This space is read-only for now, so new posts can't be added here."),
            code="locked",
        )
    if thread is not None and thread.is_locked:
        raise PermissionDenied(
            _("This conversation has been closed to new replies."), code="locked"
        )


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if len(title) < TITLE_MIN:
        raise ValidationError(
            _("Please give your thread a title (at least %(n)s characters).")
            % {"n": TITLE_MIN},
            code="title_too_short",
        )
    if len(title) > TITLE_MAX:
        raise ValidationError(
            _("Please keep the title to %(n)s characters or fewer (it is %(len)s).")
            % {"n": TITLE_MAX, "len": len(title)},
            code="title_too_long",
        )
    return title


def _clean_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").replace("\x00", "").strip()
    if not body:
        raise ValidationError(
            _("Please write something before posting."), code="body_empty"
        )
    if len(body) > BODY_MAX:
        raise ValidationError(
            _(
                "That's a long message: posts can be up to %(n)s characters and this one "
                "is %(len)s. Could you split it into two?"
            )
            % {"n": BODY_MAX, "len": len(body)},
            code="body_too_long",
        )
    return body


def _clean_warning(content_warning: str) -> str:
    content_warning = content_warning or ""
    if content_warning not in ContentWarning.values:
        raise ValidationError(
            _("Please choose one of the content warnings offered."),
            code="content_warning",
        )
    return content_warning


def _clean_key(key: str) -> str:
    key = (key or "").strip()
    if len(key) > 64:
        raise ValidationError(
            _("The idempotency key can be up to 64 characters."), code="idempotency_key"
        )
    return key


def _check_rate(actor) -> None:
    if can_moderate_anywhere(actor):
        return
    now = timezone.now()
    recent = Post.objects.filter(author=actor, created_at__gte=now - timedelta(hours=1))
    minute = [
        t
        for t in recent.values_list("created_at", flat=True)
        if t >= now - timedelta(minutes=1)
    ]
    if len(minute) >= RATE_PER_MINUTE:
        retry = max(
            1, int((min(minute) + timedelta(minutes=1) - now).total_seconds()) + 1
        )
        raise RateLimited(
            ngettext(
                "You're posting faster than we can keep up with. Please take a breath and "
                "try again in %(n)s second.",
                "You're posting faster than we can keep up with. Please take a breath and "
                "try again in %(n)s seconds.",
                retry,
            )
            % {"n": retry},
            retry_after=retry,
        )
    if recent.count() >= RATE_PER_HOUR:
        oldest = (
            recent.order_by("created_at").values_list("created_at", flat=True).first()
        )
        retry = max(1, int((oldest + timedelta(hours=1) - now).total_seconds()) + 1)
        minutes = max(1, retry // 60)
        raise RateLimited(
            ngettext(
                "You've posted a lot in the last hour. To keep the community calm, please "
                "try again in about %(n)s minute.",
                "You've posted a lot in the last hour. To keep the community calm, please "
                "try again in about %(n)s minutes.",
                minutes,
            )
            % {"n": minutes},
            retry_after=retry,
        )


def can_moderate_anywhere(actor) -> bool:
    from accounts.roles import is_moderator

    return is_moderator(actor)


def _screen(
    *, actor, category, body: str, is_edit: bool, previous_body: str = "", photos=()
) -> Screening:
    screening = screen_post(
        author=actor,
        category=category,
        body=body,
        is_edit=is_edit,
        previous_body=previous_body,
        images=len(photos),
    )
    if screening.blocked:
        raise ValidationError(
            screening.message
            or _(
                "This post can't be shared as it is. Please have a look at the guidelines."
            ),
            code="blocked",
        )
    return screening


def _replay(actor, key: str) -> Posted | None:
    if not key:
        return None
    post = (
        Post.objects.select_related("thread", "thread__category")
        .filter(author=actor, idempotency_key=key)
        .first()
    )
    if post is None:
        return None
    hold = (
        ModerationAction.objects.filter(post=post, action="hold")
        .values_list("details", "reason")
        .first()
    )
    details, reason = hold if hold else ({}, "")
    return Posted(
        post=post,
        held=post.status == PostStatus.PENDING,
        crisis=bool(details.get("crisis")),
        reasons=list(details.get("reasons", [])),
        message=reason,
        replayed=True,
    )


def _store_extras(post: Post, mentioned_ids: list[int], cleaned_photos) -> None:
    Mention.objects.bulk_create(
        [
            Mention(post=post, user_id=uid)
            for uid in mentioned_ids
            if uid != post.author_id
        ],
        ignore_conflicts=True,
    )
    _store_photos(post, cleaned_photos)


def _store_photos(post: Post, cleaned_photos) -> None:
    for content, width, height in cleaned_photos:
        photo = PostPhoto(post=post, width=width, height=height)
        photo.image.save(content.name, content, save=False)
        photo.save()


def _clean_photos(photos) -> list:
    photos = [p for p in (photos or []) if p]
    if len(photos) > photo_rules.MAX_PHOTOS:
        raise ValidationError(
            _("You can add up to %(n)s photos to a post.")
            % {"n": photo_rules.MAX_PHOTOS},
            code="too_many_photos",
        )
    return [photo_rules.clean_photo(p) for p in photos]


def _check_photo_room(post: Post, cleaned_photos) -> None:
    """An edit may add photos while the post stays within its limit."""
    if not cleaned_photos:
        return
    existing = post.photos.count()
    if existing + len(cleaned_photos) > photo_rules.MAX_PHOTOS:
        raise ValidationError(
            ngettext(
                "This post already has %(existing)s photo, and a post can have up to "
                "%(n)s. Please choose fewer.",
                "This post already has %(existing)s photos, and a post can have up to "
                "%(n)s. Please choose fewer.",
                existing,
            )
            % {"existing": existing, "n": photo_rules.MAX_PHOTOS},
            code="too_many_photos",
        )


def _record_hold(post: Post, screening: Screening) -> None:
    audit(
        actor=None,
        action="hold",
        post=post,
        thread=post.thread,
        from_status="",
        to_status=PostStatus.PENDING,
        reason=screening.message,
        details={"reasons": list(screening.reasons), "crisis": screening.crisis},
    )


def _posted(post: Post, screening: Screening) -> Posted:
    return Posted(
        post=post,
        held=post.status == PostStatus.PENDING,
        crisis=screening.crisis,
        concern=screening.concern,
        reasons=list(screening.reasons),
        message=screening.message,
    )


# ---------------------------------------------------------------- services


def thread_create(
    *,
    actor,
    category: Category | str,
    title: str,
    body: str,
    content_warning: str = "",
    photos=None,
    idempotency_key: str = "",
    rate_limit: bool = True,
) -> Posted:
    """Start a thread with its opening post (position 1).

    `rate_limit=False` is for trusted setup code (the demo seeder), never interfaces.
    """
    _require_member(actor)
    key = _clean_key(idempotency_key)
    replay = _replay(actor, key)
    if replay is not None:
        return replay
    category = _category_for(actor, category)
    if not can_post_in(actor, category):
        raise PermissionDenied(
            _(
                "Only members of this group can start threads here. You can ask to join."
            ),
            code="not_a_group_member",
        )
    _check_open(actor, category)
    title = _clean_title(title)
    body = _clean_body(body)
    content_warning = _clean_warning(content_warning)
    cleaned_photos = _clean_photos(photos)
    if rate_limit:
        _check_rate(actor)
    prescreen(body)
    try:
        with transaction.atomic():
            screening = _screen(
                actor=actor,
                category=category,
                body=body,
                is_edit=False,
                photos=cleaned_photos,
            )
            status = (
                PostStatus.PENDING
                if (screening.hold or screening.crisis)
                else PostStatus.PUBLISHED
            )
            now = timezone.now()
            thread = Thread.objects.create(
                category=category,
                author=actor,
                title=title,
                status=status,
                last_activity_at=now,
            )
            stored = screening.body or body
            rendered = render_body(stored)
            post = Post.objects.create(
                thread=thread,
                author=actor,
                position=1,
                body=stored,
                body_html=rendered.html,
                content_warning=content_warning,
                status=status,
                idempotency_key=key,
                published_at=now if status == PostStatus.PUBLISHED else None,
            )
            _store_extras(post, rendered.mentioned_ids, cleaned_photos)
            if status == PostStatus.PENDING:
                _record_hold(post, screening)
            post_screened(post=post, screening=screening)
            effects.post_visibility_changed(post=post, from_status="")
            pagecache.content_changed()
    except IntegrityError:
        replay = _replay(actor, key)
        if replay is None:
            raise
        return replay
    return _posted(post, screening)


def post_create(
    *,
    actor,
    thread_id: int,
    body: str,
    content_warning: str = "",
    photos=None,
    idempotency_key: str = "",
    rate_limit: bool = True,
) -> Posted:
    """Reply to a thread. Replies land in order: the thread row is locked to number them."""
    _require_member(actor)
    key = _clean_key(idempotency_key)
    replay = _replay(actor, key)
    if replay is not None:
        return replay
    visible = Thread.objects.visible_to(actor).filter(pk=thread_id).exists()
    if not visible:
        raise NotFound(_("We couldn't find that conversation."), code="not_found")
    body = _clean_body(body)
    content_warning = _clean_warning(content_warning)
    cleaned_photos = _clean_photos(photos)
    if rate_limit:
        _check_rate(actor)
    prescreen(body)
    try:
        with transaction.atomic():
            thread = (
                Thread.objects.select_for_update()
                .select_related("category")
                .get(pk=thread_id)
            )
            if not can_post_in(actor, thread.category):
                raise NotFound(
                    _("We couldn't find that conversation."), code="not_found"
                )
            _check_open(actor, thread.category, thread)
            screening = _screen(
                actor=actor,
                category=thread.category,
                body=body,
                is_edit=False,
                photos=cleaned_photos,
            )
            status = (
                PostStatus.PENDING
                if (screening.hold or screening.crisis)
                else PostStatus.PUBLISHED
            )
            last = (
                Post.objects.filter(thread=thread).aggregate(m=Max("position"))["m"]
                or 0
            )
            now = timezone.now()
            stored = screening.body or body
            rendered = render_body(stored)
            post = Post.objects.create(
                thread=thread,
                author=actor,
                position=last + 1,
                body=stored,
                body_html=rendered.html,
                content_warning=content_warning,
                status=status,
                idempotency_key=key,
                published_at=now if status == PostStatus.PUBLISHED else None,
            )
            _store_extras(post, rendered.mentioned_ids, cleaned_photos)
            if status == PostStatus.PUBLISHED:
                thread.last_activity_at = post.created_at
                thread.reply_count = thread.reply_count + 1
                thread.save(update_fields=["last_activity_at", "reply_count"])
            else:
                _record_hold(post, screening)
            post_screened(post=post, screening=screening)
            effects.post_visibility_changed(post=post, from_status="")
            pagecache.content_changed()
    except IntegrityError:
        replay = _replay(actor, key)
        if replay is None:
            raise
        return replay
    return _posted(post, screening)


def _own_post_for_update(actor, post_id: int) -> Post:
    post = (
        Post.objects.select_for_update()
        .select_related("thread", "thread__category")
        .filter(pk=post_id)
        .first()
    )
    missing = NotFound(_("We couldn't find that post."), code="not_found")
    if post is None:
        raise missing
    category_visible = (
        Category.objects.visible_to(actor).filter(pk=post.thread.category_id).exists()
    )
    own = post.author_id == actor.pk
    if not category_visible:
        raise missing
    if not own:
        if (
            post.status != PostStatus.PUBLISHED
            or post.thread.status != PostStatus.PUBLISHED
        ):
            raise missing
        raise PermissionDenied(
            _("You can only change your own posts."), code="not_author"
        )
    if post.status in (PostStatus.REMOVED, PostStatus.REJECTED, PostStatus.HIDDEN):
        raise PermissionDenied(
            _("This post has been taken down by a moderator, so it can't be changed."),
            code="moderated",
        )
    if post.deleted_by_author:
        raise PermissionDenied(_("You have already deleted this post."), code="deleted")
    return post


def post_edit(
    *,
    actor,
    post_id: int,
    body: str,
    content_warning: str | None = None,
    title: str | None = None,
    photos=None,
) -> Posted:
    """Edit one's own post, perhaps adding photos. The previous text is kept as a
    PostRevision; screening sees the added photos as it does a new post's."""
    _require_member(actor)
    body = _clean_body(body)
    cleaned_photos = _clean_photos(photos)
    prescreen(body)
    with transaction.atomic():
        post = _own_post_for_update(actor, post_id)
        thread = post.thread
        _check_open(actor, thread.category, thread)
        _check_photo_room(post, cleaned_photos)
        screening = _screen(
            actor=actor,
            category=thread.category,
            body=body,
            is_edit=True,
            previous_body=post.body,
            photos=cleaned_photos,
        )
        stored = screening.body or body
        fields = []
        if content_warning is not None:
            post.content_warning = _clean_warning(content_warning)
            fields.append("content_warning")
        if title is not None and post.is_opening_post:
            thread.title = _clean_title(title)
            thread.save(update_fields=["title"])
        if stored != post.body:
            PostRevision.objects.create(post=post, body=post.body, edited_by=actor)
            rendered = render_body(stored)
            post.body = stored
            post.body_html = rendered.html
            post.edited_at = timezone.now()
            fields += ["body", "body_html", "edited_at"]
            Mention.objects.bulk_create(
                [
                    Mention(post=post, user_id=uid)
                    for uid in rendered.mentioned_ids
                    if uid != post.author_id
                ],
                ignore_conflicts=True,
            )
        if cleaned_photos:
            _store_photos(post, cleaned_photos)
            if "edited_at" not in fields:
                post.edited_at = timezone.now()
                fields.append("edited_at")
        if fields:
            post.save(update_fields=fields)
        if (screening.hold or screening.crisis) and post.status == PostStatus.PUBLISHED:
            # The edited text needs a moderator's eyes before it is shown again.
            post = post_transition(
                actor=None,
                post_id=post.pk,
                to_status=PostStatus.PENDING,
                reason=screening.message,
                system=True,
                details={
                    "reasons": list(screening.reasons),
                    "crisis": screening.crisis,
                },
            )
        # Held again, published as edited (a possible-crisis cue it adds is still read
        # by a moderator), or still waiting: what the edit adds reaches the queue.
        post_screened(post=post, screening=screening, is_edit=True)
        effects.post_content_changed(post=post)
        pagecache.content_changed()
    return Posted(
        post=post,
        held=post.status == PostStatus.PENDING,
        crisis=screening.crisis,
        concern=screening.concern,
        reasons=list(screening.reasons),
        message=screening.message,
    )


def post_delete_own(*, actor, post_id: int) -> Post:
    """Soft delete: the post stays in its place and reads "removed by its author"."""
    _require_member(actor)
    with transaction.atomic():
        post = _own_post_for_update(actor, post_id)
        post.deleted_by_author = True
        post.edited_at = timezone.now()
        post.save(update_fields=["deleted_by_author", "edited_at"])
        audit(
            actor=actor,
            action="delete_own",
            post=post,
            thread=post.thread,
            from_status=post.status,
            to_status=post.status,
        )
        effects.post_content_changed(post=post)
        pagecache.content_changed()
    return post
