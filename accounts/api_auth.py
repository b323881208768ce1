"""API authentication: a bearer token, or the session with CSRF on unsafe methods."""

from django.http import HttpRequest
from ninja.utils import check_csrf

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class SessionOrBearer:
    """Use as `auth=SessionOrBearer()` on endpoints that need a signed-in member."""

    openapi_type = "http"

    def __call__(self, request: HttpRequest):
        user = request.user
        if not user.is_authenticated:
            return None
        if getattr(request, "auth_via_token", False):
            return user
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            return None
        return user


def optional_user(request: HttpRequest):
    """For public endpoints: the user if signed in (session or token), else anonymous."""
    return request.user
