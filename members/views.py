"""Pages for a member's notifications, saved posts, follows, profile and settings.

Thin: parse the request, call one service or selector, render. Anything the viewer may
not see is a 404, exactly like something that doesn't exist.
"""

import json

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community.models import Category
from core.errors import DomainError, NotFound
from members import account, selectors, services
from members.emails import read_unsubscribe_token
from members.forms import BreakForm, DeleteAccountForm, PreferencesForm, ProfileForm
from members.models import NotificationKind

NOTIFICATIONS_PER_PAGE = 30


def _next_url(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _page(request, queryset, per_page: int):
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get("page"))


# ---------------------------------------------------------------- notifications


@login_required
def notification_list(request):
    page = _page(
        request, selectors.notification_list(request.user), NOTIFICATIONS_PER_PAGE
    )
    items = [
        {
            "n": n,
            "text": selectors.notification_text(n),
            "unread": n.read_at is None,
        }
        for n in page.object_list
    ]
    return render(
        request,
        "members/notification_list.html",
        {"page_obj": page, "items": items},
    )


@login_required
def notification_open(request, notification_id: int):
    """Open a notification: mark it read and go to what it is about."""
    n = selectors.notification_for(request.user, notification_id)
    if n is None:
        raise Http404
    services.notifications_mark_read(actor=request.user, notification_ids=[n.pk])
    return redirect(selectors.notification_url(n))


@login_required
@require_POST
def notifications_read(request):
    raw = request.POST.getlist("notification")
    ids = [int(v) for v in raw if v.isdigit()] if raw else None
    count = services.notifications_mark_read(actor=request.user, notification_ids=ids)
    if count:
        messages.success(request, _("Marked as read."))
    return redirect(_next_url(request, reverse("members:notifications")))


# ---------------------------------------------------------------- saved and following


@login_required
def saved(request):
    page = _page(request, selectors.saved_items(request.user), 30)
    return render(request, "members/saved_list.html", {"page_obj": page})


@login_required
def following(request):
    follows = selectors.follows_for(request.user).filter(thread__isnull=False)
    return render(
        request,
        "members/following_list.html",
        {
            "threads": list(follows),
            "spaces": selectors.space_follow_levels(request.user),
        },
    )


def _follow(request, *, thread_id=None, category_id=None, fallback: str):
    try:
        services.follow_set(
            actor=request.user,
            level=request.POST.get("level", ""),
            thread_id=thread_id,
            category_id=category_id,
        )
    except NotFound as exc:
        raise Http404 from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Your choice is saved."))
    return redirect(_next_url(request, fallback))


@login_required
@require_POST
def follow_thread(request, thread_id: int):
    return _follow(
        request,
        thread_id=thread_id,
        fallback=reverse("community:thread", kwargs={"thread_id": thread_id}),
    )


@login_required
@require_POST
def follow_category(request, category_id: int):
    slug = (
        Category.objects.filter(pk=category_id).values_list("slug", flat=True).first()
    )
    fallback = (
        reverse("community:category", kwargs={"slug": slug})
        if slug
        else reverse("members:following")
    )
    return _follow(request, category_id=category_id, fallback=fallback)


def _bookmark(request, *, post_id=None, thread_id=None, fallback: str):
    try:
        now_saved = services.bookmark_toggle(
            actor=request.user, post_id=post_id, thread_id=thread_id
        )
    except NotFound as exc:
        raise Http404 from exc
    messages.success(
        request,
        _("Saved for later.") if now_saved else _("Removed from your saved list."),
    )
    return redirect(_next_url(request, fallback))


@login_required
@require_POST
def bookmark_post(request, post_id: int):
    return _bookmark(request, post_id=post_id, fallback=reverse("members:saved"))


@login_required
@require_POST
def bookmark_thread(request, thread_id: int):
    return _bookmark(
        request,
        thread_id=thread_id,
        fallback=reverse("community:thread", kwargs={"thread_id": thread_id}),
    )


# ---------------------------------------------------------------- unsubscribe


