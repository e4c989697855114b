# Leeds Learning Alliance website. `make help` lists the commands.
# A fresh machine needs only python3 (3.11+), make and git.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test test-postgres lint format check bench bench-search screenshots clean

help: ## List the commands
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-14s %s\n", $$1, $$2}'

# The virtual environment is rebuilt only when a requirements file changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-base: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.installed-dev: requirements/base.txt requirements/dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements/dev.txt
	@touch $@ $(VENV)/.installed-base

# The admin's links and emails use the address the site is really served at.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: $(VENV)/.installed-base ## Install, migrate, load the LLA content if empty, then serve the site and the email worker
	$(MANAGE) migrate --noinput
	$(MANAGE) load_lla_content --if-empty --hostname $(HOST) --port $(PORT)
	@echo
	@echo "  Site:     http://$(HOST):$(PORT)/"
	@$(MANAGE) ensure_dev_admin
	@echo "  Stop with Ctrl+C."
	@echo
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) db_worker --backend email --queue-name '*' & worker=$$!; \
		$(MANAGE) runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev lint check ## Lint, system checks, then the whole test suite
	$(BIN)/pytest -n auto --dist loadscope --no-loadscope-reorder --durations=15

test-postgres: $(VENV)/.installed-dev ## The test suite against the PostgreSQL on 127.0.0.1:5432 (database "test")
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(BIN)/pytest -n auto --dist loadscope --no-loadscope-reorder --durations=15

lint: $(VENV)/.installed-dev ## ruff lint and format check, djhtml template check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(find . -path ./$(VENV) -prune -o -name '*.html' -path '*/templates/*' -print)

format: $(VENV)/.installed-dev ## Format Python with ruff and templates with djhtml
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(find . -path ./$(VENV) -prune -o -name '*.html' -path '*/templates/*' -print)

check: $(VENV)/.installed-dev ## Django system checks, missing migrations, and the production deploy check
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=website.settings.production \
		SECRET_KEY=check-deploy-only-$$(date +%s)-not-a-real-key-0123456789abcdefghijklmnop \
		ALLOWED_HOSTS=www.example.org DATABASE_URL=sqlite:///:memory: \
		$(MANAGE) check --deploy --fail-level WARNING

bench: $(VENV)/.installed-dev ## Benchmarks: pages, library searches at 1k and 10k resources, then gunicorn + wrk (not in make test)
	$(BIN)/python -m benchmarks --enquiries 200 --invitations 1000 --library 1000,10000
	@command -v wrk >/dev/null || { echo "The load test needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python -m benchmarks.http --duration 10 --resources 10000

bench-search: $(VENV)/.installed-dev ## Search cost at 1k, 10k and 100k resources, SQLite and PostgreSQL side by side (SIZES=1000,10000 for less)
	$(BIN)/python -m benchmarks.search --sizes $${SIZES:-1000,10000,100000}

screenshots: $(VENV)/.installed-dev ## Screenshots of the home, a network, the library and a toolkit chapter at 375 and 1280 px, in screenshots/
	$(BIN)/python -m benchmarks.screenshots --label $${LABEL:-latest}

clean: ## Remove the virtual environment and caches (keeps the database and media)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
