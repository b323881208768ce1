"""Notifications and digests on a real Celery worker (Redis broker, PostgreSQL).

Run with DATABASE_URL=postgres://… and REDIS_URL=redis://…; without them these fail
with a message saying what to start (they never skip).
"""

import time

import pytest
from django.utils import timezone

from community.models import PostStatus
from members import services, tasks
from members.models import DigestRun, Notification

pytestmark = pytest.mark.worker


def _wait_for(predicate, seconds: float = 45.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.25)
    return None


def test_a_reply_fans_out_and_is_emailed_by_the_real_worker(
    celery_worker_process, community, public, member, other
):
    opening = community.start(member, public, title="Radiotherapy questions")
    reply = community.reply(other, opening.thread)
    note = _wait_for(
        lambda: Notification.objects.filter(
            recipient=member, post=reply, emailed_at__isnull=False
        ).first()
    )
    assert note is not None, celery_worker_process.log()
    assert note.kind == "reply"


def test_a_post_hidden_before_the_digest_is_left_out_by_the_real_worker(
    celery_worker_process, community, public, member, other
):
    services.preferences_set(actor=member, choices={"reply": "digest"})
    opening = community.start(member, public, title="Feeding tubes")
    kept = community.reply(other, opening.thread, body="This one stays.")
    hidden = community.reply(other, opening.thread, body="This one is hidden.")
    assert _wait_for(
        lambda: Notification.objects.filter(recipient=member).count() == 2
    ), celery_worker_process.log()
    community.transition(hidden, PostStatus.HIDDEN)

    tasks.send_daily_digests.delay()
    run = _wait_for(
        lambda: DigestRun.objects.filter(
            user=member, day=timezone.localdate(), sent_at__isnull=False
        ).first()
    )
    assert run is not None, celery_worker_process.log()
    assert run.item_count == 1
    assert Notification.objects.get(post=kept).emailed_at is not None
    assert Notification.objects.get(post=hidden).emailed_at is None

    # The beat firing twice the same day sends nothing more.
    tasks.send_daily_digests.delay()
    time.sleep(2)
    assert DigestRun.objects.filter(user=member).count() == 1
