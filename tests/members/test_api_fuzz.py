"""Schemathesis fuzzes the members API from its own OpenAPI document, in-process,
with a signed-in bearer token: no input may cause a 5xx."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error


@pytest.fixture
def api_schema(db, keep_db_connection, community, public, member, other):
    opening = community.start(member, public)
    community.reply(other, opening.thread)
    return schemathesis.openapi.from_wsgi(
        "/api/v1/openapi.json", get_wsgi_application()
    )


@pytest.fixture
def bearer(member):
    from wagtail.models import APIToken

    _token, raw = APIToken.create_token(user=member, name="fuzz")
    return {"Authorization": f"Bearer {raw}"}


schema = schemathesis.pytest.from_fixture("api_schema").include(tag="members")


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_members_api_never_answers_with_a_server_error(case, bearer):
    case.call_and_validate(headers=bearer, checks=[not_a_server_error])
