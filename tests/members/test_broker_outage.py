"""Redis being down never blocks or loses what a family wrote: the post is saved and
the work that would have gone to the worker runs in the request instead."""

import pytest

from config.celery import app as celery_app
from members import selectors, services
from tests.conftest import _drop_connection_pools

pytestmark = pytest.mark.django_db


DEAD_BROKER = "redis://127.0.0.1:9/0"


@pytest.fixture
def broker_down(monkeypatch):
    """Send tasks to a broker nobody listens on (instead of running them eagerly)."""
    previous = (celery_app.conf.task_always_eager, celery_app.conf.broker_url)
    # Celery reads CELERY_BROKER_URL from the environment before its own config.
    monkeypatch.setenv("CELERY_BROKER_URL", DEAD_BROKER)
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = DEAD_BROKER
    _drop_connection_pools(celery_app)
    assert celery_app.connection_for_write().as_uri().endswith("127.0.0.1:9/0")
    yield
    celery_app.conf.task_always_eager, celery_app.conf.broker_url = previous
    monkeypatch.undo()
    _drop_connection_pools(celery_app)


def test_a_reply_posted_while_redis_is_down_is_saved_and_its_watchers_still_hear(
    community, public, member, other, broker_down
):
    opening = community.start(other, public)
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")

    reply = community.reply(other, opening.thread, body="Still here with you.")

    reply.refresh_from_db()
    assert reply.status == "published"
    assert [n.post_id for n in selectors.visible_notifications(member)] == [reply.pk]
