"""The Community › Spaces screens in the Wagtail admin: who may open them, and what
they do (every write through community.services.spaces)."""

import pytest
from django.urls import reverse

from community.models import Category, Visibility
from community.services import spaces
from search.models import OutboxEntry

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "category_moderator", "editor", "moderator", "admin"]
ALLOWED = {"moderator", "admin"}


@pytest.fixture
def staff_moderator(person_in_role):
    return person_in_role("moderator")


@pytest.fixture
def as_role(client, person_in_role):
    def _as(role):
        user = person_in_role(role)
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return _as


@pytest.fixture
def mod_client(client, staff_moderator):
    client.force_login(staff_moderator)
    return client


def _form(category=None, **changes):
    data = {
        "name": category.name if category else "Teenagers in treatment",
        "slug": category.slug if category else "",
        "description": category.description if category else "For 13 to 19.",
        "visibility": category.visibility if category else "members",
        "position": category.position if category else 5,
        "moderators": "",
    }
    if category and category.is_locked:
        data["is_locked"] = "on"
    data.update(changes)
    return data


@pytest.mark.parametrize("role", ROLES)
def test_the_space_screens_open_only_for_moderators_and_admins(as_role, role, public):
    client = as_role(role)
    for url in (
        reverse("community_admin:categories"),
        reverse("community_admin:category_create"),
        reverse("community_admin:category_edit", args=[public.pk]),
    ):
        response = client.get(url)
        if role in ALLOWED:
            assert response.status_code == 200, url
            assert b"Public space" in response.content or "new" in url
        elif role == "anonymous":
            assert response.status_code == 302, url
            assert "/accounts/login/" in response["Location"]
        elif role == "editor":
            # Editors may open the admin but not the spaces: Wagtail sends them back
            # to the dashboard with "you do not have permission".
            assert response.status_code == 302, url
            assert response["Location"] == "/admin/"
        else:
            # Members and volunteer category moderators have no admin at all.
            assert response.status_code == 404, url


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_and_admins_can_create_change_or_reorder_spaces(
    as_role, role, categories, public
):
    client = as_role(role)
    client.post(reverse("community_admin:category_create"), _form(name="By a role"))
    client.post(
        reverse("community_admin:category_edit", args=[public.pk]),
        _form(public, visibility="private"),
    )
    client.post(
        reverse("community_admin:categories"),
        {"category": public.pk, "move": "up"},
    )
    public.refresh_from_db()
    allowed = role in ALLOWED
    assert Category.objects.filter(name="By a role").exists() == allowed
    assert (public.visibility == "private") == allowed
    # By name, Public comes after Private group; moving it up puts it before.
    order = list(Category.objects.values_list("slug", flat=True))
    assert (order.index("public-space") < order.index("private-space")) == allowed


def test_the_menu_shows_community_spaces_to_moderators_only(as_role):
    assert b"community/spaces/" in as_role("moderator").get("/admin/").content
    assert b"community/spaces/" not in as_role("editor").get("/admin/").content


