from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search import health as search_health


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return {"status": "ok", "vendor": connection.vendor}
    except Exception as exc:  # noqa: BLE001
        return {
            "status": "unavailable",
            "vendor": connection.vendor,
            "error": type(exc).__name__,
        }


def _broker() -> dict:
    if not settings.CELERY_BROKER_URL:
        return {"status": "ok", "mode": "eager"}
    from kombu import Connection

    try:
        # A fresh connection to the configured broker, not the app's pooled one, so
        # the answer is about the broker now.
        with Connection(settings.CELERY_BROKER_URL, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return {"status": "ok", "mode": "worker", "last_worker_heartbeat": _heartbeat()}
    except Exception as exc:  # noqa: BLE001
        return {"status": "unavailable", "mode": "worker", "error": type(exc).__name__}


def _heartbeat() -> str | None:
    """When a worker last ran core.tasks.record_heartbeat (beat sends it each minute)."""
    from core.models import WorkerHeartbeat

    try:
        latest = WorkerHeartbeat.objects.order_by("-last_seen_at").first()
    except Exception:  # noqa: BLE001 — the database check reports database trouble
        return None
    return latest.last_seen_at.isoformat() if latest else None


@never_cache
def healthz(request):
    """200 when the site can serve; optional services are reported, not fatal."""
    checks = {
        "database": _database(),
        "search": search_health.check(),
        "broker": _broker(),
    }
    serving = checks["database"]["status"] == "ok"
    body = {"status": "ok" if serving else "unavailable", "checks": checks}
    if serving and any(c["status"] != "ok" for c in checks.values()):
        body["status"] = "degraded"
    return JsonResponse(body, status=200 if serving else 503)


def page_not_found(request, exception=None):
    from django.shortcuts import render

    return render(request, "404.html", status=404)


def server_error(request):
    from django.shortcuts import render

    return render(request, "500.html", status=500)


def too_many_requests(request, exception=None):
    """allauth's rate limits answer with this kind page (and when to try again)."""
    from django.shortcuts import render

    response = render(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response
