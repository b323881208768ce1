"""Moderation writes: the queue, reports, decisions and thread tools.

Post state changes go through community.services.transitions.post_transition (which
writes the one ModerationAction per change and, for a moderator's change, calls
`queue_settle_after_decision` in its transaction); changes that are not post transitions
(thread locks, moves, merges, "in memory of", sanctions) write their own single audit
row through `record_action`. Notifications run after commit, through Celery.
"""

from __future__ import annotations

import difflib
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import (
    Category,
    ModerationAction,
    Post,
    PostRevision,
    PostStatus,
    Thread,
)
from community.permissions import can_moderate
from community.services import effects
from community.services.transitions import actor_name, post_transition
from core.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from core.queue import enqueue_on_commit
from moderation import detectors, pagecache
from moderation.models import QueueItem, Reason, Report

S = PostStatus

PRIORITY = {
    Reason.CRISIS: 400,
    Reason.POSSIBLE_CRISIS: 350,
    Reason.PERSONAL_DETAILS: 300,
    Reason.REPORTS: 200,
}
DEFAULT_PRIORITY = 100

#: Report reasons that put an item in a higher tier.
REPORT_TIER = {"safety": Reason.CRISIS, "child_privacy": Reason.PERSONAL_DETAILS}

DECISIONS = ("approve", "reject", "edit_approve", "hide", "remove", "restore")
#: Decisions that agree with the people who reported the post.
UPHOLDS = {"reject", "hide", "remove", "edit_approve"}


def record_action(
    *,
    actor,
    action: str,
    target_type: str,
    target_id: int,
    post: Post | None = None,
    thread: Thread | None = None,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
    details: dict | None = None,
) -> ModerationAction:
    pagecache.queue_changed()
    return ModerationAction.objects.create(
        actor=actor,
        actor_name=actor_name(actor),
        action=action,
        target_type=target_type,
        target_id=target_id,
        post=post,
        thread=thread,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        details=details or {},
    )


def priority_for(reasons) -> int:
    return max(
        [PRIORITY.get(r, DEFAULT_PRIORITY) for r in reasons] or [DEFAULT_PRIORITY]
    )


# ---------------------------------------------------------------- the queue


def queue_post(
    *, post: Post, reasons: list[str], kind: str, crisis: bool = False
) -> QueueItem:
    """Put `post` on the queue (or add reasons to its open item). Caller's transaction."""
    reasons = [str(r) for r in reasons] or [Reason.NEW_MEMBER.value]
    if crisis and Reason.CRISIS not in reasons:
        reasons.insert(0, Reason.CRISIS.value)
    redaction = ""
    if Reason.PERSONAL_DETAILS in reasons:
        from moderation.rules import hospital_names

        findings = detectors.detect_personal_details(
            post.body, hospitals=hospital_names()
        )
        if findings:
            redaction = detectors.redact(post.body, findings)
    item = (
        QueueItem.objects.select_for_update()
        .filter(post=post, kind=kind, status=QueueItem.Status.OPEN)
        .first()
    )
    if item is None:
        item = QueueItem.objects.create(
            post=post,
            category_id=post.thread.category_id,
            kind=kind,
            reasons=reasons,
            priority=priority_for(reasons),
            suggested_redaction=redaction,
        )
        is_new = True
    else:
        # A safety report on a post already waiting for something else is still
        # news for the on-call moderators: alert when crisis is new to the item.
        is_new = Reason.CRISIS.value not in item.reasons
        merged = list(dict.fromkeys([*item.reasons, *reasons]))
        # Crisis language leads the row, as it does on an item that starts with it.
        item.reasons = sorted(merged, key=lambda r: r != Reason.CRISIS.value)
        item.priority = priority_for(item.reasons)
        item.suggested_redaction = redaction or item.suggested_redaction
        item.save(update_fields=["reasons", "priority", "suggested_redaction"])
    pagecache.queue_changed()
    if Reason.CRISIS in reasons and is_new:
        # Never lost to a broker outage: it runs in-process if Redis can't take it.
        enqueue_on_commit(_moderation_tasks().send_crisis_alert, item.pk)
    return item


def _moderation_tasks():
    from moderation import tasks

    return tasks


def queue_for(user, *, global_moderator: bool | None = None):
    """Open items `user` may decide, most urgent first. `global_moderator` saves a
    query when the caller already knows whether `user` moderates everywhere."""
    from accounts.roles import is_moderator

    items = QueueItem.objects.filter(status=QueueItem.Status.OPEN)
    if global_moderator is None:
        global_moderator = is_moderator(user)
    if global_moderator:
        return items
    return items.filter(category__moderators=user)


