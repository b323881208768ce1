"""Members: the notification bell, notifications and saved pages, and fan-out.

A member with NOTES notifications (some about posts hidden since, which must drop out)
and SAVED bookmarks. Asserts a constant number of queries per page (≤ 12; the bell is
one of them) and reports requests per second as a ratio to the trivial view (target
≥ 0.4). Also times one reply fanning out to WATCHERS watchers (eager Celery, in-process).
"""

import time

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.harness import compare_to_trivial, session_cookie_for, wsgi_get

NOTES = 300
HIDDEN = 50
SAVED = 100
WATCHERS = 300
MAX_QUERIES = 12
TARGET = 0.4


def _queries(path: str, cookie: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        status, _ = wsgi_get(path, cookie=cookie)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}")
    return len(ctx.captured_queries)


def _setup():
    from accounts.roles import MODERATOR, role_grant
    from community.models import PostStatus, Visibility
    from community.services import posts as post_services
    from community.services import spaces
    from community.services.transitions import post_transition
    from members import services

    User = get_user_model()
    moderator = User.objects.create_user(
        email="bench-moderator@example.org", password="x", display_name="Bench Mod"
    )
    role_grant(user=moderator, role=MODERATOR)
    member = User.objects.create_user(
        email="bench-member@example.org",
        password="x",
        display_name="Bench Member",
        accepted_guidelines_version=1_000,
    )
    space = spaces.category_create(
        actor=None,
        system=True,
        name="Bench",
        slug="bench",
        visibility=Visibility.PUBLIC,
    )
    opening = post_services.thread_create(
        actor=moderator,
        category=space.slug,
        title="A long conversation",
        body="Welcome to the conversation.",
        rate_limit=False,
    ).post
    services.follow_set(actor=member, thread_id=opening.thread_id, level="watching")
    replies = []
    for i in range(NOTES):
        post = post_services.post_create(
            actor=moderator,
            thread_id=opening.thread_id,
            body=f"Reply number {i}.",
            rate_limit=False,
        ).post
        if post.status == PostStatus.PENDING:  # moderation's own posting-rate rule
            post_transition(
                actor=moderator, post_id=post.pk, to_status=PostStatus.PUBLISHED
            )
        replies.append(post)
    for post in replies[:HIDDEN]:
        post.refresh_from_db()
        post_transition(actor=moderator, post_id=post.pk, to_status=PostStatus.HIDDEN)
    for post in replies[HIDDEN : HIDDEN + SAVED]:
        services.bookmark_toggle(actor=member, post_id=post.pk)
    return moderator, member, opening


def _fan_out(moderator, opening) -> dict:
    from community.models import PostStatus
    from community.services import posts as post_services
    from community.services.transitions import post_transition
    from members import services
    from members.models import Notification

    User = get_user_model()
    for i in range(WATCHERS):
        watcher = User.objects.create_user(
            email=f"bench-watcher-{i}@example.org", password="x"
        )
        services.follow_set(
            actor=watcher, thread_id=opening.thread_id, level="watching"
        )
    before = Notification.objects.count()
    with CaptureQueriesContext(connection) as ctx:
        started = time.perf_counter()
        post = post_services.post_create(
            actor=moderator,
            thread_id=opening.thread_id,
            body="One more reply for everyone watching.",
            rate_limit=False,
        ).post
        if post.status == PostStatus.PENDING:  # moderation's own posting-rate rule
            post_transition(
                actor=moderator, post_id=post.pk, to_status=PostStatus.PUBLISHED
            )
        seconds = time.perf_counter() - started
    return {
        "watchers": WATCHERS,
        "notifications_created": Notification.objects.count() - before,
        "seconds_including_posting_and_emails": round(seconds, 3),
        "queries": len(ctx.captured_queries),
    }


def _bell_cost(member, calls: int = 200) -> dict:
    """What the header bell adds to every signed-in page: build + run its one query."""
    from django.test import RequestFactory

    from members import selectors

    factory = RequestFactory()
    started = time.perf_counter()
    for _ in range(calls):
        request = factory.get("/")
        request.user = member
        selectors.unread_count(request)
        selectors.unread_count(request)  # the second call in a request is free
    per_call = (time.perf_counter() - started) / calls
    return {"calls": calls, "ms_per_request": round(per_call * 1000, 3)}


def run() -> dict:
    from members import selectors

    started = time.perf_counter()
    moderator, member, opening = _setup()
    setup_seconds = round(time.perf_counter() - started, 1)
    visible = selectors.visible_notifications(member).count()
    if visible != NOTES - HIDDEN:
        raise AssertionError(
            f"{visible} visible notifications, expected {NOTES - HIDDEN}"
        )
    cookie = session_cookie_for(member)
    paths = {
        "notifications_page": "/members/notifications/",
        "saved_page": "/members/saved/",
        "community_index_with_bell": "/community/",
        "notifications_api": "/api/v1/notifications/",
        "unread_count_api": "/api/v1/notifications/unread/",
    }
    queries = {name: _queries(path, cookie) for name, path in paths.items()}
    over = {name: n for name, n in queries.items() if n > MAX_QUERIES}
    if over:
        raise AssertionError(f"more than {MAX_QUERIES} queries: {over}")
    measured = compare_to_trivial(paths, cookie=cookie, seconds=2.0, target=TARGET)
    bell = _bell_cost(member)
    return {
        "database": connection.vendor,
        "generated": {
            "notifications": NOTES,
            "hidden_since": HIDDEN,
            "saved": SAVED,
            "seconds": setup_seconds,
        },
        "queries": queries,
        "max_queries": MAX_QUERIES,
        "signed_in": measured,
        "bell": bell,
        "fan_out": _fan_out(moderator, opening),
    }
