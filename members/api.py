"""Members JSON API (mounted at /api/v1/): a member's notifications.

Only notifications about content the caller can see now are listed (the same
visible_to check as the pages); everything else is as if it never existed.
"""

from datetime import datetime
from typing import Annotated

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema

from accounts.api_auth import SessionOrBearer
from core.errors import ValidationError
from members import selectors, services

router = Router(tags=["members"])
PER_PAGE = 30
MAX_ID = 2**63 - 1
NotificationId = Annotated[int, Field(ge=1, le=MAX_ID)]


class Error(Schema):
    detail: str
    code: str


class NotificationOut(Schema):
    id: int
    kind: str
    text: str
    url: str
    thread_id: int
    post_id: int
    actor: str | None
    count: int
    decision: str
    read: bool
    created_at: datetime
    updated_at: datetime


class NotificationPage(Schema):
    items: list[NotificationOut]
    page: int
    page_count: int
    count: int
    unread: int


class MarkRead(Schema):
    ids: list[NotificationId] | None = Field(
        default=None,
        description="Notification ids to mark as read.",
        max_length=500,
    )
    all: bool = Field(default=False, description="Mark every notification as read.")


class MarkedRead(Schema):
    marked: int
    unread: int


def _out(n) -> dict:
    return {
        "id": n.pk,
        "kind": n.kind,
        "text": selectors.notification_text(n),
        "url": selectors.notification_url(n),
        "thread_id": n.post.thread_id,
        "post_id": n.post_id,
        "actor": n.actor.public_name if n.actor_id and n.actor else None,
        "count": n.count,
        "decision": n.decision,
        "read": n.read_at is not None,
        "created_at": n.created_at,
        "updated_at": n.updated_at,
    }


def _unread(user) -> int:
    return selectors.visible_notifications(user).filter(read_at__isnull=True).count()


@router.get(
    "/notifications/",
    auth=SessionOrBearer(),
    response={200: NotificationPage, 401: Error},
    summary="Your notifications, newest first",
)
def list_notifications(request, page: int = 1):
    user = request.auth
    paginator = Paginator(selectors.notification_list(user), PER_PAGE)
    current = paginator.get_page(page)
    return {
        "items": [_out(n) for n in current.object_list],
        "page": current.number,
        "page_count": paginator.num_pages,
        "count": paginator.count,
        "unread": _unread(user),
    }


class UnreadCount(Schema):
    unread: int


@router.get(
    "/notifications/unread/",
    auth=SessionOrBearer(),
    response={200: UnreadCount, 401: Error},
    summary="How many unread notifications you have (0 while you take a break)",
)
def unread_count(request):
    return {"unread": selectors.unread_count(request)}


@router.post(
    "/notifications/read/",
    auth=SessionOrBearer(),
    response={200: MarkedRead, 400: Error, 401: Error, 422: Error},
    summary="Mark some or all of your notifications as read",
)
def mark_read(request, payload: MarkRead):
    """Send `{"ids": [...]}` for some, or `{"all": true}` for all."""
    user = request.auth
    if payload.ids is None and not payload.all:
        raise ValidationError(
            _('Please send "ids" (a list of notification ids) or "all": true.'),
            code="invalid_input",
        )
    ids = None if payload.all else payload.ids
    marked = services.notifications_mark_read(actor=user, notification_ids=ids)
    return {"marked": marked, "unread": _unread(user)}
