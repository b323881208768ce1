"""Moderation benchmarks.

- The review queue page with 5,000 pending items: queries per page at 50 and at 5,000
  items (must be equal), and requests per second as a ratio to the trivial view
  (target ≥ 0.3). Measured twice: "queue" as a moderator reloading an unchanged queue
  sees it (served from moderation.pagecache after the permission checks), and
  "queue_uncached" with the queue's generation bumped before every request, so each
  one renders the page (and stores it) as after any change. With REDIS_URL the page
  cache is Redis, as in production; otherwise the test settings' in-process cache.
- Time from posting crisis language to the urgent alert being sent by a real Celery
  worker on Redis (target p95 < 60 s). Needs PostgreSQL (DATABASE_URL) and REDIS_URL;
  without them that part reports why it could not run.
- Precision and recall of the crisis and personal-details detectors on the labelled
  samples in tests/moderation/data, the tuning sample and the held-out one apart.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from html import escape
from pathlib import Path

from bench.harness import compare_to_trivial, percentile, session_cookie_for

QUEUE_ITEMS = 5_000
CRISIS_POSTS = 20
TARGET_RATIO = 0.3
ALERT_TARGET_SECONDS = 60


def _moderator(email: str = "bench-moderator@example.org"):
    from allauth.mfa.models import Authenticator

    from accounts.models import User
    from accounts.roles import MODERATOR, role_grant

    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email, password="!", display_name="Bench Mod"
        )
        role_grant(user=user, role=MODERATOR)
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
        )
    return user


def _fill_queue(n: int, *, offset: int = 0) -> None:
    """Bulk-create `n` pending threads with queue items (bench data only: no services)."""
    from django.db import transaction
    from django.utils import timezone

    from accounts.models import User
    from community.models import Category, Post, PostStatus, Thread, Visibility
    from moderation.models import QueueItem

    reasons = [["new_member"], ["crisis"], ["personal_details"], ["reports"], ["links"]]
    now = timezone.now()
    with transaction.atomic():
        category, _ = Category.objects.get_or_create(
            slug="bench-queue",
            defaults={"name": "Bench queue", "visibility": Visibility.MEMBERS},
        )
        authors = list(User.objects.filter(email__startswith="bench-author"))
        if not authors:
            User.objects.bulk_create(
                [
                    User(
                        email=f"bench-author{i}@example.org",
                        username=f"bench-author{i}@example.org",
                        display_name=f"Bench author {i}",
                        password="!",
                    )
                    for i in range(200)
                ]
            )
            authors = list(User.objects.filter(email__startswith="bench-author"))
        threads = Thread.objects.bulk_create(
            [
                Thread(
                    category=category,
                    author=authors[i % len(authors)],
                    title=f"Held thread {offset + i}",
                    status=PostStatus.PENDING,
                    last_activity_at=now,
                )
                for i in range(n)
            ],
            batch_size=2000,
        )
        if threads[0].pk is None:  # backends without RETURNING
            threads = list(
                Thread.objects.filter(category=category).order_by("-pk")[:n]
            )[::-1]
        body = "Our son starts his second block of chemo tomorrow and we are scared."
        posts = Post.objects.bulk_create(
            [
                Post(
                    thread=t,
                    author_id=t.author_id,
                    position=1,
                    body=body,
                    body_html=f"<p>{escape(body)}</p>",
                    status=PostStatus.PENDING,
                )
                for t in threads
            ],
            batch_size=2000,
        )
        if posts[0].pk is None:
            posts = list(Post.objects.filter(thread__in=threads).order_by("pk"))
        QueueItem.objects.bulk_create(
            [
                QueueItem(
                    post=p,
                    category=category,
                    kind=QueueItem.Kind.HELD,
                    reasons=reasons[i % len(reasons)],
                    priority={
                        "crisis": 400,
                        "personal_details": 300,
                        "reports": 200,
                    }.get(reasons[i % len(reasons)][0], 100),
                    created_at=now - timedelta(minutes=i % 600),
                )
                for i, p in enumerate(posts)
            ],
            batch_size=2000,
        )
    _analyze()


def _analyze() -> None:
    """Refresh the planner's statistics after a bulk load, as autovacuum does within a
    minute in production: without it PostgreSQL plans the queue for the handful of
    rows it last saw and sorts all 5,000 items for every page."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _queries_for(path: str, user, *, before=None) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    client.get(path)  # warm caches (site settings, content types)
    if before is not None:
        before()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return len(ctx.captured_queries)


