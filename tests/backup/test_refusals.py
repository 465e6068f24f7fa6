"""A restore that cannot be done says why, in one sentence and no traceback, and
changes nothing: the content and files made after the backup are still there."""

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections

from backup import databases
from exercises.models import Exercise

from ..factories import ExerciseFactory
from . import snapshot
from .conftest import make_library

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
OTHER_KIND = {"sqlite": "postgresql", "postgresql": "sqlite"}[connection.vendor]


@pytest.fixture
def archive(settings) -> Path:
    """A good backup, followed by changes a refused restore must keep."""
    make_library()
    call_command("backup")
    [path] = Path(settings.BACKPAIN_BACKUP_DIR).iterdir()
    ExerciseFactory(title="Made after the backup")
    (Path(settings.MEDIA_ROOT) / "after.txt").write_text("kept")
    return path


def refused(*args, **options) -> str:
    with pytest.raises(CommandError) as raised:
        call_command("restore", *map(str, args), **options)
    return str(raised.value)


def assert_unchanged(settings, rows: dict) -> None:
    assert Exercise.objects.filter(title="Made after the backup").exists()
    assert (Path(settings.MEDIA_ROOT) / "after.txt").read_text() == "kept"
    assert snapshot.tables() == rows


def rewrite(source: Path, target: Path, *, manifest=None, member=None) -> Path:
    """A copy of the archive with its manifest or one member's bytes changed."""
    with (
        tarfile.open(source, "r:gz") as old,
        tarfile.open(target, "w:gz") as new,
    ):
        for info in old:
            data = old.extractfile(info).read()
            if info.name == "manifest.json" and manifest:
                loaded = json.loads(data)
                manifest(loaded)
                data = json.dumps(loaded).encode()
            elif member and info.name.startswith(member):
                data = data[::-1]
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))
    return target


def test_missing_file(settings, archive, tmp_path):
    rows = snapshot.tables()
    message = refused(tmp_path / "nope.tar.gz", interactive=False)
    assert message == (
        f"There is no backup file at {tmp_path / 'nope.tar.gz'}. Nothing was changed."
    )
    assert_unchanged(settings, rows)


def test_no_backup_yet_says_how_to_make_one(settings, tmp_path):
    settings.BACKPAIN_BACKUP_DIR = tmp_path / "empty"
    message = refused(interactive=False)
    assert "There is no" in message and "make backup" in message


def test_a_file_that_is_not_an_archive(settings, archive, tmp_path):
    rows = snapshot.tables()
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not a backup at all" * 100)
    assert "is damaged or is not a backup archive" in refused(junk, interactive=False)
    assert_unchanged(settings, rows)


def test_a_truncated_archive(settings, archive, tmp_path):
    rows = snapshot.tables()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    message = refused(cut, interactive=False)
    assert "is damaged or is not a backup archive" in message
    assert message.endswith("Nothing was changed.")
    assert_unchanged(settings, rows)


@pytest.mark.parametrize("member", ["media/exercises/", "database."])
def test_a_file_changed_inside_the_archive(settings, archive, tmp_path, member):
    rows = snapshot.tables()
    changed = rewrite(archive, tmp_path / "changed.tar.gz", member=member)
    message = refused(changed, interactive=False)
    assert "is damaged (damaged: " + member in message
    assert_unchanged(settings, rows)


def test_a_backup_of_the_other_kind_of_database(settings, archive, tmp_path):
    rows = snapshot.tables()

    def other_kind(manifest):
        manifest["database"]["vendor"] = OTHER_KIND

    other = rewrite(archive, tmp_path / "other.tar.gz", manifest=other_kind)
    message = refused(other, interactive=False)
    kinds = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    assert (
        f"is a backup of a {kinds[OTHER_KIND]} database, but the site uses "
        f"{kinds[connection.vendor]}" in message
    )
    assert_unchanged(settings, rows)


def test_a_backup_from_a_newer_version_of_the_site(settings, archive, tmp_path):
    rows = snapshot.tables()

    def newer(manifest):
        manifest["migrations"].append(["exercises", "9999_from_the_future"])

    newer_backup = rewrite(archive, tmp_path / "newer.tar.gz", manifest=newer)
    message = refused(newer_backup, interactive=False)
    assert "made by a newer version of the site" in message
    assert "exercises.9999_from_the_future" in message
    assert_unchanged(settings, rows)


def test_answering_no_restores_nothing(settings, archive, monkeypatch):
    rows = snapshot.tables()
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "It replaces everything in the" in out.getvalue()
    assert "Restore cancelled. Nothing was changed." in out.getvalue()
    assert_unchanged(settings, rows)


def test_no_answer_restores_nothing(settings, archive, monkeypatch):
    rows = snapshot.tables()

    def closed(prompt):
        raise EOFError

    monkeypatch.setattr("builtins.input", closed)
    assert "--no-input (make restore YES=1)" in refused(archive)
    assert_unchanged(settings, rows)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite copies in one step"
)
def test_a_postgresql_restore_failing_part_way_is_rolled_back(
    settings, archive, monkeypatch
):
    """The restore drops tables one by one, then meets a table another
    connection holds and gives up: every table it dropped is back."""
    rows = snapshot.tables()
    monkeypatch.setattr(databases, "LOCK_WAIT", "1s")
    other = connections.create_connection("default")
    try:
        other.set_autocommit(False)
        with other.cursor() as cursor:
            # Tables are dropped in name order; this one comes last.
            cursor.execute("SELECT count(*) FROM search_searchkey")
        message = refused(archive, interactive=False)
    finally:
        other.rollback()
        other.close()
    assert "lock timeout" in message
    assert "rolled back: the database is unchanged" in message
    assert_unchanged(settings, rows)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite copies in one step"
)
def test_a_postgresql_restore_failing_after_the_drops_is_rolled_back(settings, archive):
    """Every table is dropped, then the dump's CREATE TABLE for the search
    keys meets a type of that name, which the restore does not drop: the
    dropped tables are all back."""
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE search_searchkey")
        cursor.execute("CREATE TYPE search_searchkey AS (key text)")
    try:
        rows = snapshot.tables()

        message = refused(archive, interactive=False)

        assert '"search_searchkey" already exists' in message
        assert "rolled back: the database is unchanged" in message
        assert_unchanged(settings, rows)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TYPE IF EXISTS search_searchkey")
        # Brings the table back for the tests that follow.
        call_command("restore", str(archive), interactive=False)
    assert not Exercise.objects.filter(title="Made after the backup").exists()
