"""docker-compose.yml, the production-like stack, stays consistent with the code.

No Docker engine runs here, so these tests read the files: every service is
there with a health check, web/worker/beat get every variable the settings
read, .env.example documents them, and the Dockerfile serves what compose runs.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from config import env

ROOT = Path(__file__).resolve().parents[2]
APP_SERVICES = ("web", "worker", "beat")
BACKING_SERVICES = ("postgres", "redis", "elasticsearch")
# Settings files that exist for one mode only: a variable read nowhere else is
# not part of the production surface (e.g. the test-only Celery switches).
NON_PRODUCTION_SETTINGS = {"test.py", "dev.py", "bench.py"}

INTERPOLATION = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


@pytest.fixture(scope="module")
def env_example() -> str:
    return (ROOT / ".env.example").read_text()


def environment(service: dict) -> dict[str, str]:
    value = service.get("environment") or {}
    if isinstance(value, list):
        value = dict(
            item.split("=", 1) if "=" in item else (item, "") for item in value
        )
    return {k: "" if v is None else str(v) for k, v in value.items()}


def depends_on(service: dict) -> dict[str, str]:
    value = service.get("depends_on") or {}
    if isinstance(value, list):
        return {name: "service_started" for name in value}
    return {
        name: (spec or {}).get("condition", "service_started")
        for name, spec in value.items()
    }


def interpolate(text: str, values: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default}, ${VAR:?error} and $$, from `values`."""

    def replace(match):
        if match.group(0) == "$$":
            return "$"
        name, op, arg = match.groups()
        value = values.get(name)
        if op in (":-", "-") and not value:
            return interpolate(arg, values)
        if op in (":?", "?") and not value:
            raise AssertionError(f"compose requires {name}: {arg}")
        return value or ""

    return INTERPOLATION.sub(replace, text)


def interpolated_names(text: str) -> set[str]:
    return {m.group(1) for m in INTERPOLATION.finditer(text) if m.group(1)}


def command_text(service: dict) -> str:
    command = service.get("command") or ""
    return " ".join(command) if isinstance(command, list) else command


def dockerfile_cmd(dockerfile: str) -> list[str]:
    lines = [line for line in dockerfile.splitlines() if line.startswith("CMD ")]
    assert len(lines) == 1, "the Dockerfile has exactly one CMD"
    return json.loads(lines[0][len("CMD ") :])


def is_one_shot(name: str, services: dict) -> bool:
    """A job that others wait for with service_completed_successfully."""
    waiters = [
        condition
        for other in services.values()
        for target, condition in depends_on(other).items()
        if target == name
    ]
    return (
        str(services[name].get("restart", "no")) == "no"
        and bool(waiters)
        and all(c == "service_completed_successfully" for c in waiters)
    )


def production_variables() -> list[str]:
    """ENV_VARS less those only the test/dev/bench settings read."""
    sources = [
        p
        for p in (ROOT / "config").rglob("*.py")
        if p.name != "env.py" or p.parent.name != "config"
    ]
    required = []
    for name in env.ENV_VARS:
        readers = {p.name for p in sources if f'"{name}"' in p.read_text()}
        if readers and readers <= NON_PRODUCTION_SETTINGS:
            continue
        required.append(name)
    return required


def test_the_stack_has_every_service(services):
    missing = set(APP_SERVICES + BACKING_SERVICES) - set(services)
    assert not missing, f"docker-compose.yml lacks {sorted(missing)}"


def test_every_long_running_service_has_a_health_check(services):
    for name, service in services.items():
        if is_one_shot(name, services):
            continue
        check = service.get("healthcheck") or {}
        assert check.get("test"), f"{name} has no healthcheck"
        assert not check.get("disable"), f"{name} disables its healthcheck"
        assert check["test"][0] in ("CMD", "CMD-SHELL"), name


def test_the_app_waits_for_healthy_backing_services(services):
    for name in APP_SERVICES:
        deps = depends_on(services[name])
        for backing in BACKING_SERVICES:
            assert deps.get(backing) == "service_healthy", (
                f"{name} must wait for {backing} to be healthy"
            )
    for name, service in services.items():
        for target, condition in depends_on(service).items():
            assert target in services, f"{name} depends on unknown {target}"
            assert condition in (
                "service_healthy",
                "service_completed_successfully",
            ), f"{name} → {target}: {condition}"
            if condition == "service_completed_successfully":
                assert is_one_shot(target, services), target


def test_web_worker_and_beat_get_every_variable_the_settings_read(services):
    required = production_variables()
    assert "DATABASE_URL" in required and "DJANGO_SECRET_KEY" in required
    for name in APP_SERVICES:
        variables = environment(services[name])
        missing = [v for v in required if not variables.get(v)]
        assert not missing, f"{name} lacks {missing}"


def test_compose_reads_no_variable_the_code_does_not_know(services):
    known = set(env.ENV_VARS)
    for name in APP_SERVICES:
        unknown = set(environment(services[name])) - known
        assert not unknown, (
            f"{name} sets {sorted(unknown)}, which config/env.py never reads"
        )


def test_env_example_documents_every_variable(env_example):
    documented = set(re.findall(r"^(?:#\s*)?([A-Z][A-Z0-9_]*)=", env_example, re.M))
    missing = [name for name in env.ENV_VARS if name not in documented]
    assert not missing, f".env.example does not document {missing}"


