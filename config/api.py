"""The JSON API at /api/v1/. Each app adds its router here; OpenAPI at /api/v1/openapi.json."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="Kindred API",
    version="1",
    urls_namespace="api",
    description="Session or `Authorization: Bearer <token>` authentication.",
)

# Routers are added here, one line per app, so the whole API surface is visible at once.
from community.api import router as community_router  # noqa: E402
from members.api import router as members_router  # noqa: E402
from moderation.api import public_router as moderation_public_router  # noqa: E402
from moderation.api import router as moderation_router  # noqa: E402
from search.api import router as search_router  # noqa: E402

api.add_router("/", community_router)
api.add_router("/", members_router)
api.add_router("/moderation/", moderation_router)
api.add_router("/", moderation_public_router)
api.add_router("/search/", search_router)
