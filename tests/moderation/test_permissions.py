"""Who may open what: every moderation page, admin page and API endpoint, by role."""

import pytest
from django.urls import reverse

from moderation.models import QueueItem
from tests.moderation.conftest import with_totp

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "member",
    "other_category_moderator",
    "moderator",
    "editor",
    "admin",
]
ALLOWED = {"moderator", "admin"}


@pytest.fixture
def as_role(
    client, request, member, other_category_moderator, moderator, editor, admin_user
):
    def _as(role):
        user = {
            "anonymous": None,
            "member": member,
            "other_category_moderator": other_category_moderator,
            "moderator": moderator,
            "editor": editor,
            "admin": admin_user,
        }[role]
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return _as


def _admin_pages(item):
    return [
        reverse("moderation_admin:queue"),
        reverse("moderation_admin:item", args=[item.pk]),
        reverse("moderation_admin:log"),
        reverse("moderation_admin:dashboard"),
        reverse("moderation_admin:watched_words_import"),
        reverse("moderation_admin:log") + "?format=csv",
        reverse("wagtailsnippets_moderation_watchedword:list"),
        reverse("wagtailsnippets_moderation_watchedword:add"),
        reverse("wagtailsnippets_moderation_hospitalname:list"),
        reverse("wagtailsnippets_moderation_rejectiontemplate:list"),
        reverse("wagtailsnippets_moderation_categoryrule:list"),
        reverse("wagtailsnippets_moderation_oncallmoderator:list"),
        reverse("wagtailsettings:edit", args=["moderation", "moderationsettings"]),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_admin_moderation_pages_open_only_for_moderators(as_role, role, held_post):
    item = QueueItem.objects.get(post=held_post)
    client = as_role(role)
    for url in _admin_pages(item):
        response = client.get(url, follow=url.startswith("/admin/settings/"))
        if role in ALLOWED:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (200, 302, 403, 404), (
                url,
                response.status_code,
            )
            if response.status_code == 200:  # followed to the admin home or login
                assert response.redirect_chain, url
            body = getattr(response, "content", b"")
            assert b"Hello from a new family" not in body
            assert b"hold" not in body or b"Moderation log" not in body


@pytest.mark.parametrize("role", ROLES)
def test_admin_decisions_are_refused_for_everyone_but_moderators(
    as_role, role, held_post
):
    item = QueueItem.objects.get(post=held_post)
    client = as_role(role)
    client.post(
        reverse("moderation_admin:item", args=[item.pk]),
        {"op": "decide", "action": "approve"},
    )
    held_post.refresh_from_db()
    assert (held_post.status == "published") == (role in ALLOWED)


def test_a_category_moderator_with_admin_access_sees_only_their_categories(
    client, other_category, held_post, other_category_moderator
):
    from accounts.roles import ensure_groups

    groups = ensure_groups()
    # Give them admin access the way a site admin would, through an editors-like group.
    from django.contrib.auth.models import Group

    volunteers = Group.objects.create(name="Volunteer moderators")
    volunteers.permissions.set(
        groups["moderator"].permissions.filter(codename="access_admin")
    )
    other_category_moderator.groups.add(volunteers)
    with_totp(other_category_moderator)
    client.force_login(other_category_moderator)
    queue = client.get(reverse("moderation_admin:queue"))
    assert queue.status_code == 200
    assert b"Hello from a new family" not in queue.content
    item = QueueItem.objects.get(post=held_post)
    assert client.get(reverse("moderation_admin:item", args=[item.pk])).status_code in (
        302,
        404,
    )


@pytest.mark.parametrize("role", ROLES)
def test_moderation_api_endpoints_are_for_moderators_only(as_role, role, held_post):
    client = as_role(role)
    expected_denied = 401 if role == "anonymous" else 403
    for url in ("/api/v1/moderation/queue/", "/api/v1/moderation/actions/"):
        response = client.get(url)
        if role in ALLOWED:
            assert response.status_code == 200
        elif role == "other_category_moderator":
            # They may use the API, but see nothing from categories they don't moderate.
            assert response.status_code == 200
            assert response.json() == []
        else:
            assert response.status_code == expected_denied
    response = client.post(
        f"/api/v1/moderation/posts/{held_post.pk}/decision/",
        {"action": "approve"},
        content_type="application/json",
    )
    if role in ALLOWED:
        assert response.status_code == 200
    elif role == "other_category_moderator":
        assert response.status_code == 404
    else:
        assert response.status_code == expected_denied


@pytest.mark.parametrize("role", ROLES)
def test_reporting_a_post_needs_a_signed_in_member_who_can_see_it(
    as_role, role, published_post
):
    client = as_role(role)
    form = client.get(reverse("moderation:report_post", args=[published_post.pk]))
    api = client.post(
        f"/api/v1/posts/{published_post.pk}/reports/",
        {"reason": "spam"},
        content_type="application/json",
    )
    if role == "anonymous":
        assert form.status_code == 302
        assert api.status_code == 401
    else:
        assert form.status_code == 200
        assert api.status_code == 201


@pytest.mark.parametrize("role", ROLES)
def test_nobody_can_report_a_held_post_they_cannot_see(as_role, role, held_post):
    client = as_role(role)
    response = client.get(reverse("moderation:report_post", args=[held_post.pk]))
    # Anonymous people are asked to sign in; everyone else (staff too: reports are made
    # from the public site) finds nothing there.
    assert response.status_code == (302 if role == "anonymous" else 404)
    api = client.post(
        f"/api/v1/posts/{held_post.pk}/reports/",
        {"reason": "spam"},
        content_type="application/json",
    )
    assert api.status_code == (401 if role == "anonymous" else 404)


@pytest.mark.parametrize("role", ROLES)
def test_the_crisis_support_page_is_open_to_everyone(as_role, role, site):
    response = as_role(role).get(reverse("moderation:crisis_support"))
    assert response.status_code == 200
    assert b"988" in response.content
