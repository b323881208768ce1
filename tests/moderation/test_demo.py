from io import StringIO

import pytest
from django.core.management.base import BaseCommand

from moderation.models import HospitalName, OnCallModerator, QueueItem, WatchedWord

pytestmark = pytest.mark.django_db


def test_the_demo_seeds_rules_and_a_queue_with_a_crisis_first_and_runs_twice(site):
    from accounts import demo as accounts_demo
    from community import demo as community_demo
    from moderation import demo

    command = BaseCommand(stdout=StringIO())
    accounts_demo.seed(command)
    community_demo.seed(command)
    demo.seed(command)
    demo.seed(command)
    assert WatchedWord.objects.filter(action="block").exists()
    # The demo adds its four to the well-known centres migration 0002 seeds.
    assert HospitalName.objects.filter(name__in=demo.HOSPITALS).count() == 4
    assert OnCallModerator.objects.get().user.email == "moderator@example.org"
    items = QueueItem.objects.filter(
        post__idempotency_key__startswith="demo-moderation"
    )
    assert items.count() == 3
    assert items.order_by("-priority").first().reasons[0] == "crisis"
    assert any("personal_details" in i.reasons for i in items)
