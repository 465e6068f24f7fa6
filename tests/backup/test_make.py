"""`make backup` and `make restore` as an operator runs them: the real Makefile
and settings, in separate processes, on a SQLite file and a media folder of the
test's own."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

# The SQLite run of the suite covers these; they never touch its database.
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="runs on a SQLite file of its own"
)
ROOT = Path(__file__).resolve().parents[2]
PYTHON = Path(sys.executable)


@pytest.fixture(scope="module")
def make_env() -> dict[str, str]:
    make = shutil.which("make")
    if make is None:
        if os.environ.get("CI"):
            pytest.fail("CI runs `make test`, so make must be installed")
        pytest.skip("make is not installed")
    # Not the make running these tests (make test), if any, nor pytest's settings.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("MAKE", "MFLAGS", "DJANGO_", "BACKPAIN_", "REDIS_"))
    }
    return {**env, "DJANGO_SETTINGS_MODULE": "backpain.settings", "DJANGO_DEBUG": "1"}


@pytest.fixture(scope="module")
def migrated(make_env, tmp_path_factory) -> Path:
    """A freshly migrated database file, made once: migrating takes seconds."""
    database = tmp_path_factory.mktemp("migrated") / "db.sqlite3"
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "-v0"],
        cwd=ROOT,
        env={**make_env, "DATABASE_URL": f"sqlite:///{database}"},
        check=True,
        capture_output=True,
        timeout=120,
    )
    return database


@pytest.fixture
def site(make_env, migrated, tmp_path) -> dict[str, str]:
    """The environment of a site in `tmp_path`, with one media file."""
    # The migrating process has closed the file, so it has no -wal beside it.
    shutil.copy(migrated, tmp_path / "db.sqlite3")
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "photo.jpg").write_bytes(b"the photo")
    return {
        **make_env,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "BACKPAIN_BACKUP_DIR": str(tmp_path / "backups"),
    }


def run_make(env, *args: str):
    # -o: the checkout's venv counts as installed, so pip never runs here.
    command = ["make", "-C", str(ROOT), "-o", ".venv/bin/.installed", *args]
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def groups(env) -> list[str]:
    database = env["DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(database) as db:
        return sorted(name for (name,) in db.execute("SELECT name FROM auth_group"))


def test_make_backup_then_make_restore_puts_back_the_newest(site):
    media = Path(site["DJANGO_MEDIA_ROOT"])
    before = groups(site)
    assert before  # the migrations made the Authors and Editors groups

    made = run_make(site, "backup")
    assert made.returncode == 0, made.stderr
    [archive] = Path(site["BACKPAIN_BACKUP_DIR"]).iterdir()
    assert f"Backup written: {archive}" in made.stdout
    assert archive.stat().st_mode & 0o077 == 0  # owner only: it holds password hashes

    with sqlite3.connect(site["DATABASE_URL"].removeprefix("sqlite:///")) as db:
        db.execute("DELETE FROM auth_group")
    (media / "photo.jpg").unlink()
    (media / "new.jpg").write_bytes(b"after the backup")

    restored = run_make(site, "restore", "YES=1")
    assert restored.returncode == 0, restored.stderr
    assert f"Restored {archive}" in restored.stdout
    assert groups(site) == before
    assert sorted(p.name for p in media.iterdir()) == ["photo.jpg"]
    assert (media / "photo.jpg").read_bytes() == b"the photo"


def test_make_restore_without_yes_asks_and_stops_when_nobody_answers(site):
    assert run_make(site, "backup").returncode == 0
    (Path(site["DJANGO_MEDIA_ROOT"]) / "new.jpg").write_bytes(b"after the backup")

    unasked = run_make(site, "restore")  # no YES=1, and nobody to answer
    assert unasked.returncode != 0
    assert "Type 'yes' to continue" in unasked.stdout
    assert "No answer: input is closed." in unasked.stderr
    assert "Traceback" not in unasked.stderr
    assert (Path(site["DJANGO_MEDIA_ROOT"]) / "new.jpg").exists()