def test_env_example_documents_what_compose_asks_for(env_example):
    documented = set(re.findall(r"^(?:#\s*)?([A-Z][A-Z0-9_]*)=", env_example, re.M))
    asked = interpolated_names((ROOT / "docker-compose.yml").read_text())
    missing = sorted(asked - documented)
    assert not missing, f".env.example does not document {missing}"


def test_service_urls_point_at_the_compose_services(services):
    secrets = dict.fromkeys(
        interpolated_names((ROOT / "docker-compose.yml").read_text()), "x"
    )
    secrets.update(POSTGRES_PASSWORD="pg", ELASTIC_PASSWORD="pw")
    variables = {
        k: interpolate(v, secrets) for k, v in environment(services["web"]).items()
    }
    database = urlsplit(variables["DATABASE_URL"])
    assert database.scheme in ("postgres", "postgresql")
    assert database.hostname == "postgres"
    assert database.path.lstrip("/") == environment(services["postgres"])["POSTGRES_DB"]
    assert database.username == environment(services["postgres"])["POSTGRES_USER"]
    assert database.password == "pg", "the database URL carries POSTGRES_PASSWORD"
    for name in ("CELERY_BROKER_URL", "REDIS_URL"):
        url = urlsplit(variables[name])
        assert (url.scheme, url.hostname) == ("redis", "redis"), name
    search = urlsplit(variables["ELASTICSEARCH_URL"])
    assert (search.hostname, search.port) == ("elasticsearch", 9200)
    assert (search.username, search.password) == ("elastic", "pw"), (
        "the search URL carries the elastic password"
    )


def test_the_app_services_share_one_environment(services):
    first = environment(services[APP_SERVICES[0]])
    for name in APP_SERVICES[1:]:
        assert environment(services[name]) == first, name


def test_elasticsearch_is_the_official_8x_image_with_security_on(services):
    es = services["elasticsearch"]
    image, _, tag = es["image"].rpartition(":")
    assert image == "docker.elastic.co/elasticsearch/elasticsearch"
    assert tag.startswith("8."), tag
    variables = environment(es)
    assert variables["discovery.type"] == "single-node"
    assert variables["xpack.security.enabled"] == "true"
    assert "ELASTIC_PASSWORD" in interpolated_names(variables["ELASTIC_PASSWORD"])


def test_backing_services_keep_data_in_named_volumes(compose, services):
    declared = set(compose.get("volumes") or {})
    for name, service in services.items():
        for volume in service.get("volumes") or []:
            source = (
                volume.split(":", 1)[0]
                if isinstance(volume, str)
                else volume.get("source")
            )
            if source and not source.startswith((".", "/", "~")):
                assert source in declared, f"{name} uses undeclared volume {source}"
    for name in BACKING_SERVICES:
        named = [
            v
            for v in services[name].get("volumes") or []
            if v.split(":", 1)[0] in declared
        ]
        assert named, f"{name} keeps its data in no named volume"
    assert services["postgres"]["image"].split(":")[1].startswith("16")
    assert services["redis"]["image"].split(":")[1].startswith("7")


def test_the_dockerfile_builds_a_non_root_production_image(dockerfile):
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.M)
    assert re.search(r"pip install .*-r requirements\.txt", dockerfile)
    assert re.search(r"^RUN .*manage\.py collectstatic", dockerfile, re.M | re.S)
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.M)
    assert users and users[-1] not in ("root", "0"), "the image must not run as root"
    assert "DJANGO_SETTINGS_MODULE=config.settings.production" in dockerfile


def test_web_runs_gunicorn_on_config_wsgi_and_its_health_check_asks_that_port(
    services, dockerfile
):
    web = services["web"]
    command = command_text(web) or " ".join(dockerfile_cmd(dockerfile))
    assert re.match(r"gunicorn config\.wsgi(:application)?\b", command), command
    assert (ROOT / "config" / "wsgi.py").exists()
    bind = re.search(r"--bind[ =]\S*:(\d+)", command)
    port = bind.group(1) if bind else "8000"
    assert f":{port}/healthz/" in " ".join(web["healthcheck"]["test"])
    assert any(str(p).endswith(f":{port}") for p in web.get("ports", []))
    assert re.search(rf"^EXPOSE {port}$", dockerfile, re.M)


def test_worker_and_beat_run_the_config_celery_app(services):
    assert re.match(r"celery -A config worker\b", command_text(services["worker"]))
    assert re.match(r"celery -A config beat\b", command_text(services["beat"]))
    assert (ROOT / "config" / "celery.py").exists()
    for name in ("web", "worker", "beat"):
        assert (
            services[name].get("build")
            or services[name].get("image") == "kindred:latest"
        )
        assert environment(services[name])["DJANGO_SETTINGS_MODULE"] == (
            "config.settings.production"
        )


def test_production_settings_load_with_the_compose_environment(services):
    """The variables compose passes are enough for production settings to start."""
    values = {
        name: "dummy"
        for name in interpolated_names((ROOT / "docker-compose.yml").read_text())
    }
    values["DJANGO_ALLOWED_HOSTS"] = "kindred.example.org"
    values["EMAIL_URL"] = "smtp+tls://user:pw@smtp.example.org:587"
    child_env = {k: v for k, v in os.environ.items() if k not in env.ENV_VARS}
    child_env.update(
        {k: interpolate(v, values) for k, v in environment(services["web"]).items()}
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "postgresql" in result.stdout
