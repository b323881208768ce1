"""The one place that reads the environment.

Every setting that changes between the embedded default and production is switched
here, so a reader can see the whole surface of configuration in one file.
"""

import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

#: Every variable Kindred reads. `.env.example` documents each one and a test keeps
#: docker-compose.yml and that file in step with this tuple.
ENV_VARS = (
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_DEBUG",
    "SITE_URL",
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "CELERY_BROKER_URL",
    # Test settings only: tests/conftest.py's real-worker fixture turns eager mode off
    # and gives each run its own queue on a shared Redis.
    "CELERY_TASK_ALWAYS_EAGER",
    "CELERY_TASK_DEFAULT_QUEUE",
    "REDIS_URL",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
)

# Not a setting, so not in ENV_VARS: one BLAS thread per process for the crisis model's
# numpy (moderation/classifier.py). Web and worker processes already fill the cores, and
# on a busy 2-core machine OpenBLAS's own threads made a short post 13x slower (27 ms →
# 354 ms). Settings load this module before anything imports numpy; an operator's own
# value wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

env = environ.Env()
_dotenv = BASE_DIR / ".env"
if _dotenv.exists():
    environ.Env.read_env(str(_dotenv))


def get(name: str, default: str = "") -> str:
    assert name in ENV_VARS, f"{name} must be listed in config.env.ENV_VARS"
    return env.str(name, default=default)


def get_bool(name: str, default: bool = False) -> bool:
    assert name in ENV_VARS, f"{name} must be listed in config.env.ENV_VARS"
    return env.bool(name, default=default)


def get_list(name: str, default: list[str] | None = None) -> list[str]:
    assert name in ENV_VARS, f"{name} must be listed in config.env.ENV_VARS"
    return env.list(name, default=default or [])


def database(default: str) -> dict:
    return env.db_url("DATABASE_URL", default=default)


def email(default: str) -> dict:
    return env.email_url("EMAIL_URL", default=default)


def is_set(name: str) -> bool:
    assert name in ENV_VARS, f"{name} must be listed in config.env.ENV_VARS"
    return bool(env.str(name, default=""))
