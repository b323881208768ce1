"""Every mode's settings load, production refuses to start without its secrets, and
the deployment and migration checks are clean. Each runs in a fresh interpreter so the
environment, not this test process, decides."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.env import ENV_VARS

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "dummy-" + "k7Qz9wXr2mVb8Lp4Ns6Tc1Hd5Jf3Gy0A" * 2,
    "DJANGO_ALLOWED_HOSTS": "kindred.example,www.kindred.example",
    "DATABASE_URL": "postgres://kindred:secret@db.internal:5432/kindred",
    "EMAIL_URL": "smtp+tls://mailer:secret@mail.kindred.example:587",
    "REDIS_URL": "redis://redis.internal:6379/0",
    "CELERY_BROKER_URL": "redis://redis.internal:6379/1",
    "ELASTICSEARCH_URL": "https://elastic:secret@search.internal:9200",
}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    # Start from this environment without any Kindred variable, so only `env` counts.
    # (DJANGO_ALLOW_ASYNC_UNSAFE belongs to the browser tests' process, not to a site.)
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ENV_VARS and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


SHOW_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER, "
    "s.EMAIL_BACKEND)"
)


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        (
            "config.settings.dev",
            "True django.db.backends.sqlite3 True "
            "django.core.mail.backends.console.EmailBackend",
        ),
        (
            "config.settings.test",
            "False django.db.backends.sqlite3 True "
            "django.core.mail.backends.locmem.EmailBackend",
        ),
    ],
)
def test_the_embedded_modes_load_with_no_environment_at_all(module, expected):
    result = _run(["-c", SHOW_SETTINGS], {"DJANGO_SETTINGS_MODULE": module})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_production_settings_load_with_their_secrets_and_use_the_real_services():
    result = _run(["-c", SHOW_SETTINGS], PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "False django.db.backends.postgresql False "
        "django.core.mail.backends.smtp.EmailBackend"
    )


@pytest.mark.parametrize(
    "missing",
    ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_URL"],
)
def test_production_refuses_to_start_without_a_secret_and_names_it(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = _run(["-c", SHOW_SETTINGS], env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "Production settings need these environment variables" in result.stderr
    assert missing in result.stderr.splitlines()[-1]


def test_check_deploy_on_production_settings_reports_nothing():
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_every_model_change_has_its_migration():
    result = _run(
        ["manage.py", "makemigrations", "--check", "--dry-run"],
        {"DJANGO_SETTINGS_MODULE": "config.settings.test"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_variable_read_goes_through_config_env():
    """config/env.py is the one env reader: no other module reads os.environ."""
    offenders = []
    skipped = {".venv", "var", "tests", "bench", "scripts", "node_modules"}
    packages = [d for d in ROOT.iterdir() if d.is_dir() and d.name not in skipped]
    for path in (p for package in packages for p in package.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.as_posix() in {"config/env.py", "config/celery.py", "manage.py"}:
            continue
        if relative.parts[0] == "config" and relative.name in {"wsgi.py", "asgi.py"}:
            continue
        text = path.read_text(errors="replace")
        if "os.environ" in text or "os.getenv" in text:
            offenders.append(relative.as_posix())
    assert offenders == []


def test_make_bench_runs_with_the_settings_that_serve_the_trivial_view():
    """Every page benchmark divides by /__bench__/trivial/: `make bench` must run with
    settings whose URLs have it (a 404 baseline made the ratios meaningless)."""
    import importlib
    import re

    from django.urls import resolve

    recipe = (ROOT / "Makefile").read_text().split("\nbench:", 1)[1].split("\n\n")[0]
    module = re.search(r"DJANGO_SETTINGS_MODULE=(\S+)", recipe).group(1)
    urlconf = importlib.import_module(module).ROOT_URLCONF
    for path in ("/__bench__/trivial/", "/__bench__/trivial/user/"):
        assert resolve(path, urlconf=urlconf).func.__module__ == "bench.urls"
