"""Benchmarks: production-like (DEBUG off, templates cached) on a throwaway database."""

from .test import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEBUG = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
# Persistent connections, as in production: without them every WSGI request would
# reconnect to PostgreSQL and the benchmark would measure connection set-up.
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
