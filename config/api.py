"""The JSON API at /api/v1/. Each app adds its router here; OpenAPI at /api/v1/openapi.json."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="Kindred API",
    version="1",
    urls_namespace="api",
    description="Session or `Authorization: Bearer <token>` authentication.",
)
