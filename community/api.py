"""Community JSON API (mounted at /api/v1/). Thin: parse, call a service or selector,
shape the answer. Anything a caller may not see is the same 404 as a missing id."""

from datetime import datetime

from django.core.paginator import Paginator
from django.http import Http404
from ninja import Header, Router, Schema

from accounts.api_auth import SessionOrBearer
from community import selectors
from community.models import Category, Post, Thread
from community.rendering import sanitise
from community.services import posts as post_services
from community.services import reactions as reaction_services
from moderation.screening import describe

router = Router(tags=["community"])
MAX_ID = 2**63 - 1


class Error(Schema):
    detail: str
    code: str


class CategoryOut(Schema):
    slug: str
    name: str
    visibility: str
    description: str
    url: str


class ThreadSummary(Schema):
    id: int
    title: str
    author: str
    reply_count: int
    created_at: datetime
    last_activity_at: datetime
    is_locked: bool
    url: str


class ThreadPage(Schema):
    items: list[ThreadSummary]
    page: int
    page_count: int
    count: int


class PostOut(Schema):
    id: int
    position: int
    author: str
    status: str
    body_html: str
    content_warning: str
    created_at: datetime
    edited_at: datetime | None
    deleted_by_author: bool
    url: str


class ThreadOut(Schema):
    id: int
    title: str
    category: str
    status: str
    author: str
    created_at: datetime
    last_activity_at: datetime
    reply_count: int
    is_locked: bool
    page: int
    page_count: int
    posts: list[PostOut]


class ThreadIn(Schema):
    category: str
    title: str
    body: str
    content_warning: str = ""


class PostIn(Schema):
    body: str
    content_warning: str = ""


class PostEditIn(Schema):
    body: str
    content_warning: str | None = None
    title: str | None = None


class HeldReason(Schema):
    code: str
    text: str


class SupportResources(Schema):
    url: str
    helplines: list[dict]


class Created(Schema):
    id: int
    status: str
    url: str
    thread_id: int
    position: int
    held_reasons: list[str] | None = None
    #: Why a held post waits for a moderator, in kind words to show the author.
    reasons: list[HeldReason] | None = None
    message: str | None = None
    support: str | None = None
    #: For crisis language (held) and possible crisis language (published): the
    #: support page and helplines, to show straight away.
    support_resources: SupportResources | None = None


class PostEdited(PostOut):
    #: When the edit adds possible crisis language (or crisis language, which is
    #: held): the support page and helplines, to show the author straight away.
    support: str | None = None
    support_resources: SupportResources | None = None


class ReactionIn(Schema):
    kind: str


class ReactionOut(Schema):
    post_id: int
    kind: str
    active: bool


ERRORS = {
    400: Error,
    401: Error,
    403: Error,
    404: Error,
    409: Error,
    422: Error,
    429: Error,
}


