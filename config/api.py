"""The JSON API at /api/v1/. Each app adds its router here; OpenAPI at /api/v1/openapi.json."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="Kindred API",
    version="1",
    urls_namespace="api",
    description="Session or `Authorization: Bearer <token>` authentication.",
)

from django.http import Http404  # noqa: E402
from ninja.errors import AuthenticationError  # noqa: E402
from ninja.errors import ValidationError as NinjaValidationError  # noqa: E402

from core.errors import DomainError, NotFound, RateLimited  # noqa: E402


@api.exception_handler(DomainError)
def _domain_error(request, exc: DomainError):
    """Services' errors become `{"detail", "code"}` with their status (429: Retry-After)."""
    if isinstance(exc, NotFound):
        return _not_found(request, exc)
    response = api.create_response(
        request, {"detail": exc.message, "code": exc.code}, status=exc.status_code
    )
    if isinstance(exc, RateLimited):
        response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(Http404)
def _not_found(request, exc):
    # One body for "missing" and "not yours to see", so nothing leaks.
    return api.create_response(
        request,
        {
            "detail": "We couldn't find that. It may have been moved or removed.",
            "code": "not_found",
        },
        status=404,
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return api.create_response(
        request,
        {
            "detail": "Please sign in (or send a valid API token) to do that.",
            "code": "not_signed_in",
        },
        status=401,
    )


def _field_name(loc) -> str:
    # loc is (where, [schema name,] field...): ("body", "payload", "title").
    parts = [str(p) for p in list(loc)[1:] if p != "payload"]
    return ".".join(parts) or "request"


@api.exception_handler(NinjaValidationError)
def _invalid_input(request, exc: NinjaValidationError):
    """422 with a sentence a person can act on, plus the fields for programs."""
    errors = [
        {"field": _field_name(e.get("loc", ())), "message": str(e.get("msg", ""))}
        for e in exc.errors
    ]
    names = ", ".join(sorted({e["field"] for e in errors})) or "the request"
    return api.create_response(
        request,
        {
            "detail": f"Some of what was sent needs another look: {names}.",
            "code": "invalid_input",
            "errors": errors,
        },
        status=422,
    )


# Routers are added here, one line per app, so the whole API surface is visible at once.
from accounts.api import router as accounts_router  # noqa: E402
from community.api import router as community_router  # noqa: E402
from members.api import router as members_router  # noqa: E402
from moderation.api import public_router as moderation_public_router  # noqa: E402
from moderation.api import router as moderation_router  # noqa: E402
from search.api import router as search_router  # noqa: E402

api.add_router("/", accounts_router)
api.add_router("/", community_router)
api.add_router("/", members_router)
api.add_router("/moderation/", moderation_router)
api.add_router("/", moderation_public_router)
api.add_router("/search/", search_router)
