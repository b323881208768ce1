"""Notification emails and the daily digest, each with a one-click unsubscribe.

Every email is built at send time from what the recipient may see then
(members.selectors.visible_notifications): nothing hidden, pending or private leaves.
Emails carry thread titles and names, never the words of a post.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from members import selectors
from members.models import (
    QUIET_KINDS,
    DigestRun,
    EmailChoice,
    Notification,
    NotificationKind,
)
from members.services import email_preference, email_preferences

K = NotificationKind
UNSUBSCRIBE_SALT = "members.unsubscribe"
UNSUBSCRIBE_SCOPES = {*NotificationKind.values, "digest", "all"}


def unsubscribe_token(user, scope: str) -> str:
    """A signed, unguessable token naming one member and what to stop."""
    return signing.dumps(
        {"u": user.pk, "s": scope}, salt=UNSUBSCRIBE_SALT, compress=True
    )


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("u"), int)
        or data.get("s") not in UNSUBSCRIBE_SCOPES
    ):
        return None
    return data["u"], data["s"]


def unsubscribe_url(user, scope: str) -> str:
    path = reverse(
        "members:unsubscribe", kwargs={"token": unsubscribe_token(user, scope)}
    )
    return f"{settings.SITE_URL}{path}"


def _message(*, user, subject: str, template: str, context: dict, scope: str):
    link = unsubscribe_url(user, scope)
    context = {
        **context,
        "user": user,
        "unsubscribe_url": link,
        "settings_url": f"{settings.SITE_URL}{reverse('members:notification_settings')}",
        "SITE_URL": settings.SITE_URL,
    }
    text = render_to_string(f"members/email/{template}.txt", context)
    html = render_to_string(f"members/email/{template}.html", context)
    subject = " ".join(str(subject).split())  # never a line break in a header
    message = EmailMultiAlternatives(
        subject=f"[Kindred] {subject}",
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            # RFC 8058 one-click: mail apps POST to the link; no sign-in needed.
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def _can_email(user) -> bool:
    return bool(user.is_active and user.email and not user.notifications_paused)


def notification_email_send(*, notification_id: int) -> bool:
    """Email one notification straight away, if it is still right to. Returns sent."""
    n = (
        Notification.objects.select_related(
            "recipient", "actor", "post", "post__thread", "post__thread__category"
        )
        .filter(pk=notification_id)
        .first()
    )
    if n is None or n.emailed_at or n.read_at:
        return False
    user = n.recipient
    if not _can_email(user) or n.kind in QUIET_KINDS or n.quiet:
        return False
    if n.post.thread.in_memory_of and n.kind != NotificationKind.DECISION:
        return False  # marked "in memory of" since: only the gentler digest
    if email_preference(user, n.kind) != EmailChoice.IMMEDIATELY:
        return False
    # Checked now, not when the notification was made.
    if not selectors.visible_notifications(user).filter(pk=n.pk).exists():
        return False
    if _recently_emailed_about_thread(n):
        return False
    # Claim it first, so a retried or duplicated task never sends twice.
    claimed = Notification.objects.filter(pk=n.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    text = selectors.notification_text(n)
    message = _message(
        user=user,
        subject=text,
        template="notification",
        context={
            "text": text,
            "url": f"{settings.SITE_URL}{selectors.notification_url(n)}",
        },
        scope=n.kind,
    )
    try:
        message.send()
    except Exception:
        Notification.objects.filter(pk=n.pk).update(emailed_at=None)
        raise
    return True


#: A busy conversation emails once, then waits until the member has caught up (or
#: this long has passed) before emailing about it again.
THREAD_EMAIL_QUIET_PERIOD = timedelta(minutes=30)


def _recently_emailed_about_thread(n: Notification) -> bool:
    if n.kind not in (NotificationKind.REPLY, NotificationKind.NEW_THREAD):
        return False
    return (
        Notification.objects.filter(
            recipient_id=n.recipient_id,
            post__thread_id=n.post.thread_id,
            read_at__isnull=True,
            emailed_at__gte=timezone.now() - THREAD_EMAIL_QUIET_PERIOD,
        )
        .exclude(pk=n.pk)
        .exists()
    )


def _digest_kinds(user) -> tuple[set[str], set[str]]:
    """(kinds gathered into the digest, kinds sent immediately but quiet ones here)."""
    prefs = email_preferences(user)
    digest = {k for k, v in prefs.items() if v == EmailChoice.DIGEST}
    immediate = {k for k, v in prefs.items() if v == EmailChoice.IMMEDIATELY}
    return digest, immediate


def digest_items(user, *, since: datetime):
    """The unread, visible notifications from `since` that belong in this member's digest."""
    digest, immediate = _digest_kinds(user)
    qs = selectors.notification_list(user).filter(
        updated_at__gte=since, read_at__isnull=True, emailed_at__isnull=True
    )
    from django.db.models import Q

    quiet = Q(quiet=True) | Q(post__thread__in_memory_of=True)
    return qs.filter(
        Q(kind__in=digest) | (Q(kind__in=immediate) & quiet & ~Q(kind=K.DECISION))
    ).order_by("post__thread__title", "-updated_at")


def digest_send(*, user_id: int, day: date) -> bool:
    """The member's digest for `day`: once per day, skipped while they take a break."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None or not _can_email(user):
        return False
    last = (
        DigestRun.objects.filter(user=user, sent_at__isnull=False)
        .order_by("-sent_at")
        .values_list("sent_at", flat=True)
        .first()
    )
    since = timezone.now() - timedelta(days=1)
    if last and last > since:
        since = last
    with transaction.atomic():
        run, created = DigestRun.objects.get_or_create(user=user, day=day)
    if not created:
        return False
    items: list[Notification] = []
    try:
        items = list(digest_items(user, since=since))
        if not items:
            return False
        threads: dict[int, dict] = {}
        for n in items:
            if n.kind == K.REPORT and not selectors.reporter_can_see(n):
                # A post the reporter can no longer see: not even its conversation's
                # title goes in the email.
                key, title = 0, _("Posts you reported")
            else:
                key, title = n.post.thread_id, n.post.thread.title
            entry = threads.setdefault(key, {"title": title, "items": []})
            entry["items"].append(
                {
                    "text": selectors.notification_text(n),
                    "url": f"{settings.SITE_URL}{selectors.notification_url(n)}",
                }
            )
        now = timezone.now()
        Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=now)
        message = _message(
            user=user,
            subject=_("Your daily Kindred digest"),
            template="digest",
            context={"threads": list(threads.values()), "count": len(items)},
            scope="digest",
        )
        message.send()
        DigestRun.objects.filter(pk=run.pk).update(sent_at=now, item_count=len(items))
        return True
    except Exception:
        # Let a retry try again: forget this run and the items' "emailed" mark.
        Notification.objects.filter(pk__in=[n.pk for n in items]).update(
            emailed_at=None
        )
        DigestRun.objects.filter(pk=run.pk).delete()
        raise


def digest_recipient_ids(*, day: date) -> list[int]:
    """Members who may have something for today's digest and haven't had it yet."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    since = timezone.now() - timedelta(days=1)
    now = timezone.now()
    candidates = (
        Notification.objects.filter(
            updated_at__gte=since, read_at__isnull=True, emailed_at__isnull=True
        )
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    done = DigestRun.objects.filter(day=day).values("user_id")
    return list(
        get_user_model()
        .objects.filter(pk__in=candidates, is_active=True)
        .exclude(email="")
        .exclude(pk__in=done)
        .exclude(Q(notifications_paused_until__gt=now))
        .values_list("pk", flat=True)
    )
