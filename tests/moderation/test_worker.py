"""The urgent crisis alert, sent by a real Celery worker on Redis within a minute."""

import time

import pytest

from community.services import posts as post_services
from moderation.models import QueueItem

pytestmark = pytest.mark.worker


def _wait_for(predicate, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    return None


def test_a_crisis_post_is_alerted_to_moderators_by_the_worker_within_a_minute(
    celery_worker_process, newcomer, category, moderator
):
    posted = post_services.thread_create(
        actor=newcomer,
        category=category.slug,
        title="Tonight",
        body="I keep thinking about killing myself. I can't go on living like this.",
    )
    assert posted.crisis
    item = QueueItem.objects.get(post=posted.post)

    alerted = _wait_for(
        lambda: QueueItem.objects.filter(pk=item.pk, alerted_at__isnull=False).first()
    )

    assert alerted is not None, (
        f"no alert within 60 s; worker log:\n{celery_worker_process.log()}"
    )
    assert alerted.alert_recipients == 1  # nobody on call: every moderator (here, one)
    assert (alerted.alerted_at - posted.post.created_at).total_seconds() < 60
