from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts import guidelines as guidelines_module
from accounts.forms import GuidelinesAcceptForm
from accounts.roles import is_staff_role


def _safe_next(request, fallback: str = "/") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
def account_home(request):
    """One place for everything about your account."""
    from allauth.mfa.models import Authenticator

    return render(
        request,
        "account/account_home.html",
        {
            "has_totp": Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists(),
            "is_staff_role": is_staff_role(request.user),
            "needs_guidelines": guidelines_module.needs_acceptance(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def guidelines(request):
    """What changed in the guidelines, and an "I accept" form that returns to ?next=."""
    next_url = _safe_next(request)
    form = GuidelinesAcceptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        guidelines_module.guidelines_accept(user=request.user)
        messages.success(request, _("Thank you for accepting the guidelines."))
        return redirect(next_url)
    return render(
        request,
        "account/guidelines_accept.html",
        {
            "form": form,
            "next": next_url,
            "current": guidelines_module.current(),
            "changes": guidelines_module.changes_since(request.user),
            "needs_acceptance": guidelines_module.needs_acceptance(request.user),
            "guidelines_url": guidelines_module.GUIDELINES_PAGE_URL,
        },
    )
