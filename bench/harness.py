"""Benchmark helpers. Timings are ratios against a baseline measured in the same run,
because these machines are shared and noisy; absolute numbers are reported too.
"""

import io
import statistics
import time
from collections.abc import Callable
from wsgiref.util import setup_testing_defaults

TRIVIAL_PATH = "/__bench__/trivial/"
# For signed-in pages: the trivial view that also loads the session and the user.
TRIVIAL_USER_PATH = "/__bench__/trivial/user/"


def _application():
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def session_cookie_for(user) -> str:
    """A session cookie header value for `user`, made through the real login machinery."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    from django.conf import settings

    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def wsgi_get(path: str, *, cookie: str = "", app=None) -> tuple[int, bytes]:
    """One GET through the full WSGI stack (middleware, URL routing, templates)."""
    app = app or _application()
    path, _, query = path.partition("?")
    environ = {
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "REQUEST_METHOD": "GET",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "HTTP_HOST": "localhost",
        "wsgi.input": io.BytesIO(b""),
    }
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    setup_testing_defaults(environ)
    status_holder = {}

    def start_response(status, headers, exc_info=None):
        status_holder["status"] = int(status.split()[0])

    chunks = app(environ, start_response)
    body = b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()
    return status_holder["status"], body


def requests_per_second(
    path: str,
    *,
    cookie: str = "",
    seconds: float = 2.0,
    min_requests: int = 20,
    before_each: Callable[[], object] | None = None,
) -> dict:
    """Serve `path` repeatedly for about `seconds`; report rps and latency percentiles.

    `before_each` runs before every request, outside the time measured (e.g. to retire
    a page cache so that every request is a miss)."""
    app = _application()
    status, _ = wsgi_get(path, cookie=cookie, app=app)  # warm-up, and a sanity check
    if status != 200:
        raise RuntimeError(f"{path} answered {status}, not 200; fix the fixture data")
    latencies = []
    untimed = 0.0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or len(latencies) < min_requests:
        if before_each is not None:
            untimed += timed(before_each)
        t0 = time.perf_counter()
        wsgi_get(path, cookie=cookie, app=app)
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started - untimed
    return {
        "path": path,
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 2),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(percentile(latencies, 95) * 1000, 2),
    }


def compare_to_trivial(
    paths: dict[str, str],
    *,
    cookie: str = "",
    seconds: float = 2.0,
    target: float,
    before_each: dict[str, Callable[[], object]] | None = None,
) -> dict:
    """Measure each named path and the trivial view, interleaved, and give ratios.

    With a `cookie`, the baseline is the trivial view that loads the session and the
    signed-in user (TRIVIAL_USER_PATH), requested with the same cookie: both pay for
    being signed in, and the ratio measures what the page itself adds. The plain
    trivial view is reported beside it for comparison. `before_each` maps a name to a
    callable run, untimed, before each request of that page.
    """
    trivial_path = TRIVIAL_USER_PATH if cookie else TRIVIAL_PATH
    baseline = requests_per_second(trivial_path, cookie=cookie, seconds=seconds)
    results = {
        "trivial_view": baseline,
        "trivial_view_signed_in": bool(cookie),
        "target_ratio": target,
        "pages": {},
    }
    for name, path in paths.items():
        measured = requests_per_second(
            path,
            cookie=cookie,
            seconds=seconds,
            before_each=(before_each or {}).get(name),
        )
        # Re-measure the baseline beside each page so drift on a busy machine cancels.
        again = requests_per_second(trivial_path, cookie=cookie, seconds=seconds / 2)
        base_rps = (baseline["rps"] + again["rps"]) / 2
        measured["ratio_to_trivial"] = round(measured["rps"] / base_rps, 3)
        measured["meets_target"] = measured["ratio_to_trivial"] >= target
        results["pages"][name] = measured
    if cookie:
        anonymous = requests_per_second(TRIVIAL_PATH, seconds=seconds / 2)
        results["plain_trivial_view"] = anonymous
        for measured in results["pages"].values():
            measured["ratio_to_plain_trivial"] = round(
                measured["rps"] / anonymous["rps"], 3
            )
    return results


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0
