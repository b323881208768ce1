"""The demo gives member@example.org a bell with something real in it."""

from io import StringIO

import pytest
from django.core.management.base import BaseCommand

from accounts.models import User
from members import demo as members_demo
from members import selectors
from members.models import Bookmark, Follow

pytestmark = pytest.mark.django_db


def _seed_all(django_capture_on_commit_callbacks):
    from accounts import demo as accounts_demo
    from community import demo as community_demo

    command = BaseCommand(stdout=StringIO())
    # Like seed_demo: each app in its own transaction, after-commit work in between.
    for module in (accounts_demo, community_demo, members_demo):
        with django_capture_on_commit_callbacks(execute=True):
            module.seed(command)
    return command


def test_the_demo_member_has_follows_saved_posts_and_notifications(
    site, django_capture_on_commit_callbacks
):
    _seed_all(django_capture_on_commit_callbacks)
    member = User.objects.get(email="member@example.org")
    kinds = sorted(n.kind for n in selectors.visible_notifications(member))
    assert kinds == ["mention", "new_thread", "reply"]
    assert Follow.objects.filter(user=member).count() == 3
    assert Bookmark.objects.filter(user=member).count() == 2
    # A second run fills no gaps twice.
    _seed_all(django_capture_on_commit_callbacks)
    assert selectors.visible_notifications(member).count() == 3
    assert Bookmark.objects.filter(user=member).count() == 2