def with_reason(items, reason: str):
    """Items with `reason` among their reasons (a JSON list). PostgreSQL tests jsonb
    containment, which the planner estimates well enough to walk the queue's index;
    SQLite has no JSON containment, so there the list's text is searched."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return items.filter(reasons__contains=[reason])
    return items.filter(reasons__icontains=f'"{reason}"')


def item_claim(*, actor, item_id: int) -> QueueItem:
    with transaction.atomic():
        item = _item_for_update(actor, item_id)
        if item.claimed_by_id and item.claimed_by_id != actor.pk:
            raise InvalidTransition(
                _("%(name)s is already looking at this item.")
                % {"name": actor_name(item.claimed_by)},
                code="claimed",
            )
        item.claimed_by = actor
        item.claimed_at = timezone.now()
        item.save(update_fields=["claimed_by", "claimed_at"])
        pagecache.queue_changed()
    return item


def item_unclaim(*, actor, item_id: int) -> QueueItem:
    with transaction.atomic():
        item = _item_for_update(actor, item_id)
        if item.claimed_by_id == actor.pk:
            item.claimed_by = None
            item.claimed_at = None
            item.save(update_fields=["claimed_by", "claimed_at"])
            pagecache.queue_changed()
    return item


def _item_for_update(actor, item_id: int) -> QueueItem:
    item = (
        QueueItem.objects.select_for_update(of=("self",))
        .select_related("category", "claimed_by")
        .filter(pk=item_id)
        .first()
    )
    if item is None or not can_moderate(actor, item.category):
        raise NotFound(_("That item could not be found."), code="not_found")
    return item


# ---------------------------------------------------------------- reports


def reporter_weight(user) -> float:
    """0.5–1.5: new reporters weigh 1; accurate ones more, inaccurate ones less."""
    resolved = Report.objects.filter(
        reporter=user,
        outcome__in=(Report.Outcome.UPHELD, Report.Outcome.DISMISSED),
    )
    upheld = resolved.filter(outcome=Report.Outcome.UPHELD).count()
    total = resolved.count()
    return round(0.5 + (upheld + 1) / (total + 2), 3)


def report_create(
    *, actor, post_id: int, reason: str, note: str = ""
) -> tuple[Report, bool]:
    """Report a post. Returns (report, created). Enough weight hides it until reviewed."""
    from moderation.rules import category_rule, load_settings

    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(
            _("Please sign in to report a post."), code="not_signed_in"
        )
    if reason not in Report.ReportReason.values:
        raise ValidationError(
            _("Please choose a reason for your report."), code="reason"
        )
    note = (note or "").strip()
    if len(note) > 1000:
        raise ValidationError(
            _("Please keep the note to 1,000 characters or fewer."),
            code="note_too_long",
        )
    with transaction.atomic():
        post = (
            Post.objects.visible_to(actor)
            .select_for_update()
            .filter(pk=post_id)
            .first()
        )
        if post is None:
            raise NotFound(_("We couldn't find that post."), code="not_found")
        if post.author_id == actor.pk:
            raise ValidationError(
                _("This is your own post: you can edit or delete it instead."),
                code="own_post",
            )
        existing = Report.objects.filter(post=post, reporter=actor).first()
        if existing is not None:
            return existing, False
        try:
            with transaction.atomic():
                report = Report.objects.create(
                    post=post,
                    reporter=actor,
                    reason=reason,
                    note=note,
                    weight=reporter_weight(actor),
                )
        except IntegrityError:
            return Report.objects.get(post=post, reporter=actor), False
        post = Post.objects.select_related("thread").get(pk=post.pk)
        pending = Report.objects.filter(post=post, outcome=Report.Outcome.PENDING)
        weight = sum(pending.values_list("weight", flat=True))
        reasons = [Reason.REPORTS.value]
        for r in pending.values_list("reason", flat=True).distinct():
            if r in REPORT_TIER:
                reasons.append(REPORT_TIER[r].value)
        item = queue_post(post=post, reasons=reasons, kind=QueueItem.Kind.REPORT)
        item.report_weight = weight
        item.save(update_fields=["report_weight"])
        config = load_settings()
        rule = category_rule(post.thread.category)
        threshold = (
            rule.report_threshold
            if rule is not None and rule.report_threshold is not None
            else config.report_threshold
        )
        if post.status == S.PUBLISHED and weight >= threshold:
            post_transition(
                actor=None,
                post_id=post.pk,
                to_status=S.HIDDEN,
                system=True,
                reason=_(
                    "Hidden automatically after reports, until a moderator reviews it."
                ),
                details={"reports": pending.count(), "weight": weight},
            )
    return report, True


# ---------------------------------------------------------------- decisions


def post_decide(
    *,
    actor,
    post_id: int,
    action: str,
    reason: str = "",
    body: str | None = None,
    template_id: int | None = None,
) -> Post:
    """A moderator's decision on a post; resolves its open queue items."""
    from moderation.models import RejectionTemplate

    if action not in DECISIONS:
        raise ValidationError(
            _("Choose one of: %(choices)s.") % {"choices": ", ".join(DECISIONS)},
            code="action",
        )
    if template_id:
        template = RejectionTemplate.objects.filter(pk=template_id).first()
        if template is None:
            raise ValidationError(
                _("That message template no longer exists."), code="template"
            )
        reason = template.message if not reason.strip() else reason
    if action in ("reject", "remove", "hide") and not reason.strip():
        raise ValidationError(
            _("Please give a reason: the author will read it, so say it kindly."),
            code="reason",
        )
    with transaction.atomic():
        post = (
            Post.objects.select_for_update(of=("self",))
            .select_related("thread", "thread__category")
            .filter(pk=post_id)
            .first()
        )
        if post is None or not can_moderate(actor, post.thread.category):
            raise NotFound(_("That post could not be found."), code="not_found")
        # The moderator's own word for it ("reject" may take a post down as "remove"),
        # kept on the audit row and on the queue items the decision settles.
        details: dict = {"decision": action}
        to_status = {
            "approve": S.PUBLISHED,
            "edit_approve": S.PUBLISHED,
            "restore": S.PUBLISHED,
            "reject": S.REJECTED,
            "hide": S.HIDDEN,
            "remove": S.REMOVED,
        }[action]
        if action == "edit_approve":
            if body is None or not body.strip():
                raise ValidationError(
                    _("The edited text can't be empty."), code="body_empty"
                )
            details["diff"] = _edit_body(actor=actor, post=post, body=body.strip())
            details["edited"] = True
        if action == "reject" and post.status != S.PENDING:
            # Rejecting something already visible means taking it down.
            to_status = (
                S.REMOVED if post.status in (S.PUBLISHED, S.HIDDEN) else to_status
            )
        if post.status == to_status:
            # No state change: keep a published post (dismissing reports) or record the
            # edit. Still one audit row, so every decision is on the record.
            row = record_action(
                actor=actor,
                action="edit" if action == "edit_approve" else "keep",
                target_type="post",
                target_id=post.pk,
                post=post,
                thread=post.thread,
                from_status=post.status,
                to_status=post.status,
                reason=reason,
                details=details,
            )
            if action == "edit_approve":
                effects.post_content_changed(post=post)
            queue_settle_after_decision(action=row)
        else:
            # post_transition settles the queue in this transaction.
            post = post_transition(
                actor=actor,
                post_id=post.pk,
                to_status=to_status,
                reason=reason,
                details=details,
            )
        action_id = (
            ModerationAction.objects.filter(post=post)
            .order_by("-id")
            .values_list("pk", flat=True)
            .first()
        )
        _notify_decision(action_id)
    return post


