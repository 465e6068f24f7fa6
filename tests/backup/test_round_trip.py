"""Back up, wipe, restore: the same rows and the same files, and a site that
works. On whichever database the suite runs on (SQLite and PostgreSQL in
`make test`).

Real commits, as on the site (search entries and the content version are
written when a transaction commits). serialized_rollback puts back what
migrations made once the flush after each test has removed it.
"""

import io
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.urls import reverse

from articles import freshness
from articles.models import ContentVersion
from exercises.models import Exercise, ExerciseImage
from search.models import SearchEntry

from ..factories import ExerciseFactory
from ..images.files import image_bytes, upload
from ..search.pages import search, titles
from . import snapshot
from .conftest import make_library

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def back_up(settings) -> Path:
    call_command("backup")
    [path] = Path(settings.BACKPAIN_BACKUP_DIR).iterdir()
    return path


def restore(path: Path) -> None:
    call_command("restore", str(path), interactive=False)


def wipe(settings) -> None:
    """Every row and every media file gone, as after losing the server, then
    some new content, a new table and new files that a restore must remove."""
    call_command("flush", interactive=False)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM search_fts")
        cursor.execute("CREATE TABLE made_after_the_backup (id integer)")
    for path in Path(settings.MEDIA_ROOT).rglob("*"):
        if path.is_file():
            path.unlink()
    ExerciseImage.objects.create(
        exercise=ExerciseFactory(title="Wombat walk"),
        image=upload(image_bytes(color="blue"), "wombat.jpg"),
        alt_text="Walking",
    )


def test_restore_puts_back_every_row_and_every_file(settings, client):
    make_library()
    rows, files = snapshot.content_tables(), snapshot.media_files()
    version = ContentVersion.objects.get()
    assert SearchEntry.objects.count() == 3
    assert any(name.startswith("renditions/") for name in files)
    path = back_up(settings)

    wipe(settings)
    assert snapshot.content_tables() != rows
    assert snapshot.media_files().keys().isdisjoint(files)

    restore(path)

    after = snapshot.content_tables()
    assert after.keys() == rows.keys()  # the table made after the backup is gone
    assert {name for name in rows if after[name] != rows[name]} == set()
    assert snapshot.media_files() == files
    restored_version = ContentVersion.objects.get()
    assert restored_version.scheduled == version.scheduled
    assert restored_version.generation > version.generation


def test_restored_site_shows_its_pages_pictures_and_search(settings, client):
    exercise = make_library()
    path = back_up(settings)
    wipe(settings)

    restore(path)

    page = client.get(exercise.get_absolute_url())
    assert page.status_code == 200
    assert "Quokka crawl" in page.content.decode()
    # Every picture the page shows has its file back.
    shown = set(re.findall(r"/media/([^\s\"]+)", page.content.decode()))
    assert shown
    assert {name for name in shown if not default_storage.exists(name)} == set()
    assert client.get(reverse("home")).status_code == 200
    assert set(titles(search(client, "quokka"))) == {
        "Quokka crawl",
        "Quokka stretch",
        "Quokka knee",
    }
    # The last word may be unfinished: the index's prefixes came back too.
    assert titles(search(client, "quokka cra")) == ["Quokka crawl"]
    assert titles(search(client, "wombat")) == []
    assert not Exercise.objects.filter(title="Wombat walk").exists()


def test_no_page_cached_before_a_restore_is_served_after_it(settings, client):
    settings.BACKPAIN_PAGE_CACHE = True
    cache.clear()
    exercise = make_library()
    path = back_up(settings)
    # Cached under the version the backup holds.
    before = freshness.current().token
    assert client.get(exercise.get_absolute_url())["X-Page-Cache"] == "miss"
    assert client.get(exercise.get_absolute_url())["X-Page-Cache"] == "hit"
    Exercise.objects.filter(pk=exercise.pk).update(title="Quokka crawl, renamed")

    restore(path)

    # A new version, so the pages other processes or a shared cache hold
    # are never looked up again either.
    assert freshness.current().token != before
    page = client.get(exercise.get_absolute_url())
    assert page["X-Page-Cache"] == "miss"
    assert "renamed" not in page.content.decode()


def test_a_backup_older_than_the_code_is_migrated_and_reindexed(settings, client):
    make_library()
    call_command("migrate", "search", "0002", verbosity=0)
    try:
        path = back_up(settings)
    finally:
        call_command("migrate", verbosity=0)
    wipe(settings)

    out = io.StringIO()
    call_command("restore", str(path), interactive=False, stdout=out)

    assert "Migrated the backup to this version of the site (1 migrations)" in (
        out.getvalue()
    )
    assert MigrationRecorder.Migration.objects.filter(
        app="search", name="0003_match_index"
    ).exists()
    assert set(titles(search(client, "quokka"))) == {
        "Quokka crawl",
        "Quokka stretch",
        "Quokka knee",
    }