def _production_cache():
    """Redis as the cache when REDIS_URL is set (as production has it), under a key
    prefix of this run's own: other runs share that Redis."""
    from contextlib import nullcontext

    from django.test.utils import override_settings

    url = os.environ.get("REDIS_URL", "")
    if not url:
        return nullcontext(), "in-process (locmem): set REDIS_URL for Redis"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"bench-{uuid.uuid4().hex[:10]}",
        }
    }
    return override_settings(CACHES=caches), "redis"


def queue_page() -> dict:
    cache_settings, cache_name = _production_cache()
    with cache_settings:
        return {"page_cache": cache_name, **_queue_page()}


def _queue_page() -> dict:
    from moderation.models import QueueItem
    from moderation.pagecache import queue_changed

    queue = "/admin/moderation/"
    moderator = _moderator()
    _fill_queue(50)
    small = _queries_for(queue, moderator, before=queue_changed)
    _fill_queue(QUEUE_ITEMS - 50, offset=50)
    large = _queries_for(queue, moderator, before=queue_changed)
    cached = _queries_for(queue, moderator)
    cookie = session_cookie_for(moderator)
    speed = compare_to_trivial(
        {
            "queue": queue,
            "queue_uncached": queue,
            "queue_filtered": f"{queue}?reason=crisis",
            "queue_filtered_uncached": f"{queue}?reason=crisis",
            "api_queue": "/api/v1/moderation/queue/",
            # Context, not a target: an empty Wagtail admin listing (the admin shell
            # alone: sidebar, menus, permissions) on the same machine.
            "admin_shell_reference": "/admin/snippets/moderation/hospitalname/",
        },
        cookie=cookie,
        seconds=2.0,
        target=TARGET_RATIO,
        before_each={
            "queue_uncached": queue_changed,
            "queue_filtered_uncached": queue_changed,
        },
    )
    api_small = _queries_for("/api/v1/moderation/queue/", moderator)
    pages = speed["pages"]
    shell = pages["admin_shell_reference"]["rps"]
    return {
        "pending_items": QueueItem.objects.filter(status="open").count(),
        "queries_at_50_items": small,
        "queries_at_5000_items": large,
        "constant_query_count": small == large,
        "queries_served_from_page_cache": cached,
        "api_queries_at_5000_items": api_small,
        "queue_uncached_ratio_to_admin_shell": round(
            pages["queue_uncached"]["rps"] / shell, 3
        )
        if shell
        else None,
        **speed,
    }