def queue_settle_after_decision(*, action: ModerationAction) -> None:
    """Call in the transaction that writes `action`, a moderator's decision on a post.

    community.services.transitions.post_transition calls it for every change of state
    a moderator makes, whichever tool they used (the queue, the API, bulk decisions,
    the demo seeder), and post_decide for decisions that keep the state. The post's
    open queue items are resolved with the decision and its pending reports settled,
    so the queue never shows work someone has already done. A change back to pending
    (a held edit) or by the automatic rules (a post hidden after reports) is not a
    decision: the queue keeps waiting for one.
    """
    if action.post_id is None or action.actor_id is None:
        return
    if action.to_status == S.PENDING:
        return
    decision = (action.details or {}).get("decision") or action.action
    pagecache.queue_changed()
    QueueItem.objects.filter(
        post_id=action.post_id, status=QueueItem.Status.OPEN
    ).update(
        status=QueueItem.Status.RESOLVED,
        resolved_at=timezone.now(),
        resolved_by_id=action.actor_id,
        decision=decision,
        decision_reason=action.reason,
    )
    upheld = decision in UPHOLDS or action.to_status in (
        S.HIDDEN,
        S.REMOVED,
        S.REJECTED,
    )
    resolve_reports(post_id=action.post_id, upheld=upheld)