def _text(value: str | None) -> str | None:
    """PostgreSQL cannot store NUL characters; they are never meaningful here."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def _id(value: int) -> int:
    if not 0 < value <= MAX_ID:
        raise Http404
    return value


def _name(user) -> str:
    return user.public_name if user is not None else "A former member"


def _post_out(post: Post) -> dict:
    return {
        "id": post.pk,
        "position": post.position,
        "author": _name(post.author),
        "status": post.status,
        "body_html": "" if post.deleted_by_author else sanitise(post.body_html),
        "content_warning": post.content_warning,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "deleted_by_author": post.deleted_by_author,
        "url": f"/community/t/{post.thread_id}/p/{post.position}/",
    }


def _described(posted) -> dict:
    return describe(posted) if posted.held or posted.crisis or posted.concern else {}


def _support(described: dict) -> dict:
    """The support page and helplines, for crisis language and possible crisis."""
    resources = described.get("support")
    return {
        "support": resources["url"] if resources else None,
        "support_resources": resources,
    }


def _created(posted) -> tuple[int, dict]:
    post = posted.post
    described = _described(posted)
    return 201, {
        "id": post.pk,
        "status": post.status,
        "url": f"/community/t/{post.thread_id}/p/{post.position}/",
        "thread_id": post.thread_id,
        "position": post.position,
        "held_reasons": posted.reasons if posted.held else None,
        "reasons": described["reasons"] if posted.held else None,
        "message": posted.message or None,
        **_support(described),
    }


@router.get(
    "/categories/", response=list[CategoryOut], summary="Discussion spaces you can read"
)
def list_categories(request):
    return [
        {
            "slug": c.slug,
            "name": c.name,
            "visibility": c.visibility,
            "description": c.description,
            "url": f"/community/c/{c.slug}/",
        }
        for c in Category.objects.visible_to(request.user).order_by("position", "name")
    ]


@router.get(
    "/categories/{slug}/threads/",
    response={200: ThreadPage, 404: Error, 422: Error},
    summary="Threads in a space, newest activity first",
)
def list_threads(request, slug: str, page: int = 1, sort: str = "activity"):
    category = selectors.category_for(request.user, _text(slug))
    if sort not in selectors.SORTS:
        sort = "activity"
    paginator = Paginator(
        selectors.threads_for(request.user, category, sort), selectors.THREADS_PER_PAGE
    )
    page_obj = paginator.get_page(page if 0 < page <= MAX_ID else 1)
    return 200, {
        "items": [
            {
                "id": t.pk,
                "title": t.title,
                "author": _name(t.author),
                "reply_count": t.reply_count,
                "created_at": t.created_at,
                "last_activity_at": t.last_activity_at,
                "is_locked": t.is_locked,
                "url": t.get_absolute_url(),
            }
            for t in page_obj.object_list
        ],
        "page": page_obj.number,
        "page_count": paginator.num_pages,
        "count": paginator.count,
    }


@router.post(
    "/threads/",
    response={201: Created, **ERRORS},
    auth=SessionOrBearer(),
    summary="Start a thread",
)
def create_thread(
    request,
    payload: ThreadIn,
    idempotency_key: str = Header("", alias="Idempotency-Key"),
):
    posted = post_services.thread_create(
        actor=request.user,
        category=_text(payload.category),
        title=_text(payload.title),
        body=_text(payload.body),
        content_warning=_text(payload.content_warning),
        idempotency_key=_text(idempotency_key),
    )
    return _created(posted)


@router.get(
    "/threads/{thread_id}/",
    response={200: ThreadOut, 404: Error, 422: Error},
    summary="A thread and one page of its posts",
)
def get_thread(request, thread_id: int, page: int = 1):
    thread: Thread = selectors.thread_for(request.user, _id(thread_id))
    data = selectors.thread_page(
        request.user, thread, page if 0 < page <= MAX_ID else 0
    )
    return 200, {
        "id": thread.pk,
        "title": thread.title,
        "category": thread.category.slug,
        "status": thread.status,
        "author": _name(thread.author),
        "created_at": thread.created_at,
        "last_activity_at": thread.last_activity_at,
        "reply_count": thread.reply_count,
        "is_locked": thread.is_locked,
        "page": data["page"],
        "page_count": data["page_count"],
        "posts": [_post_out(p) for p in data["posts"]],
    }


@router.post(
    "/threads/{thread_id}/posts/",
    response={201: Created, **ERRORS},
    auth=SessionOrBearer(),
    summary="Reply to a thread",
)
def create_post(
    request,
    thread_id: int,
    payload: PostIn,
    idempotency_key: str = Header("", alias="Idempotency-Key"),
):
    posted = post_services.post_create(
        actor=request.user,
        thread_id=_id(thread_id),
        body=_text(payload.body),
        content_warning=_text(payload.content_warning),
        idempotency_key=_text(idempotency_key),
    )
    return _created(posted)


@router.patch(
    "/posts/{post_id}/",
    response={200: PostEdited, **ERRORS},
    auth=SessionOrBearer(),
    summary="Edit your own post",
)
def edit_post(request, post_id: int, payload: PostEditIn):
    posted = post_services.post_edit(
        actor=request.user,
        post_id=_id(post_id),
        body=_text(payload.body),
        content_warning=_text(payload.content_warning),
        title=_text(payload.title),
    )
    return 200, {**_post_out(posted.post), **_support(_described(posted))}


@router.post(
    "/posts/{post_id}/reactions/",
    response={200: ReactionOut, **ERRORS},
    auth=SessionOrBearer(),
    summary="Toggle a supportive reaction",
)
def toggle_reaction(request, post_id: int, payload: ReactionIn):
    active = reaction_services.reaction_toggle(
        actor=request.user, post_id=_id(post_id), kind=_text(payload.kind)
    )
    return 200, {"post_id": post_id, "kind": payload.kind, "active": active}
