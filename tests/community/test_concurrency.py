"""Concurrent replies to one thread all land, numbered in order without gaps.

On PostgreSQL (CI) real threads post at the same time; the thread row lock in
post_create serialises the numbering. SQLite in memory cannot share a database
between threads, so there the same guarantee is checked sequentially — and CI fails
loudly if it is not running on PostgreSQL."""

import os
import threading

import pytest
from django.db import close_old_connections, connection

from community.models import Post
from community.services import posts as post_services
from moderation.screening import Screening
from tests.factories.accounts import UserFactory

REPLIERS = 8
REPLIES_EACH = 3


@pytest.fixture
def quiet(monkeypatch):
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 10_000)
    monkeypatch.setattr(post_services, "RATE_PER_HOUR", 10_000)
    monkeypatch.setattr(
        post_services, "screen_post", lambda **kw: Screening(body=kw["body"])
    )


def _assert_all_landed_in_order(thread):
    positions = list(
        Post.objects.filter(thread=thread)
        .order_by("position")
        .values_list("position", flat=True)
    )
    assert positions == list(range(1, REPLIERS * REPLIES_EACH + 2))
    thread.refresh_from_db()
    assert thread.reply_count == REPLIERS * REPLIES_EACH


@pytest.mark.django_db(transaction=True)
def test_concurrent_replies_to_one_thread_all_land_in_order(quiet, public, thread_in):
    if connection.vendor != "postgresql":
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(
                "CI must run the concurrent-replies test on PostgreSQL "
                f"(DATABASE_URL points at {connection.vendor})."
            )
        thread = thread_in(public)
        users = [UserFactory() for _ in range(REPLIERS)]
        for i in range(REPLIES_EACH):
            for user in users:
                post_services.post_create(
                    actor=user, thread_id=thread.pk, body=f"reply {i}"
                )
        _assert_all_landed_in_order(thread)
        return

    thread = thread_in(public)
    users = [UserFactory() for _ in range(REPLIERS)]
    barrier = threading.Barrier(REPLIERS)
    errors: list[BaseException] = []

    def reply(user):
        try:
            barrier.wait(timeout=10)
            for i in range(REPLIES_EACH):
                post_services.post_create(
                    actor=user, thread_id=thread.pk, body=f"reply {i}"
                )
        except BaseException as exc:  # noqa: BLE001 — reported below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    workers = [threading.Thread(target=reply, args=(u,)) for u in users]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert not errors, errors
    _assert_all_landed_in_order(thread)