def _edit_body(*, actor, post: Post, body: str) -> str:
    from community.rendering import render_body

    diff = "\n".join(
        difflib.unified_diff(
            post.body.splitlines(), body.splitlines(), "before", "after", lineterm=""
        )
    )
    if body != post.body:
        PostRevision.objects.create(post=post, body=post.body, edited_by=actor)
        post.body = body
        post.body_html = render_body(body).html
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "body_html", "edited_at"])
    return diff


def resolve_reports(*, post_id: int, upheld: bool) -> None:
    pending = list(
        Report.objects.filter(
            post_id=post_id, outcome=Report.Outcome.PENDING
        ).values_list("pk", flat=True)
    )
    if not pending:
        return
    Report.objects.filter(pk__in=pending).update(
        outcome=Report.Outcome.UPHELD if upheld else Report.Outcome.DISMISSED,
        resolved_at=timezone.now(),
    )

    for pk in pending:
        enqueue_on_commit(_moderation_tasks().notify_reporter_outcome, pk)


def queue_withdraw(*, post_ids: list[int]) -> None:
    """Call in the transaction that deletes an account together with its posts.

    Their open queue items close as "withdrawn" (no moderator decided, and nobody is
    left to tell), and their pending reports close as withdrawn: they count neither for
    nor against the reporters, who are not notified (it would say something about the
    author's account).
    """
    if not post_ids:
        return
    now = timezone.now()
    closed = QueueItem.objects.filter(
        post_id__in=post_ids, status=QueueItem.Status.OPEN
    ).update(
        status=QueueItem.Status.RESOLVED,
        resolved_at=now,
        resolved_by=None,
        decision="withdrawn",
        decision_reason="",
    )
    Report.objects.filter(post_id__in=post_ids, outcome=Report.Outcome.PENDING).update(
        outcome=Report.Outcome.WITHDRAWN, resolved_at=now
    )
    if closed:
        pagecache.queue_changed()


def _notify_decision(action_id: int | None) -> None:
    if action_id is None:
        return
    enqueue_on_commit(_moderation_tasks().notify_author_decision, action_id)


def items_decide(
    *, actor, item_ids: list[int], action: str, reason: str = ""
) -> list[int]:
    """Bulk approve/reject. Each post is decided in its own transaction."""
    if action not in ("approve", "reject"):
        raise ValidationError(_("Bulk decisions can approve or reject."), code="action")
    post_ids = list(
        queue_for(actor)
        .filter(pk__in=item_ids)
        .values_list("post_id", flat=True)
        .distinct()
    )
    done = []
    for post_id in post_ids:
        post_decide(actor=actor, post_id=post_id, action=action, reason=reason)
        done.append(post_id)
    return done


# ---------------------------------------------------------------- threads and profiles


def _thread_for_update(actor, thread_id: int) -> Thread:
    thread = (
        Thread.objects.select_for_update(of=("self",))
        .select_related("category")
        .filter(pk=thread_id)
        .first()
    )
    if thread is None or not can_moderate(actor, thread.category):
        raise NotFound(_("That thread could not be found."), code="not_found")
    return thread


def thread_set_flag(
    *, actor, thread_id: int, flag: str, value: bool, reason: str = ""
) -> Thread:
    """Lock/unlock a thread, or mark it "in memory of" (quieter, no reaction prompts)."""
    if flag not in ("is_locked", "in_memory_of"):
        raise ValidationError(_("Unknown thread setting."), code="flag")
    with transaction.atomic():
        thread = _thread_for_update(actor, thread_id)
        if getattr(thread, flag) == value:
            return thread
        setattr(thread, flag, value)
        thread.save(update_fields=[flag])
        verb = {
            ("is_locked", True): "lock",
            ("is_locked", False): "unlock",
            ("in_memory_of", True): "in_memory_of",
            ("in_memory_of", False): "not_in_memory_of",
        }[(flag, value)]
        record_action(
            actor=actor,
            action=verb,
            target_type="thread",
            target_id=thread.pk,
            thread=thread,
            from_status=str(not value).lower(),
            to_status=str(value).lower(),
            reason=reason,
        )
    return thread


