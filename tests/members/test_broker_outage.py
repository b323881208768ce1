"""Redis being down never blocks or loses what a family wrote: the post is saved and
the work that would have gone to the worker runs in the request instead."""

import pytest

from config.celery import app as celery_app
from members import selectors, services

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker_down(settings):
    """Send tasks to a broker nobody listens on (instead of running them eagerly)."""
    previous = (celery_app.conf.task_always_eager, celery_app.conf.broker_url)
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = "redis://127.0.0.1:9/0"
    _fresh_pools()
    yield
    celery_app.conf.task_always_eager, celery_app.conf.broker_url = previous
    _fresh_pools()


def _fresh_pools():
    """Drop the app's references to its pools so the next send uses the current
    broker_url. (Not force_close_all(): kombu shares pools per URL process-wide, and a
    closed one would break every later send to that broker.)"""
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def test_a_reply_posted_while_redis_is_down_is_saved_and_its_watchers_still_hear(
    community, public, member, other, broker_down
):
    opening = community.start(other, public)
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")

    reply = community.reply(other, opening.thread, body="Still here with you.")

    reply.refresh_from_db()
    assert reply.status == "published"
    assert [n.post_id for n in selectors.visible_notifications(member)] == [reply.pk]