def test_the_list_shows_name_visibility_conversations_and_order(
    mod_client, public, private, thread_in, django_assert_max_num_queries
):
    thread_in(private)
    thread_in(private, title="A second one")
    response = mod_client.get(reverse("community_admin:categories"))
    html = response.content.decode()
    assert "Public space" in html and "Private group space" in html
    assert "Private group: only the group&#x27;s members can read" in html
    row = html[html.index("Private group space</a>") :]
    assert "<td>2</td>" in row[: row.index("</tr>")]
    assert "Move up" in html and "Move down" in html
    # A constant number of queries however many spaces there are.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        mod_client.get(reverse("community_admin:categories"))
    for i in range(5):
        spaces.category_create(actor=None, system=True, name=f"Extra {i}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        mod_client.get(reverse("community_admin:categories"))


def test_creating_a_space_from_the_admin(mod_client, outsider):
    outsider.email = "Otter.Outside@Example.org"
    outsider.save(update_fields=["email"])
    response = mod_client.post(
        reverse("community_admin:category_create"),
        _form(
            visibility="private",
            is_locked="on",
            moderators=" otter.outside@example.ORG ",
        ),
    )
    assert response.status_code == 302
    category = Category.objects.get(slug="teenagers-in-treatment")
    assert category.visibility == "private" and category.is_locked
    assert category.position == 5
    assert list(category.moderators.all()) == [outsider]
    listing = mod_client.get(response["Location"]).content.decode()
    assert "“Teenagers in treatment” is ready." in listing


def test_a_duplicate_web_address_is_explained_and_keeps_what_was_typed(
    mod_client, public
):
    response = mod_client.post(
        reverse("community_admin:category_create"),
        _form(
            name="Another public one",
            slug=public.slug,
            description="Words I typed carefully",
        ),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is already a space called “public-space”" in html
    assert 'value="Another public one"' in html
    assert "Words I typed carefully" in html
    assert Category.objects.count() == 3


def test_an_empty_name_is_explained_and_keeps_what_was_typed(mod_client, public):
    response = mod_client.post(
        reverse("community_admin:category_edit", args=[public.pk]),
        _form(public, name="   ", description="A new description I wrote"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please give the space a name" in html
    assert "A new description I wrote" in html
    public.refresh_from_db()
    assert public.name == "Public space"


def test_an_unknown_moderator_email_is_explained_and_keeps_what_was_typed(
    mod_client, public, outsider
):
    typed = f"{outsider.email}\nnobody@example.org"
    response = mod_client.post(
        reverse("community_admin:category_edit", args=[public.pk]),
        _form(public, moderators=typed),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "We couldn&#x27;t find a member with the email nobody@example.org" in html
    assert "nobody@example.org</textarea>" in html
    assert not public.moderators.exists()


def test_the_edit_form_shows_the_space_as_it_is(mod_client, public, outsider):
    public.moderators.add(outsider)
    html = mod_client.get(
        reverse("community_admin:category_edit", args=[public.pk])
    ).content.decode()
    assert 'value="public-space"' in html
    assert outsider.email in html
    assert 'value="public" id="id_visibility_0" required checked' in html
    assert "<legend" in html  # the visibility choices are a labelled group


def test_making_a_space_members_only_in_the_admin_hides_it_from_anonymous_readers(
    client, staff_moderator, public, thread_in
):
    thread = thread_in(public, title="Scan day nerves")
    thread_url = reverse("community:thread", args=[thread.pk])
    assert client.get(thread_url).status_code == 200  # cached for anonymous readers
    OutboxEntry.objects.all().delete()

    client.force_login(staff_moderator)
    response = client.post(
        reverse("community_admin:category_edit", args=[public.pk]),
        _form(public, visibility=Visibility.MEMBERS),
    )
    assert response.status_code == 302
    assert OutboxEntry.objects.filter(
        model="community.category", object_id=str(public.pk)
    ).exists()

    client.logout()
    assert client.get(thread_url).status_code == 404
    search = client.get(reverse("search:search") + "?q=scan")
    assert b"Scan day nerves" not in search.content


def test_reordering_in_the_admin_moves_a_space_up(mod_client, categories):
    public = categories[Visibility.PUBLIC]
    response = mod_client.post(
        reverse("community_admin:categories"), {"category": public.pk, "move": "up"}
    )
    assert response.status_code == 302
    assert list(Category.objects.values_list("slug", flat=True)) == [
        "members-space",
        "public-space",
        "private-space",
    ]
    missing = mod_client.post(
        reverse("community_admin:categories"), {"category": "987654", "move": "up"}
    )
    assert missing.status_code == 404


def test_changing_a_space_that_does_not_exist_is_not_found(mod_client):
    url = reverse("community_admin:category_edit", args=[987654])
    assert mod_client.get(url).status_code == 404
