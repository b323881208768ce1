"""Benchmarks: production-like (DEBUG off, templates cached) on a throwaway database."""

from .test import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEBUG = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
