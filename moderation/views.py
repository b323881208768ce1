"""The public side of moderation: reporting a post, and the crisis support page."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from community.models import Post
from core.errors import DomainError, NotFound
from moderation.forms import ReportForm
from moderation.services import report_create


@login_required
def report_post(request, post_id: int):
    post = (
        Post.objects.visible_to(request.user)
        .select_related("thread", "author")
        .filter(pk=post_id)
        .first()
    )
    if post is None:
        raise Http404
    form = ReportForm(request.POST or None)
    done = False
    if request.method == "POST" and form.is_valid():
        try:
            report_create(
                actor=request.user,
                post_id=post.pk,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            done = True
    status = 400 if request.method == "POST" and not done else 200
    return render(
        request,
        "moderation/report_form.html",
        {"post": post, "form": form, "done": done},
        status=status,
    )


def crisis_support(request):
    """The calm page an author sees right after posting crisis language."""
    return render(request, "moderation/crisis_support.html", {})
