from django.conf import settings


def backlog() -> dict:
    """How many index changes wait in the outbox, and how old the oldest is."""
    try:
        from django.utils import timezone

        from search.models import OutboxEntry

        entries = OutboxEntry.objects.exclude(model="search.marker")
        oldest = (
            entries.order_by("created_at").values_list("created_at", flat=True).first()
        )
        age = int((timezone.now() - oldest).total_seconds()) if oldest else 0
        return {"outbox": entries.count(), "oldest_seconds": age}
    except Exception as exc:  # noqa: BLE001 — health must report, not raise
        return {"outbox": None, "error": type(exc).__name__}


def check() -> dict:
    """The search engine's state for /healthz/. Never raises."""
    if not settings.ELASTICSEARCH_URL:
        return {"status": "ok", "engine": "embedded", **backlog()}
    try:
        from elasticsearch import Elasticsearch

        client = Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=2)
        # `GET /` is missing on the bare test distribution; health and nodes answer
        # on every distribution.
        health = client.cluster.health()
        nodes = client.nodes.info(node_id="_local", metric="_none")["nodes"]
        version = next(iter(nodes.values()))["version"] if nodes else "unknown"
        return {
            "status": "ok" if health["status"] in ("green", "yellow") else "degraded",
            "engine": "elasticsearch",
            "version": version,
            "cluster": health["status"],
            **backlog(),
        }
    except Exception as exc:  # noqa: BLE001 — health must report, not raise
        return {
            "status": "unavailable",
            "engine": "elasticsearch",
            "error": type(exc).__name__,
            "fallback": "embedded",
            **backlog(),
        }
