"""Moderation API. `router` (moderators only) is mounted at /api/v1/moderation/;
`public_router` (members reporting posts) at /api/v1/."""

from datetime import datetime

from django.http import JsonResponse
from ninja import Router, Schema

from accounts.api_auth import SessionOrBearer
from accounts.roles import is_moderator
from community.models import ModerationAction
from core.errors import DomainError
from moderation import services

router = Router(tags=["moderation"], auth=SessionOrBearer())
public_router = Router(tags=["reports"], auth=SessionOrBearer())


def _error(exc: DomainError) -> JsonResponse:
    response = JsonResponse(
        {"detail": str(exc.message), "code": exc.code}, status=exc.status_code
    )
    if getattr(exc, "retry_after", None):
        response["Retry-After"] = str(exc.retry_after)
    return response


def _forbidden() -> JsonResponse:
    return JsonResponse(
        {
            "detail": "Only moderators can use this part of the API.",
            "code": "forbidden",
        },
        status=403,
    )


def _may_moderate(user) -> bool:
    return is_moderator(user) or user.moderated_categories.exists()


class ReportIn(Schema):
    reason: str
    note: str = ""


class ReportOut(Schema):
    id: int
    post_id: int
    reason: str
    status: str
    message: str


@public_router.post(
    "/posts/{post_id}/reports/", response={200: ReportOut, 201: ReportOut}
)
def report_post(request, post_id: int, payload: ReportIn):
    try:
        report, created = services.report_create(
            actor=request.user,
            post_id=post_id,
            reason=payload.reason,
            note=payload.note,
        )
    except DomainError as exc:
        return _error(exc)
    message = (
        "Thank you for telling us. A moderator will look at this post soon."
        if created
        else "You've already reported this post. Thank you: a moderator will look at it."
    )
    return (201 if created else 200), {
        "id": report.pk,
        "post_id": report.post_id,
        "reason": report.reason,
        "status": report.outcome,
        "message": message,
    }


class QueueItemOut(Schema):
    id: int
    post_id: int
    thread_id: int
    category: str
    kind: str
    reasons: list[str]
    priority: int
    report_weight: float
    age_seconds: int
    claimed_by: str | None
    created_at: datetime
    post_status: str
    suggested_redaction: str


QUEUE_API_FIELDS = [
    "id",
    "kind",
    "reasons",
    "priority",
    "report_weight",
    "suggested_redaction",
    "created_at",
    "post__id",
    "post__thread_id",
    "post__status",
    "category__id",
    "category__slug",
    "claimed_by__id",
    "claimed_by__display_name",
]


@router.get("/queue/", response=list[QueueItemOut])
def queue(
    request,
    reason: str = "",
    category: str = "",
    kind: str = "",
    limit: int = 50,
    offset: int = 0,
):
    from django.utils import timezone

    global_moderator = is_moderator(request.user)
    if not (global_moderator or request.user.moderated_categories.exists()):
        return _forbidden()
    items = (
        services.queue_for(request.user, global_moderator=global_moderator)
        .select_related("post", "category", "claimed_by")
        .only(*QUEUE_API_FIELDS)
    )
    if reason:
        items = services.with_reason(items, reason)
    if category:
        items = items.filter(category__slug=category)
    if kind:
        items = items.filter(kind=kind)
    limit = max(1, min(limit, 200))
    now = timezone.now()
    return [
        {
            "id": item.pk,
            "post_id": item.post_id,
            "thread_id": item.post.thread_id,
            "category": item.category.slug,
            "kind": item.kind,
            "reasons": item.reasons,
            "priority": item.priority,
            "report_weight": item.report_weight,
            "age_seconds": int((now - item.created_at).total_seconds()),
            "claimed_by": item.claimed_by.public_name if item.claimed_by else None,
            "created_at": item.created_at,
            "post_status": item.post.status,
            "suggested_redaction": item.suggested_redaction,
        }
        for item in items[offset : offset + limit]
    ]


class DecisionIn(Schema):
    action: str
    reason: str = ""
    body: str | None = None


class DecisionOut(Schema):
    post_id: int
    status: str
    action: str


@router.post("/posts/{post_id}/decision/", response=DecisionOut)
def decide(request, post_id: int, payload: DecisionIn):
    if not _may_moderate(request.user):
        return _forbidden()
    try:
        post = services.post_decide(
            actor=request.user,
            post_id=post_id,
            action=payload.action,
            reason=payload.reason,
            body=payload.body,
        )
    except DomainError as exc:
        return _error(exc)
    return {"post_id": post.pk, "status": post.status, "action": payload.action}


class ActionOut(Schema):
    id: int
    actor_name: str
    action: str
    target_type: str
    target_id: int
    from_status: str
    to_status: str
    reason: str
    created_at: datetime


@router.get("/actions/", response=list[ActionOut])
def actions(
    request,
    action: str = "",
    target_type: str = "",
    target_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
):
    if not _may_moderate(request.user):
        return _forbidden()
    rows = ModerationAction.objects.all()
    if not is_moderator(request.user):
        rows = rows.filter(thread__category__moderators=request.user)
    if action:
        rows = rows.filter(action=action)
    if target_type:
        rows = rows.filter(target_type=target_type)
    if target_id is not None:
        rows = rows.filter(target_id=target_id)
    limit = max(1, min(limit, 200))
    return list(rows.order_by("-created_at", "-id")[offset : offset + limit])
