from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.models import APIToken

from accounts.staff_access import staff_access


class BearerTokenMiddleware:
    """`Authorization: Bearer <token>` authenticates API requests without a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        request.auth_via_token = False
        if header.startswith("Bearer ") and request.path.startswith("/api/"):
            raw = header.removeprefix("Bearer ").strip()
            # Wagtail 8's APIToken: only an HMAC of the token is stored.
            token = None
            if APIToken.validate_token_format(raw):
                token = (
                    APIToken.objects.select_related("user")
                    .filter(
                        key_hash__in=APIToken.candidate_key_hashes(raw),
                        revoked_at__isnull=True,
                    )
                    .first()
                )
            if token and token.user.is_active:
                request.user = token.user
                request.auth_via_token = True
                # A bearer token is not ambient authority, so CSRF does not apply.
                request._dont_enforce_csrf_checks = True
                APIToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
            else:
                request.user = AnonymousUser()
                request.auth_token_invalid = True
        return self.get_response(request)


class StaffMFARequiredMiddleware:
    """Moderators and editors must set up two-factor authentication before the admin.

    Signed-in members without admin access get a plain 404 for /admin/: the admin is
    none of their business, and Wagtail's own answer (back to the sign-in page, which
    sends a signed-in member straight back) would loop.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/admin/login/":
            # Wagtail's own sign-in form would skip allauth's two-factor step and
            # rate limits: everyone signs in through the site's page.
            target = request.GET.get("next", "/admin/")
            return redirect(f"{reverse('account_login')}?{urlencode({'next': target})}")
        if request.path.startswith("/admin/") and request.user.is_authenticated:
            # One query for everything the admin asks about the user on every
            # request (permissions, staff role, two-factor device, Wagtail profile).
            access = staff_access(request.user)
            if not request.user.has_perm("wagtailadmin.access_admin"):
                raise Http404
            if access.staff and not access.has_totp:
                return redirect(reverse("mfa_activate_totp") + "?next=" + request.path)
        return self.get_response(request)
