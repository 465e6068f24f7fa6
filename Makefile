# Two commands for a newcomer: `make run` and `make test`. Everything else is detail.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The PostgreSQL run uses the local server; override to point elsewhere.
POSTGRES_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrations-check test-sqlite test-postgres author install clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

run: install
	DJANGO_DEBUG=1 $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	@echo ""
	@echo "  backpain is running at http://$(HOST):$(PORT)/"
	@echo "  Authors log in at      http://$(HOST):$(PORT)/admin/"
	@echo "  Create an author login (in another terminal):"
	@echo "      make author USERNAME=yourname"
	@echo "  Stop the server with Ctrl-C."
	@echo ""
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

author: install
	@test -n "$(USERNAME)" || (echo "Usage: make author USERNAME=yourname" && exit 2)
	DJANGO_DEBUG=1 $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(PY) manage.py createauthor $(USERNAME)

test: install lint migrations-check test-sqlite test-postgres

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations-check: install
	DJANGO_DEBUG=1 DATABASE_URL=sqlite:///:memory: $(PY) manage.py check
	DJANGO_DEBUG=1 DATABASE_URL=sqlite:///:memory: $(PY) manage.py makemigrations --check --dry-run

test-sqlite: install
	@echo "== pytest on SQLite =="
	DATABASE_URL=sqlite:///:memory: $(BIN)/pytest

test-postgres: install
	@echo "== pytest on PostgreSQL =="
	@if $(PY) scripts/wait_for_postgres.py "$(POSTGRES_TEST_URL)"; then \
		DATABASE_URL="$(POSTGRES_TEST_URL)" $(BIN)/pytest; \
	elif [ -n "$$CI" ]; then \
		echo "ERROR: PostgreSQL is unreachable at $(POSTGRES_TEST_URL); CI must test on it." >&2; \
		exit 1; \
	else \
		echo "WARNING: PostgreSQL is unreachable at $(POSTGRES_TEST_URL); the PostgreSQL run was SKIPPED." >&2; \
		echo "         CI runs it; start a local server or set POSTGRES_TEST_URL to run it here." >&2; \
	fi

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
