from io import StringIO

import pytest
from django.core.management.base import BaseCommand
from django.urls import reverse

from community.models import Category, PostStatus, Thread, Visibility
from community.services import posts as post_services
from core.errors import PermissionDenied

pytestmark = pytest.mark.django_db


def _seed():
    from accounts import demo as accounts_demo
    from community import demo

    command = BaseCommand(stdout=StringIO())
    accounts_demo.seed(command)
    demo.seed(command)


def test_the_demo_seeds_every_visibility_and_published_threads_idempotently():
    _seed()
    assert {c.visibility for c in Category.objects.all()} == set(Visibility.values)
    assert Category.objects.filter(
        name="Bereaved parents' circle", visibility="private"
    ).exists()
    published = Thread.objects.filter(status=PostStatus.PUBLISHED).count()
    assert published >= 10
    assert Thread.objects.filter(status=PostStatus.PENDING).count() == 1
    counts = (Thread.objects.count(), Category.objects.count())
    _seed()
    assert (Thread.objects.count(), Category.objects.count()) == counts


def test_members_who_have_not_accepted_new_guidelines_cannot_post(
    client, trusted, public
):
    from accounts.models import GuidelinesVersion

    GuidelinesVersion.objects.create(version=99, summary="Kinder words about loss.")
    with pytest.raises(PermissionDenied) as err:
        post_services.thread_create(
            actor=trusted, category=public.slug, title="Hello", body="x"
        )
    assert err.value.code == "guidelines"
    client.force_login(trusted)
    response = client.post(
        reverse("community:thread_create", args=[public.slug]),
        {"title": "Hello there", "body": "kept words"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "kept words" in html and "accept the guidelines" in html
