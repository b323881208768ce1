"""Community pages. Thin: parse input, call one service or selector, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import pagecache, selectors
from community.forms import EditForm, MutedWordForm, ReactionForm, ReplyForm, ThreadForm
from community.models import (
    Category,
    MutedMember,
    MutedWord,
    PostStatus,
    Thread,
    Visibility,
)
from community.permissions import can_moderate
from community.rendering import quote
from community.services import muting, reactions, spaces
from community.services import posts as post_services
from core.errors import DomainError, NotFound, RateLimited


def crisis_url() -> str:
    """The moderation app's support page for someone in crisis (helplines, right now)."""
    return reverse("moderation:crisis_support")


def _after_post(request, posted, *, saved: str = ""):
    """Where the author goes after posting or editing. `saved` confirms an edit.

    Possible crisis language shows where support is whether the post is published or
    waits for review (a newcomer's first posts do), as the API's answer does."""
    if posted.crisis:
        return redirect(crisis_url())
    if saved and not posted.held:
        messages.success(request, saved)
    if posted.concern:
        messages.info(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _(
                    "Thank you for sharing this. It sounds like a really hard time. "
                    "If things feel like too much, you don't have to wait for a reply:"
                ),
                crisis_url(),
                _("people you can talk to now, day and night"),
            ),
        )
    if posted.held:
        return redirect("community:post_held", post_id=posted.post.pk)
    return redirect(_permalink(posted.post))


def _permalink(post) -> str:
    page = selectors.page_for_position(post.position)
    url = reverse("community:thread", kwargs={"thread_id": post.thread_id})
    if page > 1:
        url += f"?page={page}"
    return f"{url}#post-{post.position}"


def _rate_limited(response, error):
    if isinstance(error, RateLimited):
        response["Retry-After"] = str(error.retry_after)
    return response


def category_list(request):
    categories = selectors.category_index(request.user)
    return render(request, "community/category_list.html", {"categories": categories})


def category_detail(request, slug: str):
    sort = request.GET.get("sort", "activity")
    if sort not in selectors.SORTS:
        sort = "activity"
    cache_key = None
    if pagecache.cacheable(request):
        cache_key = pagecache.key("c", slug, sort, request.GET.get("page", "1"))
        cached = pagecache.get(cache_key)
        if cached is not None and pagecache.visible_to_anonymous(Category, slug=slug):
            return cached
    category = selectors.category_for(request.user, slug)
    paginator = Paginator(
        selectors.threads_for(request.user, category, sort), selectors.THREADS_PER_PAGE
    )
    page = paginator.get_page(request.GET.get("page"))
    selectors.mark_unread(request.user, page.object_list)
    is_host = (
        category.visibility == Visibility.PRIVATE
        and request.user.is_authenticated
        and spaces.can_host(request.user, category)
    )
    response = render(
        request,
        "community/category_detail.html",
        {
            "category": category,
            "page_obj": page,
            "sort": sort,
            "sorts": [
                ("activity", _("Latest activity")),
                ("newest", _("Newest")),
                ("unanswered", _("Unanswered")),
            ],
            "can_post": post_services.can_post_in(request.user, category),
            "is_host": is_host,
        },
    )
    if cache_key:
        pagecache.store(request, cache_key, response)
    return response


@login_required
def thread_create(request, slug: str):
    category = selectors.category_for(request.user, slug)
    if not post_services.can_post_in(request.user, category):
        raise Http404
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            posted = post_services.thread_create(
                actor=request.user,
                category=category.slug,
                title=data["title"],
                body=data["body"],
                content_warning=data["content_warning"],
                photos=data["photos"],
                idempotency_key=data["idempotency_key"],
            )
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            form.add_domain_error(exc)
            response = render(
                request,
                "community/thread_form.html",
                {"form": form, "category": category},
                status=429 if isinstance(exc, RateLimited) else 400,
            )
            return _rate_limited(response, exc)
        return _after_post(request, posted)
    return render(
        request,
        "community/thread_form.html",
        {"form": form, "category": category},
        status=400 if request.method == "POST" else 200,
    )


