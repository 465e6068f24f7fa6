"""Making a backup, and checking and restoring one (the commands call these)."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.storage import Storage, default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from articles import freshness
from search.indexing import rebuild

from . import archive, media
from .archive import BackupError, Manifest
from .databases import DATABASES, database

PREFIX = "backpain-"
SUFFIX = ".tar.gz"


@dataclass(frozen=True)
class Checked:
    """A backup unpacked into `work` and checked, ready to restore."""

    path: Path
    manifest: Manifest
    work: Path
    prepared: Path  # what the database's restore reads


@dataclass(frozen=True)
class Restored:
    files_written: int
    files_removed: int
    migrations_applied: int


def backup_create(
    *, folder: Path, using: str = DEFAULT_DB_ALIAS, storage: Storage | None = None
) -> Path:
    """Write one archive of the database and every media file into `folder`;
    its path. The database is one consistent snapshot; media files are copied
    right after it."""
    db = database(using)
    storage = storage or default_storage
    created_at = timezone.now()
    try:
        # Owner only: the archive holds password hashes and sessions.
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        migrations = MigrationRecorder(connections[using]).applied_migrations()
        with tempfile.TemporaryDirectory(prefix="backpain-backup-") as work:
            dump = Path(work) / f"database{db.suffix}"
            db.dump(dump)
            # Written under a hidden name, then renamed: an interrupted backup
            # never leaves a truncated file that looks like a backup.
            handle, partial = tempfile.mkstemp(
                prefix=f".{PREFIX}", suffix=".partial", dir=folder
            )
            try:
                with os.fdopen(handle, "wb") as out:
                    archive.write(
                        out,
                        created_at=created_at,
                        vendor=db.vendor,
                        migrations=migrations.keys(),
                        database=dump,
                        media=[
                            (name, functools.partial(storage.open, name, "rb"))
                            for name in media.stored_files(storage)
                        ],
                    )
                    out.flush()
                    os.fsync(out.fileno())
                final = _free_name(folder, created_at.strftime("%Y%m%d-%H%M%S"), db)
                os.replace(partial, final)
            finally:
                Path(partial).unlink(missing_ok=True)
    except OSError as error:
        raise BackupError(f"Could not write the backup: {error}") from error
    return final


def backup_find_latest(*, folder: Path, using: str = DEFAULT_DB_ALIAS) -> Path:
    """The newest backup in `folder` of the kind of database the site uses."""
    db = database(using)
    found = sorted(folder.glob(f"{PREFIX}*-{db.vendor}{SUFFIX}"))
    if not found:
        raise BackupError(
            f"There is no {db.label} backup in {folder}. Make one with "
            "`make backup`, or name the file: make restore BACKUP=path."
        )
    return found[-1]


@contextmanager
def backup_check(*, path: Path, using: str = DEFAULT_DB_ALIAS) -> Iterator[Checked]:
    """Unpack the backup at `path` into a temporary folder and check everything
    a restore needs, changing nothing; the folder goes when the block ends."""
    db = database(using)
    with tempfile.TemporaryDirectory(prefix="backpain-restore-") as work:
        manifest = archive.unpack(path, Path(work))
        if manifest.vendor != db.vendor:
            kind = _label(manifest.vendor)
            raise BackupError(
                f"{path} is a backup of a {kind} database, but the site uses "
                f"{db.label} (DATABASE_URL). A backup goes back into the same kind "
                "of database."
            )
        known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
        unknown = sorted(manifest.migrations - known)
        if unknown:
            names = ", ".join(f"{app}.{name}" for app, name in unknown[:5])
            raise BackupError(
                f"{path} was made by a newer version of the site: its database has "
                f"migrations this code does not ({names}). Restore it with the "
                "version that made it."
            )
        prepared = db.prepare(Path(work) / manifest.database, Path(work))
        yield Checked(path=path, manifest=manifest, work=Path(work), prepared=prepared)


def backup_restore(
    *,
    checked: Checked,
    using: str = DEFAULT_DB_ALIAS,
    storage: Storage | None = None,
) -> Restored:
    """Put back the database, then the media files, of a checked backup.

    The database is replaced all or nothing; if that fails, nothing has
    changed. The media files follow (running the restore again finishes them
    if that is cut short). A backup older than the code is then migrated and its
    search index rebuilt. Whatever happens after the database is replaced,
    every page cached before the restore is dropped."""
    db = database(using)
    storage = storage or default_storage
    db.restore(checked.prepared)
    try:
        # The restored rows may number content types differently.
        ContentType.objects.clear_cache()
        try:
            written, removed = media.restore_files(
                storage, source=checked.work / "media", wanted=checked.manifest.media
            )
        except OSError as error:
            raise BackupError(
                f"The database was restored, but the media files could not be "
                f"({error}). Run the restore again to finish it."
            ) from error
        applied = _migrate(using)
    finally:
        _forget_pages()
    return Restored(
        files_written=written, files_removed=removed, migrations_applied=applied
    )


def _label(vendor: str) -> str:
    return DATABASES[vendor].label if vendor in DATABASES else vendor


def _free_name(folder: Path, stamp: str, db) -> Path:
    # A second backup within the same second gets ".1" and so on; the names
    # still sort oldest first.
    path = folder / f"{PREFIX}{stamp}-{db.vendor}{SUFFIX}"
    count = 0
    while path.exists():
        count += 1
        path = folder / f"{PREFIX}{stamp}.{count}-{db.vendor}{SUFFIX}"
    return path


def _migrate(using: str) -> int:
    """Bring a backup made before the latest migrations up to the code."""
    executor = MigrationExecutor(connections[using])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not plan:
        return 0
    try:
        call_command("migrate", database=using, interactive=False, verbosity=0)
    except DatabaseError as error:
        raise BackupError(
            f"The backup was restored, but migrating it to this version of the "
            f"site failed ({error}). Fix that, then run manage.py migrate."
        ) from error
    # Migrations may change what the search entries are made from.
    rebuild(using=using)
    return len(plan)


def _forget_pages() -> None:
    # A new content version re-keys every cached page and figure in every
    # process and every shared cache, so what other processes keep (their
    # copies in front of Redis included, articles/immutable_cache.py) is never
    # read again; clearing frees this process's cache (or Redis).
    freshness.content_changed()
    cache.clear()
    freshness.forget_kept()
