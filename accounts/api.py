"""Account endpoints (mounted at /api/v1/): who the caller is, for API clients."""

from ninja import Router, Schema

from accounts import guidelines
from accounts.api_auth import SessionOrBearer
from accounts.roles import ROLES, user_has_role

router = Router(tags=["accounts"])


class Error(Schema):
    detail: str
    code: str


class MeOut(Schema):
    display_name: str
    family_role: str
    roles: list[str]
    needs_guidelines_acceptance: bool


@router.get(
    "/me/",
    auth=SessionOrBearer(),
    response={200: MeOut, 401: Error},
    summary="The signed-in member (session or bearer token)",
)
def me(request):
    user = request.auth
    return {
        "display_name": user.public_name,
        "family_role": user.family_role,
        "roles": [role for role in ROLES if user_has_role(user, role)],
        "needs_guidelines_acceptance": guidelines.needs_acceptance(user),
    }
