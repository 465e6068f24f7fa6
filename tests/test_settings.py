"""The settings module reads the environment and refuses unsafe configurations."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOW = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'])"
)


def start(**env_overrides) -> subprocess.CompletedProcess:
    # Empty values also shadow a developer's local .env file.
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="backpain.settings",
        DJANGO_DEBUG="",
        DATABASE_URL="",
        REDIS_URL="",
    )
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_refuses_to_start_without_secret_key_when_not_in_debug():
    result = start(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_refuses_by_default_because_debug_is_off_by_default():
    result = start(DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_defaults_are_production_safe_sqlite_and_local_cache():
    result = start(DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    debug, engine, cache = result.stdout.split()
    assert debug == "False"
    assert engine == "django.db.backends.sqlite3"
    assert cache.endswith("LocMemCache")


def test_database_and_redis_urls_are_used():
    result = start(
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://someone@db.invalid:5432/backpain",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert result.returncode == 0, result.stderr
    _, engine, cache = result.stdout.split()
    assert engine == "django.db.backends.postgresql"
    assert cache.endswith("RedisCache")


def test_starts_in_debug_without_secret_key():
    result = start(DJANGO_DEBUG="1", DJANGO_SECRET_KEY="")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("True")
