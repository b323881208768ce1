"""Creating, changing and reordering discussion spaces through community services."""

import pytest
from django.db import transaction
from django.urls import reverse

from community.models import Category, ModerationAction, Visibility
from community.services import posts as post_services
from community.services import spaces
from core.errors import NotFound, PermissionDenied, ValidationError
from search import indexing, sources
from search.models import OutboxEntry
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _update(actor, category, **changes):
    fields = {
        "name": category.name,
        "slug": category.slug,
        "description": category.description,
        "visibility": category.visibility,
        "position": category.position,
        "is_locked": category.is_locked,
        "moderator_ids": list(category.moderators.values_list("pk", flat=True)),
    }
    fields.update(changes)
    return spaces.category_update(actor=actor, category_id=category.pk, **fields)


def _category_outbox(category) -> int:
    return OutboxEntry.objects.filter(
        model="community.category", object_id=str(category.pk)
    ).count()


def test_a_moderator_creates_a_space_with_its_own_moderators(moderator, outsider):
    category = spaces.category_create(
        actor=moderator,
        name="  Teenagers  in treatment ",
        description=" For 13 to 19 year olds. ",
        visibility=Visibility.PRIVATE,
        position=7,
        is_locked=True,
        moderator_ids=[outsider.pk],
    )
    category.refresh_from_db()
    assert category.name == "Teenagers in treatment"
    assert category.slug == "teenagers-in-treatment"
    assert category.description == "For 13 to 19 year olds."
    assert (category.visibility, category.position, category.is_locked) == (
        "private",
        7,
        True,
    )
    assert list(category.moderators.all()) == [outsider]


@pytest.mark.parametrize("who", ["anonymous", "member", "category_moderator", "editor"])
def test_only_moderators_and_admins_may_create_or_change_spaces(
    who, public, person_in_role
):
    from django.contrib.auth.models import AnonymousUser

    actor = person_in_role(who) or AnonymousUser()
    with pytest.raises(PermissionDenied):
        spaces.category_create(actor=actor, name="Not allowed")
    with pytest.raises(PermissionDenied):
        _update(actor, public, visibility=Visibility.PRIVATE)
    with pytest.raises(PermissionDenied):
        spaces.category_move(actor=actor, category_id=public.pk, offset=1)
    public.refresh_from_db()
    assert public.visibility == Visibility.PUBLIC
    assert not Category.objects.filter(name="Not allowed").exists()


def test_an_admin_may_change_a_space(person_in_role, public):
    _update(person_in_role("admin"), public, description="Open to everyone.")
    public.refresh_from_db()
    assert public.description == "Open to everyone."


def test_a_space_cannot_take_another_spaces_web_address(moderator, public, private):
    with pytest.raises(ValidationError) as created:
        spaces.category_create(actor=moderator, name="Public space", slug=public.slug)
    assert created.value.code == "slug_taken"
    with pytest.raises(ValidationError) as changed:
        _update(moderator, private, slug=public.slug)
    assert changed.value.code == "slug_taken"
    private.refresh_from_db()
    assert private.slug == "private-space"


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_a_space_needs_a_name_of_up_to_80_characters(moderator, public, name):
    with pytest.raises(ValidationError) as created:
        spaces.category_create(actor=moderator, name=name)
    assert created.value.code == "category_name"
    with pytest.raises(ValidationError):
        _update(moderator, public, name=name)


def test_an_unknown_visibility_or_negative_order_is_refused(moderator, public):
    with pytest.raises(ValidationError) as visibility:
        _update(moderator, public, visibility="secret")
    assert visibility.value.code == "category_visibility"
    with pytest.raises(ValidationError) as position:
        _update(moderator, public, position=-1)
    assert position.value.code == "category_position"


def test_changing_a_space_that_does_not_exist_is_not_found(moderator):
    with pytest.raises(NotFound):
        spaces.category_update(
            actor=moderator,
            category_id=987654,
            name="Gone",
            slug="gone",
            visibility=Visibility.PUBLIC,
            description="",
            position=0,
            is_locked=False,
        )


def test_changing_a_spaces_moderators_replaces_them(moderator, public, outsider):
    other = UserFactory(display_name="Other Owl")
    _update(moderator, public, moderator_ids=[outsider.pk])
    _update(moderator, public, moderator_ids=[other.pk])
    assert list(public.moderators.all()) == [other]
    _update(moderator, public, moderator_ids=None, description="Moderators stay.")
    assert list(public.moderators.all()) == [other]
    _update(moderator, public, moderator_ids=[])
    assert not public.moderators.exists()


