"""The settings module reads the environment and refuses unsafe configurations."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOW = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'])"
)


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Settings are read once per process, so each case gets its own."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def start(show: str = SHOW, **env_overrides) -> subprocess.CompletedProcess:
    # Empty values also shadow a developer's local .env file.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k != "DATABASE_PREPARED_STATEMENTS"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backpain.settings",
        DJANGO_DEBUG="",
        DATABASE_URL="",
        REDIS_URL="",
    )
    env.update(env_overrides)
    return run_python(show, env)


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


def test_with_redis_each_process_keeps_a_bounded_copy_in_front():
    show = (
        "import django; django.setup(); from django.conf import settings as s; "
        "local = s.CACHES['local']; "
        "print(local['BACKEND'], local['OPTIONS']['MAX_ENTRIES'])"
    )
    result = start(show, DJANGO_SECRET_KEY="x" * 50, REDIS_URL="redis://h:6379/3")
    assert result.returncode == 0, result.stderr
    backend, most = result.stdout.split()
    assert backend.endswith("LocMemCache")
    assert 0 < int(most) <= 1000
    without = start(show, DJANGO_SECRET_KEY="x" * 50)
    assert "KeyError: 'local'" in without.stderr


def test_postgresql_prepares_the_pages_statements_unless_turned_off():
    show = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default'].get('OPTIONS', {}).get('prepare_threshold'))"
    )
    url = "postgres://someone@db.invalid:5432/backpain"
    on = start(show, DJANGO_SECRET_KEY="x" * 50, DATABASE_URL=url)
    assert on.stdout.split() == ["5"], on.stderr
    # Behind a pooler that cannot carry them; Django's default.
    off = start(
        show,
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL=url,
        DATABASE_PREPARED_STATEMENTS="0",
    )
    assert off.stdout.split() == ["None"], off.stderr
    # The URL's own setting wins.
    own = start(
        show, DJANGO_SECRET_KEY="x" * 50, DATABASE_URL=f"{url}?prepare_threshold=2"
    )
    assert own.stdout.split() == ["2"], own.stderr
    # SQLite has nothing to prepare this way.
    sqlite = start(show, DJANGO_SECRET_KEY="x" * 50)
    assert sqlite.stdout.split() == ["None"], sqlite.stderr


def test_starts_in_debug_without_secret_key():
    result = start(DJANGO_DEBUG="1", DJANGO_SECRET_KEY="")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("True")


EXAMPLE = ROOT / ".env.example"
SHOW_LOCAL = """
import json, os
import environ

# Only the example's variables count here, not the developer's own .env.
environ.Env.read_env = classmethod(lambda cls, *args, **kwargs: None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backpain.settings")
import django
from django.core import checks

django.setup()
from django.conf import settings as s

print(json.dumps({
    "debug": s.DEBUG,
    "engine": s.DATABASES["default"]["ENGINE"],
    "database": str(s.DATABASES["default"]["NAME"]),
    "cache": s.CACHES["default"]["BACKEND"],
    "static_root": str(s.STATIC_ROOT),
    "media_root": str(s.MEDIA_ROOT),
    "media_storage": s.STORAGES["default"]["BACKEND"],
    "problems": [str(m) for m in checks.run_checks() if m.is_serious()],
}))
"""


def example_variables() -> dict[str, str]:
    """What a copy of .env.example sets, parsed as django-environ reads .env."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    matches = (
        re.fullmatch(r"(?:export )?([A-Za-z_0-9]+)=(.*)", line) for line in lines
    )
    return {m[1]: m[2] for m in matches if m}


def test_env_example_as_is_runs_locally_without_any_service():
    # env -i: nothing from this shell, only the example (and PATH).
    env = {"PATH": os.environ.get("PATH", ""), **example_variables()}
    result = run_python(SHOW_LOCAL, env)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["debug"] is True
    assert shown["engine"] == "django.db.backends.sqlite3"
    assert shown["cache"].endswith("LocMemCache")
    assert shown["media_storage"].endswith("FileSystemStorage")
    for key in ("database", "static_root", "media_root"):
        path = Path(shown[key])
        assert path.is_absolute() and ROOT in path.parents, f"{key}: {path}"
    assert shown["problems"] == []


def test_env_example_lists_every_variable_the_settings_read():
    source = (ROOT / "backpain" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]+)"', source))
    listed = set(
        re.findall(
            r"^#?\s*([A-Z][A-Z0-9_]+)=",
            EXAMPLE.read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    )
    assert len(read) > 10
    assert read <= listed, f"missing from .env.example: {sorted(read - listed)}"


def test_empty_storage_paths_mean_the_defaults_not_the_current_folder():
    show = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.STATIC_ROOT, s.MEDIA_ROOT)"
    )
    result = start(show, DJANGO_DEBUG="1", DJANGO_STATIC_ROOT="", DJANGO_MEDIA_ROOT="")
    assert result.returncode == 0, result.stderr
    static, media = result.stdout.split()
    assert (static, media) == (str(ROOT / "staticfiles"), str(ROOT / "media"))


SHOW_SQLITE = """
import sqlite3
import django
from django.db import connection, transaction

django.setup()
with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    journal = cursor.fetchone()[0]
    cursor.execute("PRAGMA busy_timeout")
    busy_ms = cursor.fetchone()[0]
# A transaction that has only read must already hold the write lock, so no other
# writer can slip in between its read and its write.
with transaction.atomic():
    connection.cursor().execute("SELECT 1")
    other = sqlite3.connect(connection.settings_dict["NAME"], timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        held = False
    except sqlite3.OperationalError:
        held = True
    other.close()
print(journal, busy_ms, held)
"""


def test_sqlite_takes_the_write_lock_at_begin_waits_its_turn_and_uses_wal(tmp_path):
    # What lets several authors save at once on SQLite (tests/admin/
    # test_concurrent_saves.py races the saves; this pins each setting, which
    # a short race can pass without).
    result = start(
        SHOW_SQLITE,
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        DATABASE_SQLITE_TIMEOUT="7",
    )
    assert result.returncode == 0, result.stderr
    journal, busy_ms, held = result.stdout.split()
    assert journal == "wal"
    assert busy_ms == "7000"
    assert held == "True"
