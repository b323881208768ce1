"""Suite-wide fixtures. The header says which services this run used."""

import os

import pytest


def pytest_report_header(config):
    from django.conf import settings
    from django.db import connection

    es = settings.ELASTICSEARCH_URL or "embedded engine"
    if settings.ELASTICSEARCH_URL:
        try:
            from elasticsearch import Elasticsearch

            version = Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=3).info()[
                "version"
            ]["number"]
            es = f"Elasticsearch {version} at {settings.ELASTICSEARCH_URL}"
        except Exception as exc:  # noqa: BLE001
            es = f"Elasticsearch at {settings.ELASTICSEARCH_URL} NOT reachable ({exc!r})"
    return [
        f"kindred: database={connection.vendor} "
        f"({settings.DATABASES['default'].get('NAME')})",
        f"kindred: broker={os.environ.get('CELERY_BROKER_URL') or 'none (eager)'}",
        f"kindred: search={es}",
        f"kindred: CI={os.environ.get('CI', 'false')}",
    ]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site(db):
    """The Wagtail site with Kindred's home page, as seed_demo makes it."""
    from io import StringIO

    from django.core.management.base import BaseCommand

    from home import demo

    command = BaseCommand(stdout=StringIO())
    demo.seed(command)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)
