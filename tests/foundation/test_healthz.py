import pytest


@pytest.mark.django_db
def test_healthz_reports_every_service_and_is_200_when_the_database_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    body = response.json()
    assert set(body["checks"]) == {"database", "search", "broker"}
    assert body["checks"]["database"]["status"] == "ok"


@pytest.mark.django_db
def test_healthz_reports_an_unreachable_search_engine_without_failing(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    response = client.get("/healthz/")
    assert response.status_code == 200
    body = response.json()
    assert body["checks"]["search"]["status"] == "unavailable"
    assert body["status"] == "degraded"


@pytest.mark.django_db
def test_healthz_reports_an_unreachable_broker_without_failing(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json()["checks"]["broker"]["status"] == "unavailable"
