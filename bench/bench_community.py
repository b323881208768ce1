"""Community pages on a generated community: the long thread and the category page.

Asserts a constant number of queries (≤ 12) and reports requests per second as a ratio
to the trivial view measured in the same run (target ≥ 0.4). Change THREADS/POSTS here
to run a smaller community quickly; the report says what was run.
"""

import time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.data import generate_community
from bench.harness import compare_to_trivial, session_cookie_for, wsgi_get

THREADS = 10_000
POSTS = 200_000
MAX_QUERIES = 12
TARGET = 0.4


def _queries(path: str, cookie: str = "") -> int:
    with CaptureQueriesContext(connection) as ctx:
        status, _ = wsgi_get(path, cookie=cookie)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}")
    return len(ctx.captured_queries)


def run() -> dict:
    started = time.perf_counter()
    data = generate_community(threads=THREADS, posts=POSTS, seed=2026)
    generated_in = round(time.perf_counter() - started, 1)
    thread = f"/community/t/{data.big_thread_id}/"
    last_page = f"{thread}?page=50"
    category = f"/community/c/{data.public_category.slug}/"
    member = data.users[0]
    cookie = session_cookie_for(member)

    paths = {
        "thread_first_page": thread,
        "thread_last_page": last_page,
        "category_page": category,
    }
    queries = {name: _queries(path) for name, path in paths.items()}
    queries["thread_last_page_signed_in"] = _queries(last_page, cookie)
    queries["category_page_signed_in"] = _queries(category, cookie)
    over = {name: n for name, n in queries.items() if n > MAX_QUERIES}
    if over:
        raise AssertionError(f"more than {MAX_QUERIES} queries: {over}")

    anonymous = compare_to_trivial(paths, seconds=2.0, target=TARGET)
    signed_in = compare_to_trivial(
        {"thread_last_page_signed_in": last_page, "category_page_signed_in": category},
        cookie=cookie,
        seconds=2.0,
        target=TARGET,
    )
    return {
        "database": connection.vendor,
        "generated": {
            "threads": data.thread_count,
            "posts": data.post_count,
            "long_thread_posts": 1000
            if data.post_count >= 1000 + data.thread_count
            else None,
            "seconds": generated_in,
        },
        "queries": queries,
        "max_queries": MAX_QUERIES,
        "anonymous": anonymous,
        "signed_in": signed_in,
    }
