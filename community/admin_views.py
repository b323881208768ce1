"""Discussion spaces in the Wagtail admin: list, create, change and reorder them.

Interfaces only: they parse input, call one community service (which checks the
permission again), and render with Wagtail's admin templates.
"""

from __future__ import annotations

from functools import partial

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.models import Category, PostStatus, Visibility
from community.permissions import can_manage_spaces
from community.services import spaces
from core.errors import DomainError, NotFound

FIELD_FOR_CODE = {
    "category_name": "name",
    "category_slug": "slug",
    "slug_taken": "slug",
    "category_visibility": "visibility",
    "category_position": "position",
}


class CategoryForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=80,
        error_messages={"required": gettext_lazy("Please give the space a name.")},
    )
    slug = forms.CharField(
        label=gettext_lazy("Web address"),
        max_length=80,
        required=False,
        help_text=gettext_lazy(
            "The last part of the space's address, e.g. “siblings”. Leave empty to "
            "make one from the name."
        ),
    )
    description = forms.CharField(
        label=gettext_lazy("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("A sentence or two on who the space is for."),
    )
    visibility = forms.ChoiceField(
        label=gettext_lazy("Who can read it"),
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Changing this changes who can read every conversation already in the "
            "space, in pages, search and notifications."
        ),
    )
    position = forms.IntegerField(
        label=gettext_lazy("Order"),
        min_value=0,
        initial=0,
        help_text=gettext_lazy("Spaces are listed from the lowest number up."),
        error_messages={
            "invalid": gettext_lazy("Please give the order as a whole number."),
            "min_value": gettext_lazy("Please give the order as 0 or more."),
        },
    )
    is_locked = forms.BooleanField(
        label=gettext_lazy("Locked"),
        required=False,
        help_text=gettext_lazy(
            "Members can still read, but nobody can start conversations or reply."
        ),
    )
    moderators = forms.CharField(
        label=gettext_lazy("Category moderators"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Email addresses of members who moderate only this space, one a line."
        ),
    )

    def clean_moderators(self) -> list[int]:
        emails = [
            line.strip().lower()
            for line in self.cleaned_data.get("moderators", "")
            .replace(",", "\n")
            .splitlines()
            if line.strip()
        ]
        found = dict(
            get_user_model()
            .objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=emails, is_active=True)
            .values_list("email_lower", "pk")
        )
        missing = [email for email in emails if email not in found]
        if missing:
            raise forms.ValidationError(
                _("We couldn't find a member with the email %(emails)s.")
                % {"emails": ", ".join(missing)}
            )
        return [found[email] for email in emails]

    def service_fields(self) -> dict:
        """What the space services take, from the cleaned form."""
        data = self.cleaned_data
        fields = ("name", "slug", "description", "visibility", "position", "is_locked")
        return {
            **{field: data[field] for field in fields},
            "moderator_ids": data["moderators"],
        }

    def add_domain_error(self, error: DomainError) -> None:
        field = FIELD_FOR_CODE.get(getattr(error, "code", ""))
        self.add_error(field, error.message)


def space_manager_required(view):
    def wrapped(request, *args, **kwargs):
        if not can_manage_spaces(request.user):
            raise DjangoPermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@space_manager_required
def category_index(request):
    """Every space with its visibility and number of conversations, and ↑/↓ buttons."""
    if request.method == "POST":
        try:
            category_id = int(request.POST.get("category", ""))
        except ValueError as exc:
            raise Http404 from exc
        offset = -1 if request.POST.get("move") == "up" else 1
        try:
            spaces.category_move(
                actor=request.user, category_id=category_id, offset=offset
            )
        except NotFound as exc:
            raise Http404 from exc
        messages.success(request, _("The order of the spaces is saved."))
        return redirect("community_admin:categories")
    categories = Category.objects.annotate(
        thread_count=Count("threads", filter=Q(threads__status=PostStatus.PUBLISHED))
    ).order_by("position", "name")
    return render(
        request,
        "community/admin/category_index.html",
        {
            "page_title": _("Community spaces"),
            "header_icon": "group",
            "categories": categories,
        },
    )


@space_manager_required
def category_create(request):
    return _category_form(
        request,
        form=CategoryForm(request.POST or None),
        save=partial(spaces.category_create, actor=request.user),
        title=_("New space"),
        done=_("“%(name)s” is ready."),
    )


@space_manager_required
def category_edit(request, category_id: int):
    category = Category.objects.filter(pk=category_id).first()
    if category is None:
        raise Http404
    initial = {
        "name": category.name,
        "slug": category.slug,
        "description": category.description,
        "visibility": category.visibility,
        "position": category.position,
        "is_locked": category.is_locked,
        "moderators": "\n".join(
            category.moderators.order_by("email").values_list("email", flat=True)
        ),
    }
    return _category_form(
        request,
        form=CategoryForm(request.POST or None, initial=initial),
        save=partial(
            spaces.category_update, actor=request.user, category_id=category.pk
        ),
        title=_("Change “%(name)s”") % {"name": category.name},
        done=_("Changes to “%(name)s” are saved."),
        category=category,
    )


def _category_form(request, *, form, save, title, done, category=None):
    """Show the form; on a valid POST call the service, or keep what was typed and
    show its kind message next to the field it is about."""
    if request.method == "POST" and form.is_valid():
        try:
            saved = save(**form.service_fields())
        except NotFound as exc:
            raise Http404 from exc
        except DomainError as exc:
            form.add_domain_error(exc)
        else:
            messages.success(request, done % {"name": saved.name})
            return redirect("community_admin:categories")
    return render(
        request,
        "community/admin/category_form.html",
        {
            "page_title": title,
            "header_icon": "group",
            "form": form,
            "category": category,
        },
        status=400 if request.method == "POST" else 200,
    )
