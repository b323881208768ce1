"""Moderation's background jobs. Tasks take ids, never text, and own their retries."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

logger = logging.getLogger("kindred.moderation")

RETRY = {"autoretry_for": (Exception,), "retry_backoff": 5, "max_retries": 5}


def moderator_emails(*, on_call_first: bool = False) -> list[str]:
    """On-call moderators when `on_call_first` and any exist, else every moderator."""
    from django.db.models import Q

    from accounts.models import User
    from accounts.roles import GROUP_NAMES, MODERATOR

    moderators = User.objects.filter(is_active=True).filter(
        Q(groups__name=GROUP_NAMES[MODERATOR]) | Q(is_superuser=True)
    )
    if on_call_first:
        on_call = moderators.filter(moderation_on_call__is_on_call=True)
        if on_call.exists():
            moderators = on_call
    return sorted(set(moderators.exclude(email="").values_list("email", flat=True)))


def _admin_url(name: str, *args) -> str:
    from django.urls import NoReverseMatch

    try:
        return settings.WAGTAILADMIN_BASE_URL + reverse(name, args=args)
    except NoReverseMatch:  # the admin's URLs are not loaded (e.g. an API-only process)
        return settings.WAGTAILADMIN_BASE_URL + "/admin/"


@shared_task(**RETRY)
def send_crisis_alert(item_id: int) -> int:
    """Urgent email about a crisis post. The text of the post never leaves the site."""
    from moderation.models import QueueItem

    item = QueueItem.objects.select_related("category").filter(pk=item_id).first()
    if item is None or item.status != QueueItem.Status.OPEN:
        return 0
    recipients = moderator_emails(on_call_first=True)
    if not recipients:
        logger.error(
            "crisis alert for queue item %s has no moderator to send to", item_id
        )
        return 0
    context = {
        "item": item,
        "url": _admin_url("moderation_admin:item", item.pk),
        "minutes": int((timezone.now() - item.created_at).total_seconds() // 60),
    }
    send_mail(
        subject=render_to_string(
            "moderation/email/crisis_alert_subject.txt", context
        ).strip(),
        message=render_to_string("moderation/email/crisis_alert.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=recipients,
    )
    QueueItem.objects.filter(pk=item.pk).update(
        alerted_at=timezone.now(), alert_recipients=len(recipients)
    )
    logger.info(
        "crisis alert for queue item %s sent to %s moderators", item_id, len(recipients)
    )
    return len(recipients)


@shared_task(**RETRY)
def escalate_stale_items() -> int:
    """Email every moderator about items waiting longer than the configured limit."""
    from moderation.models import QueueItem
    from moderation.rules import load_settings
    from moderation.services import stale_items

    config = load_settings()
    with transaction.atomic():
        ids = list(
            stale_items(config.escalate_after_minutes)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        if not ids:
            return 0
        QueueItem.objects.filter(pk__in=ids).update(escalated_at=timezone.now())
    recipients = moderator_emails()
    if recipients:
        items = QueueItem.objects.filter(pk__in=ids).select_related("category")
        context = {
            "items": items,
            "count": len(ids),
            "limit": config.escalate_after_minutes,
            "url": _admin_url("moderation_admin:queue"),
        }
        send_mail(
            subject=render_to_string(
                "moderation/email/escalation_subject.txt", context
            ).strip(),
            message=render_to_string("moderation/email/escalation.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=recipients,
        )
    return len(ids)


NOTIFIED_DECISIONS = ("approve", "reject", "hide", "remove", "restore")


@shared_task(**RETRY)
def notify_author_decision(action_id: int) -> bool:
    """Tell the author what a moderator decided, kindly. Never who reported it.

    The members app's notification (in the site, and by email per the member's
    preferences) says what happened; when a moderator wrote the author a reason for
    taking something down, it is emailed to them too, in the moderator's own words.
    """
    from community.models import ModerationAction

    action = (
        ModerationAction.objects.select_related("post", "post__author", "post__thread")
        .filter(pk=action_id)
        .first()
    )
    if action is None or action.post is None or action.post.author is None:
        return False
    if action.action not in NOTIFIED_DECISIONS:
        return False
    try:
        from members.services import notify_post_decision
    except ImportError:
        notify_post_decision = None
    if notify_post_decision is not None:
        notify_post_decision(
            post_id=action.post_id, decision=action.action, actor=action.actor
        )
    author = action.post.author
    with_reason = bool(action.reason.strip()) and action.action != "approve"
    if notify_post_decision is not None and (
        not with_reason or author.notifications_paused
    ):
        # The members app keeps the notification on the site; a member taking a break
        # gets no email from us either.
        return True
    if not author.email or not author.is_active:
        return False
    context = {
        "action": action,
        "post": action.post,
        "author": author,
        "thread_url": settings.SITE_URL + action.post.thread.get_absolute_url(),
    }
    send_mail(
        subject=render_to_string(
            "moderation/email/decision_subject.txt", context
        ).strip(),
        message=render_to_string("moderation/email/decision.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[author.email],
    )
    return True


@shared_task(**RETRY)
def notify_reporter_outcome(report_id: int) -> bool:
    """Tell a reporter what came of their report: a notification in their bell, and an
    email per their notification settings (none while they take a break). The members
    app words it: thanks, the outcome, nobody's name, and the post only while the
    reporter can still see it."""
    from members.services import notify_report_outcome
    from moderation.models import Report

    report = Report.objects.filter(pk=report_id).first()
    if report is None or report.outcome == Report.Outcome.PENDING:
        return False
    notification = notify_report_outcome(
        post_id=report.post_id, reporter_id=report.reporter_id, outcome=report.outcome
    )
    return notification is not None


@shared_task(**RETRY)
def notify_sanction(sanction_id: int) -> bool:
    from moderation.models import Sanction

    sanction = Sanction.objects.select_related("user").filter(pk=sanction_id).first()
    if sanction is None or not sanction.user.email:
        return False
    context = {"sanction": sanction, "member": sanction.user}
    send_mail(
        subject=render_to_string(
            "moderation/email/sanction_subject.txt", context
        ).strip(),
        message=render_to_string("moderation/email/sanction.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[sanction.user.email],
    )
    return True
