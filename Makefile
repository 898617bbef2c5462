# The two commands: `make run` (the portal on SQLite with demo data) and `make test`.
# Both install what they need first: uv if it is missing, then the locked dependencies.

SHELL := /bin/bash
# uv from PATH if there is one, else a copy installed from PyPI into .tools/ (gitignored).
UV ?= $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
MANAGE := $(UV) run --frozen python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install messages e2e bench drills check-uv

check-uv:
	@test -x "$(UV)" || { echo "Installing uv from PyPI into .tools/ …"; \
		python3 -m pip install --quiet --target "$(CURDIR)/.tools" uv; }

install: check-uv
	$(UV) sync --frozen
	@mkdir -p var

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) compilemessages --ignore=.venv -v 0
	$(MANAGE) load_demo --print-accounts
	@echo ""
	@echo "The portal is at http://$(HOST):$(PORT)/ (English: http://$(HOST):$(PORT)/en/)"
	@echo "Sign in at http://$(HOST):$(PORT)/accounts/login/ — the CMS is at /admin/."
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen ruff check .

format: install
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

# Each app keeps its own catalogue (<app>/locale/en): Vietnamese is the source language.
APPS_WITH_MESSAGES := portal cms content workflows search
messages: install
	for app in $(APPS_WITH_MESSAGES); do \
		(cd $$app && mkdir -p locale && ../.venv/bin/python ../manage.py makemessages -l en --no-obsolete --no-location) || exit 1; \
	done
	$(MANAGE) compilemessages --ignore=.venv

test: lint
	$(MANAGE) compilemessages --ignore=.venv -v 0
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	$(UV) run --frozen pytest -m "not e2e" $(PYTEST_ARGS)

# Browser tests in headless Chromium (Debian's /usr/bin/chromium); .ci/run installs it.
e2e: install
	$(MANAGE) compilemessages --ignore=.venv -v 0
	$(UV) run --frozen pytest -m e2e $(PYTEST_ARGS)

# The portal as in production (gunicorn, PostgreSQL, Redis, Varnish) under wrk; writes
# var/bench/report.{md,json}. BENCH_SCALE, BENCH_DURATION, BENCH_CONCURRENCY tune it.
bench: install
	$(UV) run --frozen python -m portal.bench

# Fault drills: PostgreSQL restarts under load, Redis goes down (private instances).
drills: install
	$(UV) run --frozen python -m portal.drills