@csrf_exempt  # the signed token is the authority; mail apps POST here (RFC 8058)
def unsubscribe(request, token: str):
    """One-click unsubscribe from an email, without signing in."""
    decoded = read_unsubscribe_token(token)
    if decoded is None:
        raise Http404
    user_id, scope = decoded
    kind_label = dict(NotificationKind.choices).get(scope)
    if request.method == "POST":
        chosen = "all" if request.POST.get("scope") == "all" else scope
        try:
            services.unsubscribe(user_id=user_id, scope=chosen)
        except NotFound as exc:
            raise Http404 from exc
        return render(
            request,
            "members/unsubscribe.html",
            {"done": True, "scope": chosen, "kind_label": kind_label},
        )
    if not get_user_model().objects.filter(pk=user_id, is_active=True).exists():
        raise Http404
    return render(
        request,
        "members/unsubscribe.html",
        {"done": False, "scope": scope, "kind_label": kind_label},
    )


# ---------------------------------------------------------------- profile


def profile(request, user_id: int):
    member = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if member is None:
        raise Http404
    if member.profile_hidden_from_public and not request.user.is_authenticated:
        raise Http404
    return render(
        request,
        "members/profile_detail.html",
        {
            "member": member,
            "posts": selectors.profile_posts(request.user, member),
            "is_self": request.user.pk == member.pk,
        },
    )


# ---------------------------------------------------------------- settings


@login_required
def settings_profile(request):
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                account.profile_update(
                    actor=user,
                    display_name=data["display_name"],
                    family_role=data["family_role"],
                    bio=data["bio"],
                    profile_hidden_from_public=data["profile_hidden_from_public"],
                    avatar=data["avatar"] or None,
                    remove_avatar=data["remove_avatar"],
                )
            except DomainError as exc:
                for field, message in getattr(exc, "field_errors", {}).items():
                    form.add_error(field, message)
                if not getattr(exc, "field_errors", None):
                    form.add_error(None, exc.message)
            else:
                messages.success(request, _("Your profile is saved."))
                return redirect("members:settings")
    else:
        form = ProfileForm(
            initial={
                "display_name": user.display_name,
                "family_role": user.family_role,
                "bio": user.bio,
                "profile_hidden_from_public": user.profile_hidden_from_public,
            }
        )
    return render(
        request, "members/settings_profile.html", {"form": form, "section": "profile"}
    )


@login_required
def settings_notifications(request):
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            try:
                services.preferences_set(actor=request.user, choices=form.cleaned_data)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Your notification choices are saved."))
                return redirect("members:notification_settings")
    else:
        form = PreferencesForm(initial=services.email_preferences(request.user))
    return render(
        request,
        "members/settings_notifications.html",
        {"form": form, "section": "notifications"},
    )


@login_required
def settings_break(request):
    user = request.user
    form = BreakForm()
    if request.method == "POST":
        if request.POST.get("action") == "end":
            services.break_end(actor=user)
            messages.success(request, _("Welcome back. Notifications are on again."))
            return redirect("members:break")
        form = BreakForm(request.POST)
        if form.is_valid():
            services.break_start(actor=user, length=form.cleaned_data["length"])
            messages.success(
                request,
                _("Take all the time you need. We'll keep things quiet until then."),
            )
            return redirect("members:break")
    return render(
        request,
        "members/settings_break.html",
        {
            "form": form,
            "section": "break",
            "paused": user.notifications_paused,
            "indefinite": services.break_is_indefinite(user),
        },
    )


@login_required
def settings_data(request):
    return render(request, "members/settings_data.html", {"section": "data"})


@login_required
def data_download(request):
    data = account.account_export(actor=request.user)
    stamp = timezone.now().strftime("%Y-%m-%d")
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="kindred-data-{stamp}.json"'
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
def settings_delete(request):
    form = DeleteAccountForm()
    if request.method == "POST":
        form = DeleteAccountForm(request.POST)
        if form.is_valid():
            try:
                account.account_delete(
                    actor=request.user,
                    password=form.cleaned_data["password"],
                    posts=form.cleaned_data["posts"],
                )
            except DomainError as exc:
                field = "password" if exc.code == "password" else None
                form.add_error(field, exc.message)
            else:
                logout(request)
                messages.success(
                    request,
                    _(
                        "Your account has been deleted. Thank you for being part of Kindred."
                    ),
                )
                return redirect("/")
    return render(
        request, "members/settings_delete.html", {"form": form, "section": "delete"}
    )