def test_making_a_space_members_only_reindexes_and_audits_everything_in_it(
    moderator, public, thread_in, trusted
):
    thread = thread_in(public)
    reply = post_services.post_create(
        actor=trusted, thread_id=thread.pk, body="Thinking of you."
    ).post
    OutboxEntry.objects.all().delete()

    _update(moderator, public, visibility=Visibility.MEMBERS)

    entries = list(OutboxEntry.objects.all())
    assert [(e.model, e.object_id) for e in entries] == [
        ("community.category", str(public.pk))
    ]
    # Search follows the one entry to every thread and post in the space ...
    versions = indexing.versions_for(entries)
    thread_key = sources.key_for(sources.THREAD_KEY, thread.pk)
    reply_key = sources.key_for(sources.POST_KEY, reply.pk)
    assert {thread_key, reply_key} <= set(versions)
    # ... and re-reads them with the space's new visibility.
    docs = sources.documents_for(
        {sources.THREAD_KEY: {str(thread.pk)}, sources.POST_KEY: {str(reply.pk)}}
    )
    assert docs[thread_key]["visibility"] == "members"
    assert docs[reply_key]["visibility"] == "members"
    action = ModerationAction.objects.get(target_type="category")
    assert (action.action, action.from_status, action.to_status) == (
        "category_visibility",
        "public",
        "members",
    )
    assert action.actor == moderator


def test_the_search_outbox_entry_rolls_back_with_a_failed_change(moderator, public):
    OutboxEntry.objects.all().delete()
    with pytest.raises(RuntimeError), transaction.atomic():
        _update(moderator, public, visibility=Visibility.PRIVATE)
        raise RuntimeError("the request failed after the change")
    public.refresh_from_db()
    assert public.visibility == Visibility.PUBLIC
    assert _category_outbox(public) == 0


def test_renaming_a_space_reindexes_it_but_a_new_description_does_not(
    moderator, public
):
    OutboxEntry.objects.all().delete()
    _update(moderator, public, description="Only the words under the name change.")
    assert _category_outbox(public) == 0
    assert not ModerationAction.objects.filter(target_type="category").exists()
    _update(moderator, public, name="Everyone's space")
    assert _category_outbox(public) == 1


def test_a_space_made_members_only_disappears_for_anonymous_readers(
    client, moderator, public, thread_in
):
    thread = thread_in(public, title="A public thread about scans")
    thread_url = reverse("community:thread", args=[thread.pk])
    category_url = reverse("community:category", args=[public.slug])
    assert client.get(thread_url).status_code == 200
    assert b"A public thread about scans" in client.get(category_url).content

    _update(moderator, public, visibility=Visibility.MEMBERS)

    assert client.get(thread_url).status_code == 404
    assert client.get(category_url).status_code == 404
    assert client.get(f"/api/v1/threads/{thread.pk}/").status_code == 404


def test_renaming_a_space_retires_the_anonymous_page_cache(
    client, moderator, public, thread_in
):
    thread_in(public)
    url = reverse("community:category", args=[public.slug])
    assert b"Public space" in client.get(url).content
    _update(moderator, public, name="Open to all")
    html = client.get(url).content
    assert b"Open to all" in html and b"Public space" not in html


def test_moving_a_space_up_and_down_renumbers_the_list(moderator, categories):
    private = categories[Visibility.PRIVATE]
    public = categories[Visibility.PUBLIC]
    # All start at order 0, so by name: Members, Private group, Public.
    spaces.category_move(actor=moderator, category_id=private.pk, offset=-1)
    assert list(Category.objects.values_list("slug", "position")) == [
        ("private-space", 10),
        ("members-space", 20),
        ("public-space", 30),
    ]
    spaces.category_move(actor=moderator, category_id=public.pk, offset=-1)
    assert list(Category.objects.values_list("slug", flat=True)) == [
        "private-space",
        "public-space",
        "members-space",
    ]
    # Moving the first space up, or the last one down, leaves it where it is.
    spaces.category_move(actor=moderator, category_id=private.pk, offset=-1)
    spaces.category_move(
        actor=moderator, category_id=categories[Visibility.MEMBERS].pk, offset=1
    )
    assert list(Category.objects.values_list("slug", flat=True)) == [
        "private-space",
        "public-space",
        "members-space",
    ]
    with pytest.raises(NotFound):
        spaces.category_move(actor=moderator, category_id=987654, offset=1)