def crisis_alert_latency() -> dict:
    from django.conf import settings
    from django.db import connection

    broker = os.environ.get("REDIS_URL", "")
    if connection.vendor != "postgresql" or not broker:
        return {
            "error": "needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) for a real "
            "worker; run scripts/postgres start and scripts/redis start"
        }
    from config.celery import app
    from tests.conftest import _drop_connection_pools, _ping, _worker_database_url

    queue = f"kindred-bench-{uuid.uuid4().hex[:10]}"
    nodename = f"{queue}@bench"
    log_path = Path(settings.BASE_DIR) / "var" / f"{queue}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _worker_database_url(connection),
        "CELERY_BROKER_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }
    command = [
        sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
        "-l", "warning", "-Q", queue, "-n", nodename, "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    saved = {
        k: app.conf[k]
        for k in ("task_always_eager", "broker_url", "task_default_queue")
    }
    with log_path.open("wb") as log_file:
        worker = subprocess.Popen(  # noqa: S603 — our own interpreter and arguments
            command,
            env=env,
            cwd=settings.BASE_DIR,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while not _safe_ping(_ping, nodename, broker):
            if worker.poll() is not None or time.monotonic() > deadline:
                return {
                    "error": "the Celery worker did not start",
                    "log": log_path.read_text(),
                }
            time.sleep(0.5)
        app.conf.task_always_eager = False
        app.conf.broker_url = broker
        app.conf.task_default_queue = queue
        _drop_connection_pools(app)
        return _measure_alerts()
    finally:
        for key, value in saved.items():
            app.conf[key] = value
        _drop_connection_pools(app)
        worker.terminate()
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            worker.kill()
        log_path.unlink(missing_ok=True)


def _safe_ping(ping, nodename, broker) -> bool:
    try:
        return ping(nodename, broker)
    except Exception:  # noqa: BLE001 — the worker is still starting
        return False


def _measure_alerts() -> dict:
    from accounts.guidelines import guidelines_accept
    from accounts.models import GuidelinesVersion, User
    from community.models import Category, Visibility
    from community.services import posts as post_services
    from moderation.models import QueueItem

    _moderator()
    if not GuidelinesVersion.objects.exists():
        GuidelinesVersion.objects.create(version=1, summary="Be kind.")
    category, _ = Category.objects.get_or_create(
        slug="bench-crisis",
        defaults={"name": "Bench crisis", "visibility": Visibility.MEMBERS},
    )
    post_services.RATE_PER_MINUTE = post_services.RATE_PER_HOUR = 10_000
    posted_at = {}
    for i in range(CRISIS_POSTS):
        author = User.objects.create_user(
            email=f"bench-crisis{i}-{uuid.uuid4().hex[:6]}@example.org",
            password="!",
            display_name=f"Bench crisis {uuid.uuid4().hex[:8]}",
        )
        guidelines_accept(user=author)
        posted = post_services.thread_create(
            actor=author,
            category=category.slug,
            title=f"Tonight {i}",
            body="I don't want to be alive any more. I keep thinking about ending it all.",
        )
        posted_at[posted.post.pk] = posted.post.created_at
        time.sleep(0.5)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        done = QueueItem.objects.filter(post_id__in=posted_at, alerted_at__isnull=False)
        if done.count() == len(posted_at):
            break
        time.sleep(0.5)
    rows = QueueItem.objects.filter(post_id__in=posted_at).values_list(
        "post_id", "alerted_at"
    )
    latencies = [
        (alerted - posted_at[pk]).total_seconds() for pk, alerted in rows if alerted
    ]
    return {
        "crisis_posts": len(posted_at),
        "alerts_sent": len(latencies),
        "p50_seconds": round(percentile(latencies, 50), 2),
        "p95_seconds": round(percentile(latencies, 95), 2),
        "max_seconds": round(max(latencies), 2) if latencies else None,
        "target_p95_seconds": ALERT_TARGET_SECONDS,
        "meets_target": len(latencies) == len(posted_at)
        and percentile(latencies, 95) < ALERT_TARGET_SECONDS,
    }


def detectors() -> dict:
    """Every sample, reported apart. Only the unseen crisis samples (UNSEEN_4, UNSEEN_5)
    measure posts the detectors' and the crisis model's authors never read; the others
    are development sets and overstate accuracy (moderation/evaluation.py says how each
    was used). For the unseen samples only the counts are printed, never the posts: a
    sample whose misses are read stops being unseen."""
    from moderation.evaluation import (
        FRESH,
        FRESH_2,
        FRESH_3,
        HELD_OUT,
        TUNING,
        UNSEEN_4,
        UNSEEN_5,
        evaluate_crisis,
        evaluate_crisis_with_model,
        evaluate_personal_details,
    )

    out = {}
    for label, sample in (
        ("tuning_sample", TUNING),
        ("first_held_out_sample_now_development", HELD_OUT),
        ("fresh_sample_now_development", FRESH),
    ):
        crisis = evaluate_crisis(sample)
        details = evaluate_personal_details(sample)
        for result in (crisis, details):
            result["mistakes"] = result["mistakes"][:15]
        out[label] = {"crisis": crisis, "personal_details": details}
    for label, sample in (
        ("fresh2_sample_now_development", FRESH_2),
        ("fresh3_sample_now_development", FRESH_3),
    ):
        crisis = evaluate_crisis(sample)
        crisis["mistakes"] = crisis["mistakes"][:15]
        out[label] = {"crisis": crisis}
    for label, sample in (
        ("unseen_sample_fresh4", UNSEEN_4),
        ("unseen_sample_fresh5", UNSEEN_5),
    ):
        regexes = evaluate_crisis(sample)
        screening = evaluate_crisis_with_model(sample)
        for result in (regexes, screening):
            del result["mistakes"]
        out[label] = {"crisis_regexes_alone": regexes, "crisis_screening": screening}
    return out


def run() -> dict:
    return {
        "queue_page": queue_page(),
        "crisis_alert": crisis_alert_latency(),
        "detectors": detectors(),
    }