def thread_detail(request, thread_id: int):
    try:
        page_number = int(request.GET.get("page", "1"))
    except ValueError:
        page_number = 1
    cache_key = None
    if pagecache.cacheable(request) and "quote" not in request.GET:
        cache_key = pagecache.key("t", thread_id, page_number)
        cached = pagecache.get(cache_key)
        if cached is not None and pagecache.visible_to_anonymous(Thread, pk=thread_id):
            return cached
    thread = selectors.thread_for(request.user, thread_id)
    data = selectors.thread_page(request.user, thread, page_number)
    previous_read = 0
    if request.user.is_authenticated and data["posts"]:
        previous_read = spaces.thread_mark_read(
            actor=request.user, thread=thread, position=data["posts"][-1].position
        )
    for post in data["posts"]:
        post.is_new = (
            request.user.is_authenticated and post.position > previous_read > 0
        )
    initial = {}
    quote_id = request.GET.get("quote")
    if quote_id and quote_id.isdigit():
        quoted = next(
            (p for p in data["posts"] if p.pk == int(quote_id)), None
        ) or _quotable(request.user, int(quote_id), thread)
        if quoted is not None and not quoted.deleted_by_author:
            initial["body"] = quote(
                quoted.body,
                quoted.author.public_name if quoted.author else _("A former member"),
            )
    reply_form = ReplyForm(initial=initial) if request.user.is_authenticated else None
    response = render(
        request,
        "community/thread_detail.html",
        _thread_context(request, thread, data, reply_form),
    )
    if cache_key:
        pagecache.store(request, cache_key, response)
    return response


def _quotable(user, post_id: int, thread):
    try:
        post = selectors.visible_post(user, post_id)
    except Http404:
        return None
    return post if post.thread_id == thread.pk else None


def post_strings() -> dict[str, str]:
    """Words each post repeats, translated once per page rather than once per post."""
    return {
        "former_member": _("A former member"),
        "delete": _("Delete"),
        "edit": _("Edit"),
        "mute": _("Mute this member"),
        "new": _("New"),
        "quote": _("Quote"),
        "report": _("Report"),
        "muted_word": _("This post contains a word you muted. Show the post"),
        "removed": _("This post was removed by its author."),
        "pending": _("Waiting for review: only you can see this for now."),
        "muted_member": _("You muted this member. Show the post"),
        "edited": _("edited"),
        "permalink": _("link to this post"),
        "reactions": _("Reactions"),
    }


def _thread_context(request, thread, data, reply_form):
    user = request.user
    can_reply = (
        user.is_authenticated
        and post_services.can_post_in(user, thread.category)
        and (
            not (thread.is_locked or thread.category.is_locked)
            or can_moderate(user, thread.category)
        )
    )
    return {
        "thread": thread,
        "category": thread.category,
        "posts": data["posts"],
        "page": data["page"],
        "page_count": data["page_count"],
        "page_range": range(1, data["page_count"] + 1),
        "reply_form": reply_form if can_reply else None,
        "is_locked": thread.is_locked or thread.category.is_locked,
        "t": post_strings(),
    }


def post_permalink(request, thread_id: int, position: int):
    thread = selectors.thread_for(request.user, thread_id)
    page = selectors.page_for_position(position)
    url = reverse("community:thread", kwargs={"thread_id": thread.pk})
    if page > 1:
        url += f"?page={page}"
    return redirect(f"{url}#post-{position}")


@login_required
@require_POST
def post_reply(request, thread_id: int):
    thread = selectors.thread_for(request.user, thread_id)
    form = ReplyForm(request.POST, request.FILES)
    error = None
    if form.is_valid():
        data = form.cleaned_data
        try:
            posted = post_services.post_create(
                actor=request.user,
                thread_id=thread.pk,
                body=data["body"],
                content_warning=data["content_warning"],
                photos=data["photos"],
                idempotency_key=data["idempotency_key"],
            )
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            error = exc
            form.add_domain_error(exc)
        else:
            return _after_post(request, posted)
    # Show the last page again, with the reply box keeping what was typed.
    last_page = selectors.thread_page(request.user, thread, 1)["page_count"]
    data = selectors.thread_page(request.user, thread, last_page)
    context = _thread_context(request, thread, data, form)
    context["reply_form"] = form
    status = 429 if isinstance(error, RateLimited) else 400
    response = render(request, "community/thread_detail.html", context, status=status)
    return _rate_limited(response, error)


@login_required
def post_held(request, post_id: int):
    post = selectors.post_for_author(request.user, post_id)
    hold = (
        post.actions.filter(action__in=["hold", "hold_edit"])
        .values_list("reason", flat=True)
        .first()
    )
    return render(
        request,
        "community/post_held.html",
        {
            "post": post,
            "thread": post.thread,
            "reason": hold or "",
            "is_pending": post.status == PostStatus.PENDING,
        },
    )


