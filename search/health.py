from django.conf import settings


def check() -> dict:
    """The search engine's state for /healthz/. Never raises."""
    if not settings.ELASTICSEARCH_URL:
        return {"status": "ok", "engine": "embedded"}
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
        }
    except Exception as exc:  # noqa: BLE001 — health must report, not raise
        return {
            "status": "unavailable",
            "engine": "elasticsearch",
            "error": type(exc).__name__,
        }
