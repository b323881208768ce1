"""Schemathesis fuzzes the community API from its own OpenAPI document, in-process
through the WSGI app, with a signed-in bearer token: no input may cause a 5xx."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from community.services import posts as post_services


@pytest.fixture
def api_schema(db, keep_db_connection, trusted, public, thread_in, monkeypatch):
    # Many requests in a row: the rate limit would turn most of them into 429s.
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 10_000)
    monkeypatch.setattr(post_services, "RATE_PER_HOUR", 10_000)
    thread_in(public)
    return schemathesis.openapi.from_wsgi(
        "/api/v1/openapi.json", get_wsgi_application()
    )


@pytest.fixture
def bearer(trusted):
    from wagtail.models import APIToken

    _token, raw = APIToken.create_token(user=trusted, name="fuzz")
    return {"Authorization": f"Bearer {raw}"}


schema = schemathesis.pytest.from_fixture("api_schema").include(tag="community")


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_community_api_never_answers_with_a_server_error(case, bearer):
    case.call_and_validate(headers=bearer, checks=[not_a_server_error])