@login_required
def post_edit(request, post_id: int):
    post = selectors.post_for_author(request.user, post_id)
    initial = {
        "body": post.body,
        "content_warning": post.content_warning,
        "title": post.thread.title,
    }
    form = EditForm(request.POST or None, request.FILES or None, initial=initial)
    if not post.is_opening_post:
        del form.fields["title"]
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            posted = post_services.post_edit(
                actor=request.user,
                post_id=post.pk,
                body=data["body"],
                content_warning=data["content_warning"],
                title=data.get("title") if post.is_opening_post else None,
                photos=data["photos"],
            )
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            form.add_domain_error(exc)
        else:
            return _after_post(request, posted, saved=_("Your changes are saved."))
    return render(
        request,
        "community/post_form.html",
        {"form": form, "post": post, "thread": post.thread},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def post_delete(request, post_id: int):
    post = selectors.post_for_author(request.user, post_id)
    error = ""
    if request.method == "POST":
        try:
            post_services.post_delete_own(actor=request.user, post_id=post.pk)
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            error = exc.message
        else:
            messages.success(request, _("Your post has been removed."))
            if (
                post.status == PostStatus.PUBLISHED
                and post.thread.status == PostStatus.PUBLISHED
            ):
                return redirect(_permalink(post))
            return redirect("community:index")
    return render(
        request,
        "community/post_confirm_delete.html",
        {"post": post, "thread": post.thread, "error": error},
    )


def post_history(request, post_id: int):
    post = selectors.visible_post(request.user, post_id)
    if post.deleted_by_author:
        raise Http404
    revisions = post.revisions.select_related("edited_by")
    return render(
        request,
        "community/post_history.html",
        {"post": post, "thread": post.thread, "revisions": revisions},
    )


@login_required
@require_POST
def post_react(request, post_id: int):
    post = selectors.visible_post(request.user, post_id)
    form = ReactionForm(request.POST)
    if form.is_valid():
        try:
            reactions.reaction_toggle(
                actor=request.user, post_id=post.pk, kind=form.cleaned_data["kind"]
            )
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            messages.error(request, exc.message)
    else:
        messages.error(request, _("Please choose one of the reactions offered."))
    return redirect(_permalink(post))


@login_required
@require_POST
def category_join(request, slug: str):
    try:
        spaces.membership_request(actor=request.user, category_slug=slug)
    except NotFound as exc:
        raise Http404 from exc
    messages.success(
        request,
        _(
            "Thank you. The group's hosts will look at your request soon; we'll show it here."
        ),
    )
    return redirect("community:index")


@login_required
def group_requests(request, slug: str):
    category = selectors.group_for_host(request.user, slug)
    if request.method == "POST":
        try:
            membership_id = int(request.POST.get("membership", ""))
        except ValueError as exc:
            raise Http404 from exc
        approve = request.POST.get("decision") == "approve"
        try:
            spaces.membership_decide(
                actor=request.user, membership_id=membership_id, approve=approve
            )
        except NotFound as exc:
            raise Http404 from exc
        messages.success(
            request, _("Welcomed to the group.") if approve else _("Request declined.")
        )
        return redirect("community:group_requests", slug=category.slug)
    return render(
        request,
        "community/group_requests.html",
        {"category": category, "requests": selectors.pending_requests(category)},
    )


@login_required
def muting_settings(request):
    form = MutedWordForm(request.POST or None)
    if request.method == "POST":
        if "remove_word" in request.POST:
            word_id = request.POST.get("remove_word", "")
            if word_id.isdigit():
                muting.muted_word_remove(actor=request.user, word_id=int(word_id))
            return redirect("community:muting")
        if "unmute_member" in request.POST:
            member_id = request.POST.get("unmute_member", "")
            if member_id.isdigit():
                muting.member_unmute(actor=request.user, member_id=int(member_id))
            return redirect("community:muting")
        if form.is_valid():
            try:
                muting.muted_word_add(
                    actor=request.user, word=form.cleaned_data["word"]
                )
            except DomainError as exc:
                form.add_error("word", exc.message)
            else:
                messages.success(
                    request, _("Done. Posts with that word will be folded away.")
                )
                return redirect("community:muting")
    return render(
        request,
        "community/muting.html",
        {
            "form": form,
            "words": MutedWord.objects.filter(user=request.user),
            "members": MutedMember.objects.filter(user=request.user).select_related(
                "muted"
            ),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def member_mute(request, member_id: int):
    try:
        muting.member_mute(actor=request.user, member_id=member_id)
    except NotFound as exc:
        raise Http404 from exc
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Muted. Their posts will be folded away for you."))
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)
    return redirect("community:muting")
