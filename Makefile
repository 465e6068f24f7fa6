# Two commands for a newcomer: `make run` and `make test`. Everything else is detail.
# The first Python 3.11+ found (3.11 is what CI runs); if there is none, plain
# python3 so the check below can say which version it is. Override with
# `make run PYTHON=/path/to/python3.12`.
PYTHON ?= $(shell for p in python3.11 python3 python3.13 python3.12; do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { command -v "$$p"; exit; }; done; command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The PostgreSQL run uses the local server; override to point elsewhere.
POSTGRES_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrations-check test-sqlite test-postgres test-browser author install clean bench-saves \
	serve bench bench-lighthouse backup restore

INSTALL_PYTHON_HINT := \
	echo "  Install Python 3.11 or newer with its venv module, then run make again:" >&2; \
	echo "    Debian/Ubuntu: sudo apt-get install python3.11 python3.11-venv" >&2; \
	echo "    (where python3 is already 3.11 or newer, as on Debian 12: sudo apt-get install python3-venv)" >&2; \
	echo "    elsewhere: https://www.python.org/downloads/" >&2; \
	echo "  or point make at one: make run PYTHON=/path/to/python3.11" >&2

# Checked before the venv exists, so a missing or old Python gets a sentence
# saying what to install instead of a traceback from pip.
$(BIN)/.installed: requirements.txt requirements-dev.txt
	@py="$(PYTHON)"; \
	if [ -z "$$py" ] || ! "$$py" -c '' >/dev/null 2>&1; then \
		echo "ERROR: no Python found$${py:+: $$py does not run}; backpain needs Python 3.11 or newer." >&2; \
		$(INSTALL_PYTHON_HINT); exit 1; \
	fi; \
	if ! "$$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
		echo "ERROR: $$py is Python $$("$$py" -c 'import platform; print(platform.python_version())'); backpain needs 3.11 or newer." >&2; \
		$(INSTALL_PYTHON_HINT); exit 1; \
	fi; \
	echo "$$py -m venv $(VENV)"; \
	if ! "$$py" -m venv $(VENV); then \
		v=$$("$$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
		echo "ERROR: $$py could not create $(VENV): its venv module (ensurepip) is missing." >&2; \
		echo "  Debian/Ubuntu: sudo apt-get install python$$v-venv   (python3-venv for the system's default python3), then run make again." >&2; \
		exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed node_modules/.installed

# axe-core for the browser tests (tests/browser), from package-lock.json. Without
# npm the browser tests skip and say why (in CI they fail).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "npm not found: the browser tests will be skipped (install Node.js and npm to run them)." >&2; \
	fi

run: install
	DJANGO_DEBUG=1 $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	DJANGO_DEBUG=1 $(PY) manage.py rebuild_search_index
	DJANGO_DEBUG=1 $(PY) manage.py createinitialrevisions -v0
	@echo ""
	@echo "  backpain is running at http://$(HOST):$(PORT)/"
	@echo "  Authors log in at      http://$(HOST):$(PORT)/admin/"
	@echo "  Create an author login (in another terminal):"
	@echo "      make author USERNAME=yourname"
	@echo "  Stop the server with Ctrl-C."
	@echo ""
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

# The production configuration on this machine: debug off, hashed and compressed
# static files served by WhiteNoise, gunicorn with backpain/gunicorn.conf.py
# (workers: WEB_CONCURRENCY, default 2, e.g. `make serve WEB_CONCURRENCY=4`).
# The secret key comes from DJANGO_SECRET_KEY (environment or .env); without
# one, a key is generated once into SECRET_KEY_FILE (git-ignored, mode 0600) and
# reused, so sessions survive a restart.
SECRET_KEY_FILE := .secret_key

serve: install
	@set -e; \
	if [ -z "$$DJANGO_SECRET_KEY" ] && \
		! grep -qsE '^[[:space:]]*(export[[:space:]]+)?DJANGO_SECRET_KEY=[^[:space:]#]' .env; then \
		if [ ! -s $(SECRET_KEY_FILE) ]; then \
			(umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $(SECRET_KEY_FILE)); \
			echo "Generated a secret key in $(SECRET_KEY_FILE) (git-ignored, only you can read it); later runs reuse it."; \
		fi; \
		chmod 600 $(SECRET_KEY_FILE); \
		DJANGO_SECRET_KEY=$$(cat $(SECRET_KEY_FILE)); export DJANGO_SECRET_KEY; \
	fi; \
	export DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS="$(HOST),127.0.0.1,localhost,[::1]"; \
	export DJANGO_SSL_REDIRECT="$${DJANGO_SSL_REDIRECT:-0}" \
		DJANGO_BEHIND_HTTPS_PROXY="$${DJANGO_BEHIND_HTTPS_PROXY:-0}"; \
	$(PY) manage.py collectstatic --no-input -v0; \
	$(PY) manage.py migrate --no-input; \
	$(PY) manage.py load_demo; \
	$(PY) manage.py rebuild_search_index; \
	$(PY) manage.py createinitialrevisions -v0; \
	echo ""; \
	echo "  backpain (production settings, gunicorn) is running at http://$(HOST):$(PORT)/"; \
	echo "  Health check: http://$(HOST):$(PORT)/healthz"; \
	echo "  Login cookies are HTTPS-only: the admin works on localhost, but not over"; \
	echo "  plain HTTP from another machine (README: Serving in production)."; \
	echo "  Stop the server with Ctrl-C."; \
	echo ""; \
	exec $(BIN)/gunicorn -c backpain/gunicorn.conf.py --bind $(HOST):$(PORT)

author: install
	@test -n "$(USERNAME)" || (echo "Usage: make author USERNAME=yourname" && exit 2)
	DJANGO_DEBUG=1 $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(PY) manage.py createauthor $(USERNAME)

# One dated archive of the database and the media files in BACKPAIN_BACKUP_DIR
# (default backups/, git-ignored); safe while the site runs. `make restore` puts
# back the newest, or BACKUP=path, exactly; it asks first unless YES=1. Debug
# only spares these a secret key: they serve nothing.
backup: install
	DJANGO_DEBUG=1 $(PY) manage.py backup

restore: install
	DJANGO_DEBUG=1 $(PY) manage.py restore $(if $(BACKUP),"$(BACKUP)") \
		$(if $(filter 1 yes,$(YES)),--no-input)

test: install lint migrations-check test-sqlite test-postgres test-browser

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations-check: install
	DJANGO_DEBUG=1 DATABASE_URL=sqlite:///:memory: $(PY) manage.py check
	DJANGO_DEBUG=1 DATABASE_URL=sqlite:///:memory: $(PY) manage.py makemigrations --check --dry-run

# Debian's Chromium through Playwright, on SQLite, in a process of their own
# (pyproject.toml says why); screenshots land in tests/browser/screenshots/.
test-browser: install
	@echo "== browser tests (Chromium) =="
	DATABASE_URL=sqlite:///:memory: $(BIN)/pytest -m browser tests/browser

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

# Eight authors saving at once over real HTTP on a fresh SQLite file (bench/).
bench-saves: install
	$(PY) bench/concurrent_saves.py

# Pages per second, latency, queries and memory under gunicorn at 100 and 10,000
# exercises, page cache off and on; writes bench/RESULTS.md (about 10 minutes).
# Needs wrk (apt-get install wrk). BENCH_ARGS="--database-url postgres://…" for
# PostgreSQL; bench/run --help lists the options.
bench: install
	bench/run $(BENCH_ARGS)

# Lighthouse (npm lighthouse 12.2.3, in bench/lighthouse/) on the list and an
# exercise page in Debian's Chromium; the scores go into bench/RESULTS.md.
bench-lighthouse: install
	bench/lighthouse/run --write

clean:
	rm -rf $(VENV) node_modules bench/lighthouse/node_modules staticfiles .pytest_cache .ruff_cache tests/browser/screenshots