def thread_move(*, actor, thread_id: int, category_id: int, reason: str = "") -> Thread:
    with transaction.atomic():
        thread = _thread_for_update(actor, thread_id)
        target = Category.objects.filter(pk=category_id).first()
        if target is None or not can_moderate(actor, target):
            raise NotFound(_("That category could not be found."), code="not_found")
        if target.pk == thread.category_id:
            return thread
        source = thread.category
        thread.category = target
        thread.save(update_fields=["category"])
        QueueItem.objects.filter(post__thread=thread).update(category=target)
        record_action(
            actor=actor,
            action="move",
            target_type="thread",
            target_id=thread.pk,
            thread=thread,
            from_status=source.slug,
            to_status=target.slug,
            reason=reason,
        )
        _thread_visibility_changed(thread)
    return thread


def thread_merge(
    *, actor, thread_id: int, into_thread_id: int, reason: str = ""
) -> Thread:
    """Move every post of `thread_id` to the end of `into_thread_id`, in order."""
    if thread_id == into_thread_id:
        raise ValidationError(
            _("A thread can't be merged into itself."), code="same_thread"
        )
    with transaction.atomic():
        first, second = sorted([thread_id, into_thread_id])
        locked = {
            t.pk: t
            for t in [
                _thread_for_update(actor, first),
                _thread_for_update(actor, second),
            ]
        }
        source, target = locked[thread_id], locked[into_thread_id]
        last = Post.objects.filter(thread=target).aggregate(m=Max("position"))["m"] or 0
        moved = list(Post.objects.filter(thread=source).order_by("position"))
        # Two passes so the (thread, position) constraint never sees a clash.
        for offset, post in enumerate(moved, start=1):
            post.thread = target
            post.position = last + offset + 1_000_000
            post.save(update_fields=["thread", "position"])
        for offset, post in enumerate(moved, start=1):
            post.position = last + offset
            post.save(update_fields=["position"])
        published = sum(1 for p in moved if p.status == S.PUBLISHED)
        target.reply_count += published
        target.last_activity_at = max(target.last_activity_at, source.last_activity_at)
        target.save(update_fields=["reply_count", "last_activity_at"])
        from_status = source.status
        source.status = S.REMOVED
        source.reply_count = 0
        source.save(update_fields=["status", "reply_count"])
        QueueItem.objects.filter(post__in=moved).update(category_id=target.category_id)
        record_action(
            actor=actor,
            action="merge",
            target_type="thread",
            target_id=source.pk,
            thread=source,
            from_status=from_status,
            to_status=S.REMOVED,
            reason=reason,
            details={"into_thread": target.pk, "posts": [p.pk for p in moved]},
        )
        from search import outbox

        for post in moved:
            outbox.record(post)
        outbox.record(source)
        outbox.record(target)
    return target


def _thread_visibility_changed(thread: Thread) -> None:
    from search import outbox

    outbox.record(thread)
    for post in Post.objects.filter(thread=thread):
        outbox.record(post)


def profile_set_in_memory(*, actor, user_id: int, value: bool, reason: str = ""):
    from accounts.models import User
    from accounts.roles import is_moderator

    if not is_moderator(actor):
        raise PermissionDenied(_("Only moderators can do that."))
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id).first()
        if user is None:
            raise NotFound(_("That member could not be found."), code="not_found")
        if user.in_memory_of == value:
            return user
        user.in_memory_of = value
        user.save(update_fields=["in_memory_of"])
        record_action(
            actor=actor,
            action="in_memory_of" if value else "not_in_memory_of",
            target_type="user",
            target_id=user.pk,
            from_status=str(not value).lower(),
            to_status=str(value).lower(),
            reason=reason,
        )
    return user


# ---------------------------------------------------------------- reads for the admin


def author_history(user_ids) -> dict:
    """Per author: decisions on their posts so far, and strikes."""
    from django.db.models import Count

    from moderation.models import Sanction

    rows = (
        ModerationAction.objects.filter(
            post__author_id__in=user_ids, actor__isnull=False
        )
        .values("post__author_id", "action")
        .annotate(n=Count("id"))
    )
    out: dict = {uid: {"decisions": {}, "strikes": 0} for uid in user_ids}
    for row in rows:
        out[row["post__author_id"]]["decisions"][row["action"]] = row["n"]
    for row in (
        Sanction.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(n=Count("id"))
    ):
        out[row["user_id"]]["strikes"] = row["n"]
    return out


def stale_items(minutes: int):
    cutoff = timezone.now() - timedelta(minutes=minutes)
    return QueueItem.objects.filter(
        status=QueueItem.Status.OPEN, created_at__lt=cutoff
    ).filter(Q(escalated_at__isnull=True))
