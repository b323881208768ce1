"""The review queue, the audit log and the dashboard, inside the Wagtail admin.

Interfaces only: they parse input, call one moderation service, and render with
Wagtail's admin templates. Every list is a fixed number of queries however long it is.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.staff_access import staff_access
from community.models import Category, ModerationAction, Post, PostStatus
from core.errors import DomainError
from moderation import dashboard, detectors, pagecache, services
from moderation.models import (
    QueueItem,
    Reason,
    RejectionTemplate,
    Report,
    Sanction,
    WatchedWord,
)
from moderation.sanctions import (
    LADDER,
    next_step,
    sanction_lift,
    strike_count,
    user_sanction,
)

AGE_FILTERS = {
    "1h": (gettext_lazy("Waiting over an hour"), timedelta(hours=1)),
    "2h": (gettext_lazy("Waiting over two hours"), timedelta(hours=2)),
    "1d": (gettext_lazy("Waiting over a day"), timedelta(days=1)),
}
PAGE_SIZE = 50


def may_moderate(user) -> bool:
    """Global or category moderator. Cached on the user object for the request: the
    admin menu asks once per menu item."""
    if not user.is_authenticated:
        return False
    return is_global_moderator(user) or bool(moderated_category_ids(user))


def moderated_category_ids(user) -> tuple[int, ...]:
    """The categories a category moderator decides in (one query, once a request)."""
    cached = getattr(user, "_kindred_moderated_category_ids", None)
    if cached is None:
        cached = tuple(sorted(user.moderated_categories.values_list("pk", flat=True)))
        user._kindred_moderated_category_ids = cached
    return cached


def moderation_scope(user):
    """Where `user` decides: "all", or their categories' ids. Part of the page cache key,
    worked out on every request before the cache is asked."""
    return "all" if is_global_moderator(user) else moderated_category_ids(user)


def is_global_moderator(user) -> bool:
    """Asked once per request (accounts.staff_access, with the admin's other checks)."""
    return user.is_authenticated and staff_access(user).moderator


def moderator_required(view):
    def wrapped(request, *args, **kwargs):
        if not may_moderate(request.user):
            raise DjangoPermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _categories_for(user):
    if is_global_moderator(user):
        return Category.objects.all()
    return Category.objects.filter(moderators=user)


# ---------------------------------------------------------------- queue


@moderator_required
def queue(request):
    if request.method == "POST":
        return _bulk(request)
    selected = queue_filters(request.GET)
    query = urlencode({name: value for name, value in selected.items() if value})
    page_cache = pagecache.QueuePageCache(
        request, scope=moderation_scope(request.user), query=query
    )
    cached = page_cache.lookup()
    if cached is not None:
        return cached
    response = _render_queue(request, selected, query)
    page_cache.store(response)
    return response


def queue_filters(params) -> dict[str, str]:
    """The queue's filters and page as the page understands them: unknown values are
    dropped, so equivalent addresses share one cached page."""
    reason = params.get("reason", "")
    age = params.get("age", "")
    kind = params.get("kind", "")
    page = params.get("p", "").lstrip("0")
    return {
        "reason": reason if reason in Reason.values else "",
        "category": params.get("category", "")[:100],
        "age": age if age in AGE_FILTERS else "",
        "kind": kind if kind in QueueItem.Kind.values else "",
        "p": page if page.isdigit() and page != "1" else "",
    }


def _render_queue(request, selected: dict[str, str], query: str):
    items = services.queue_for(
        request.user, global_moderator=is_global_moderator(request.user)
    )
    if selected["reason"]:
        items = services.with_reason(items, selected["reason"])
    if selected["category"]:
        items = items.filter(category__slug=selected["category"])
    if selected["age"]:
        age = AGE_FILTERS[selected["age"]][1]
        items = items.filter(created_at__lt=timezone.now() - age)
    if selected["kind"]:
        items = items.filter(kind=selected["kind"])
    # The page's rows in one query (only the columns the page shows, in the order of
    # the partial index queue_open_order), the count in another, and the authors'
    # history in two small grouped queries over the page's authors: per-row subqueries
    # would make PostgreSQL compute them for every open item before sorting.
    items = items.select_related(
        "post__thread", "post__author", "category", "claimed_by"
    ).only(*QUEUE_ROW_FIELDS)
    page = Paginator(items, PAGE_SIZE).get_page(selected["p"] or 1)
    rows = list(page)
    now = timezone.now()
    _decorate_rows(rows, now)
    queue_url = reverse("moderation_admin:queue")
    return render(
        request,
        "moderation/admin/queue.html",
        {
            "page_title": _("Review queue"),
            "header_icon": "warning",
            "page": page,
            "rows": rows,
            "now": now,
            "reasons": Reason.choices,
            "kinds": QueueItem.Kind.choices,
            "ages": [(k, v[0]) for k, v in AGE_FILTERS.items()],
            "categories": _categories_for(request.user),
            "selected": selected,
            "next_url": f"{queue_url}?{query}" if query else queue_url,
            "templates": RejectionTemplate.objects.all(),
        },
    )


QUEUE_ROW_FIELDS = [
    "id",
    "kind",
    "reasons",
    "priority",
    "report_weight",
    "created_at",
    "post__id",
    "post__body",
    "post__author__id",
    "post__author__display_name",
    "post__thread__id",
    "post__thread__title",
    "category__id",
    "category__name",
    "claimed_by__id",
    "claimed_by__display_name",
]


def _count_by(queryset, field: str, ids) -> dict[int, int]:
    """{id: rows of `queryset` whose `field` is that id}, in one grouped query."""
    if not ids:
        return {}
    return dict(
        queryset.filter(**{f"{field}__in": ids})
        .order_by()
        .values(field)
        .annotate(n=Count("id"))
        .values_list(field, "n")
    )


def _decorate_rows(rows, now) -> None:
    """Everything per row the template shows, worked out once here: labels, the
    author's approved posts and strikes (two grouped queries for the whole page),
    and how long each item has waited."""
    author_ids = {r.post.author_id for r in rows if r.post.author_id}
    approved = _count_by(
        Post.objects.filter(status=PostStatus.PUBLISHED), "author_id", author_ids
    )
    strikes = _count_by(Sanction.objects.all(), "user_id", author_ids)
    # Translated once per page, not once per row.
    labels = {value: str(label) for value, label in Reason.choices}
    kinds = {value: str(label) for value, label in QueueItem.Kind.choices}
    watched = _("Flagged by a watched word")
    # One reverse() for the page: /admin/moderation/item/<id>/ differs only by the id.
    marker = 987654321
    item_url = reverse("moderation_admin:item", args=[marker]).split(str(marker))
    for row in rows:
        row.kind_label = kinds.get(row.kind, row.kind)
        row.reason_text = ", ".join(labels.get(r, watched) for r in row.reasons)
        row.author_approved = approved.get(row.post.author_id, 0)
        row.author_strikes = strikes.get(row.post.author_id, 0)
        row.waiting = _waited(now - row.created_at)
        row.url = f"{item_url[0]}{row.pk}{item_url[1]}"
        row.title_short = _shorten(row.post.thread.title, 60)
        row.excerpt = _shorten(row.post.body, 120)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _waited(delta: timedelta) -> str:
    """How long an item has waited, to the minute under a day, to the hour beyond."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours} + (
            ", " + ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
            if minutes
            else ""
        )
    days, hours = divmod(hours, 24)
    return ngettext("%(n)d day", "%(n)d days", days) % {"n": days} + (
        ", " + ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
        if hours
        else ""
    )


def _bulk(request):
    ids = [int(i) for i in request.POST.getlist("items") if i.isdigit()]
    action = request.POST.get("action", "")
    reason = request.POST.get("reason", "").strip()
    template_id = request.POST.get("template", "")
    if not reason and template_id.isdigit():
        template = RejectionTemplate.objects.filter(pk=int(template_id)).first()
        reason = template.message if template else ""
    if not ids:
        messages.error(request, _("Choose at least one item first."))
        return redirect("moderation_admin:queue")
    try:
        done = services.items_decide(
            actor=request.user, item_ids=ids, action=action, reason=reason
        )
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Decided %(n)s items.") % {"n": len(done)})
    return redirect(request.POST.get("next") or reverse("moderation_admin:queue"))


# ---------------------------------------------------------------- one item


class DecisionForm(forms.Form):
    action = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[
            ("approve", gettext_lazy("Approve (publish, or keep and dismiss reports)")),
            ("edit_approve", gettext_lazy("Edit and approve")),
            ("reject", gettext_lazy("Reject (not published)")),
            ("hide", gettext_lazy("Hide")),
            ("remove", gettext_lazy("Remove")),
        ],
    )
    template = forms.ModelChoiceField(
        label=gettext_lazy("Message template"),
        queryset=RejectionTemplate.objects.all(),
        required=False,
        empty_label=gettext_lazy("Write my own"),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (the author will read this)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    body = forms.CharField(
        label=gettext_lazy("Edited text (for edit and approve)"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
    )


class SanctionForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Sanction"),
        choices=[("", gettext_lazy("Next step on the ladder")), *Sanction.Kind.choices],
        required=False,
    )
    days = forms.IntegerField(
        label=gettext_lazy("For how many days (silence, suspend)"),
        min_value=1,
        max_value=3650,
        required=False,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (the member will read this)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _item_for(user, item_id: int) -> QueueItem:
    item = (
        QueueItem.objects.select_related(
            "post",
            "post__author",
            "post__thread",
            "category",
            "claimed_by",
            "resolved_by",
        )
        .filter(pk=item_id)
        .first()
    )
    if item is None:
        raise Http404
    from community.permissions import can_moderate

    if not can_moderate(user, item.category):
        raise Http404
    return item


def model_reading(body: str, reasons: list[str]) -> list[dict]:
    """Why a crisis or possible-crisis item has no regex cue to show: the crisis
    model flagged it (moderation/classifier.py). Scored again here, on one page."""
    from moderation import classifier

    if Reason.CRISIS not in reasons and Reason.POSSIBLE_CRISIS not in reasons:
        return []
    found, score = classifier.verdict(body)
    if not found:
        return []
    label = _("crisis language") if found == classifier.HOLD else _("possible crisis")
    return [
        {
            "kind": _("Model"),
            "cue": _("%(label)s (model score %(score).2f)")
            % {"label": label, "score": score},
            "words": "",
        }
    ]


#: What moderators read for each kind of crisis language the detector found.
CRISIS_KIND_LABELS = {
    "suicide": gettext_lazy("Suicide"),
    "self_harm": gettext_lazy("Self-harm"),
    "child_danger": gettext_lazy("A child in danger"),
}


@moderator_required
def item(request, item_id: int):
    item = _item_for(request.user, item_id)
    post = item.post
    decision_form = DecisionForm(
        request.POST if request.POST.get("op") == "decide" else None,
        initial={"body": item.suggested_redaction or post.body},
    )
    sanction_form = SanctionForm(
        request.POST if request.POST.get("op") == "sanction" else None
    )
    if request.method == "POST":
        response = _item_post(request, item, decision_form, sanction_form)
        if response is not None:
            return response
    thread = post.thread
    around = (
        Post.objects.filter(thread=thread, position__gte=max(1, post.position - 3))
        .filter(position__lte=post.position + 3)
        .select_related("author")
        .order_by("position")
    )
    author = post.author
    history = services.author_history([author.pk])[author.pk] if author else None
    reports = Report.objects.filter(post=post).select_related("reporter")
    kind, duration = next_step(author) if author else ("", None)
    crisis_cues = [
        {"kind": CRISIS_KIND_LABELS[cue.kind], "cue": cue.cue, "words": cue.text}
        for cue in (
            detectors.explain_crisis(post.body) if Reason.CRISIS in item.reasons else []
        )
    ] or model_reading(post.body, item.reasons)
    return render(
        request,
        "moderation/admin/item.html",
        {
            "page_title": _("Queue item"),
            "header_icon": "warning",
            "item": item,
            "post": post,
            "thread": thread,
            "around": around,
            "author": author,
            "history": history,
            "strikes": strike_count(author) if author else 0,
            "sanctions": Sanction.objects.filter(user=author) if author else [],
            "next_sanction": dict(Sanction.Kind.choices).get(kind, ""),
            "next_days": duration.days if duration else None,
            "ladder": LADDER,
            "reports": reports,
            "crisis_cues": crisis_cues,
            "reason_list": [
                dict(Reason.choices).get(r, _("Flagged by a watched word"))
                for r in item.reasons
            ],
            "decision_form": decision_form,
            "sanction_form": sanction_form,
            "categories": _categories_for(request.user).exclude(pk=thread.category_id),
            "age": timezone.now() - item.created_at,
            "is_global": is_global_moderator(request.user),
        },
    )


def _item_post(request, item, decision_form, sanction_form):
    op = request.POST.get("op", "")
    back = redirect("moderation_admin:item", item_id=item.pk)
    try:
        if op == "claim":
            services.item_claim(actor=request.user, item_id=item.pk)
            messages.success(request, _("This item is yours now."))
            return back
        if op == "unclaim":
            services.item_unclaim(actor=request.user, item_id=item.pk)
            return back
        if op == "decide":
            if not decision_form.is_valid():
                return None
            data = decision_form.cleaned_data
            services.post_decide(
                actor=request.user,
                post_id=item.post_id,
                action=data["action"],
                reason=data["reason"],
                body=data["body"],
                template_id=data["template"].pk if data["template"] else None,
            )
            messages.success(request, _("Decision saved. The author will be told."))
            return redirect("moderation_admin:queue")
        if op in ("lock", "unlock", "in_memory", "not_in_memory"):
            flag = "is_locked" if op in ("lock", "unlock") else "in_memory_of"
            services.thread_set_flag(
                actor=request.user,
                thread_id=item.post.thread_id,
                flag=flag,
                value=op in ("lock", "in_memory"),
                reason=request.POST.get("reason", ""),
            )
            messages.success(request, _("Thread updated."))
            return back
        if op == "move":
            services.thread_move(
                actor=request.user,
                thread_id=item.post.thread_id,
                category_id=int(request.POST.get("category") or 0),
                reason=request.POST.get("reason", ""),
            )
            messages.success(request, _("Thread moved."))
            return back
        if op == "merge":
            into = request.POST.get("into", "")
            if not into.isdigit():
                messages.error(
                    request, _("Give the number of the thread to merge into.")
                )
                return back
            services.thread_merge(
                actor=request.user,
                thread_id=item.post.thread_id,
                into_thread_id=int(into),
                reason=request.POST.get("reason", ""),
            )
            messages.success(request, _("Threads merged."))
            return back
        if op in ("profile_in_memory", "profile_not_in_memory"):
            services.profile_set_in_memory(
                actor=request.user,
                user_id=item.post.author_id,
                value=op == "profile_in_memory",
                reason=request.POST.get("reason", ""),
            )
            messages.success(request, _("Profile updated."))
            return back
        if op == "lift":
            sanction_id = request.POST.get("sanction", "")
            if sanction_id.isdigit():
                sanction_lift(
                    actor=request.user,
                    sanction_id=int(sanction_id),
                    reason=request.POST.get("reason", "")
                    or _("Lifted by a moderator."),
                )
                messages.success(request, _("Sanction lifted."))
            return back
        if op == "sanction":
            if not sanction_form.is_valid():
                return None
            data = sanction_form.cleaned_data
            sanction = user_sanction(
                actor=request.user,
                user_id=item.post.author_id,
                kind=data["kind"],
                reason=data["reason"],
                duration=timedelta(days=data["days"]) if data["days"] else None,
            )
            messages.success(
                request, _("%(kind)s recorded.") % {"kind": sanction.get_kind_display()}
            )
            return back
    except DomainError as exc:
        messages.error(request, exc.message)
        return back
    messages.error(request, _("That action isn't available."))
    return back


# ---------------------------------------------------------------- audit log


def _filtered_actions(request):
    rows = ModerationAction.objects.all()
    if not is_global_moderator(request.user):
        rows = rows.filter(thread__category__moderators=request.user)
    action = request.GET.get("action", "")
    target_type = request.GET.get("target_type", "")
    actor = request.GET.get("actor", "").strip()
    since = request.GET.get("since", "")
    if action:
        rows = rows.filter(action=action)
    if target_type:
        rows = rows.filter(target_type=target_type)
    if actor:
        rows = rows.filter(actor_name__icontains=actor)
    if since.isdigit():
        rows = rows.filter(created_at__gte=timezone.now() - timedelta(days=int(since)))
    return rows.order_by("-created_at", "-id")


CSV_FIELDS = [
    "id",
    "created_at",
    "actor_name",
    "action",
    "target_type",
    "target_id",
    "from_status",
    "to_status",
    "reason",
]


class _Echo:
    def write(self, value):
        return value


@moderator_required
def log(request):
    rows = _filtered_actions(request)
    if request.GET.get("format") == "csv":
        writer = csv.writer(_Echo())

        def stream():
            yield writer.writerow(CSV_FIELDS)
            for row in rows.values_list(*CSV_FIELDS).iterator(chunk_size=2000):
                yield writer.writerow(row)

        response = StreamingHttpResponse(stream(), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="moderation-log.csv"'
        return response
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return render(
        request,
        "moderation/admin/log.html",
        {
            "page_title": _("Moderation log"),
            "header_icon": "list-ul",
            "page": page,
            "actions": ModerationAction.objects.order_by()
            .values_list("action", flat=True)
            .distinct(),
            "selected": request.GET,
            "query": query.urlencode(),
        },
    )


# ---------------------------------------------------------------- dashboard


@moderator_required
def dashboard_view(request):
    return render(
        request,
        "moderation/admin/dashboard.html",
        {
            "page_title": _("Moderation dashboard"),
            "header_icon": "view",
            **dashboard.figures(services.queue_for(request.user), user=request.user),
        },
    )


# ---------------------------------------------------------------- watched words CSV


class WatchedWordImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Columns: pattern, action (block, hold, flag or replace), replacement, "
            "category slug (optional). A header row is fine."
        ),
    )


@moderator_required
def watched_words_import(request):
    if not is_global_moderator(request.user):
        raise DjangoPermissionDenied
    form = WatchedWordImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            form.add_error(
                "file", _("Please save the file as UTF-8 CSV and try again.")
            )
        else:
            result = import_watched_words(text)
            messages.success(
                request,
                _("Imported %(added)s watched words (%(updated)s updated).")
                % {"added": result["added"], "updated": result["updated"]},
            )
    return render(
        request,
        "moderation/admin/watched_words_import.html",
        {
            "page_title": _("Import watched words"),
            "header_icon": "doc-full",
            "form": form,
            "result": result,
        },
    )


def import_watched_words(text: str) -> dict:
    """Add or update watched words from CSV text; bad rows are reported, not fatal."""
    added = updated = 0
    errors = []
    categories = {c.slug: c for c in Category.objects.all()}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not row[0].strip():
            continue
        pattern = row[0].strip()
        action = (row[1].strip().lower() if len(row) > 1 else "") or "hold"
        if number == 1 and pattern.lower() == "pattern":
            continue
        if action not in WatchedWord.Action.values:
            errors.append(
                _("Row %(n)s: unknown action “%(a)s”.") % {"n": number, "a": action}
            )
            continue
        replacement = row[2].strip() if len(row) > 2 else ""
        slug = row[3].strip() if len(row) > 3 else ""
        category = categories.get(slug) if slug else None
        if slug and category is None:
            errors.append(
                _("Row %(n)s: no category “%(s)s”.") % {"n": number, "s": slug}
            )
            continue
        _word, created = WatchedWord.objects.update_or_create(
            pattern=pattern[:120],
            category=category,
            defaults={
                "action": action,
                "replacement": replacement[:120],
                "is_active": True,
            },
        )
        added += created
        updated += not created
    return {"added": added, "updated": updated, "errors": errors}
