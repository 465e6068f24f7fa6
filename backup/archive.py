"""The backup archive: one gzipped tar file.

    database.sqlite3   or database.pgdump: the database (backup/databases.py)
    media/<name>       every file in media storage, under its stored name
    manifest.json      what the archive holds, with each file's SHA-256

The manifest goes in last, once everything it describes is in. Reading unpacks
every file into a folder and checks it against the manifest, so a damaged or
incomplete archive is refused before anything is restored.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import posixpath
import tarfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from tempfile import SpooledTemporaryFile
from typing import BinaryIO

FORMAT = 1
MADE_BY = "backpain"
MANIFEST = "manifest.json"
MEDIA = "media/"
CHUNK = 1024 * 1024
# Files up to this size are staged in memory on their way into the archive.
SPOOL_BYTES = 16 * 1024 * 1024


class BackupError(Exception):
    """A problem the operator can act on: the commands print the message alone,
    never a traceback."""


@dataclass(frozen=True)
class Manifest:
    created_at: dt.datetime
    vendor: str
    database: str  # the database's file in the archive
    migrations: frozenset[tuple[str, str]]
    files: dict[str, str]  # every file in the archive but the manifest: SHA-256

    @property
    def media(self) -> dict[str, str]:
        """Media files by their name in storage: SHA-256."""
        return {
            name.removeprefix(MEDIA): digest
            for name, digest in self.files.items()
            if name.startswith(MEDIA)
        }


def write(
    archive: BinaryIO,
    *,
    created_at: dt.datetime,
    vendor: str,
    migrations: Iterable[tuple[str, str]],
    database: Path,
    media: Iterable[tuple[str, Callable[[], BinaryIO]]],
) -> None:
    """Write a whole archive to `archive`: the database file, then each media
    file (a name and how to open it), then the manifest."""
    files: dict[str, str] = {}
    with tarfile.open(fileobj=archive, mode="w:gz", compresslevel=6) as tar:

        def add(name: str, source: BinaryIO) -> None:
            # Storage files are read once, into a spool: the tar header needs the
            # size first, and a file that changed between a size() and the read
            # would leave a broken member.
            with SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
                digest = hashlib.sha256()
                for chunk in iter(lambda: source.read(CHUNK), b""):
                    digest.update(chunk)
                    spool.write(chunk)
                info = tarfile.TarInfo(name)
                info.size = spool.tell()
                info.mtime = int(created_at.timestamp())
                info.mode = 0o600
                spool.seek(0)
                tar.addfile(info, spool)
            files[name] = digest.hexdigest()

        database_name = f"database{database.suffix}"
        with database.open("rb") as source:
            add(database_name, source)
        for name, opener in media:
            with opener() as source:
                add(MEDIA + name, source)
        manifest = {
            "format": FORMAT,
            "made_by": MADE_BY,
            "created_at": created_at.isoformat(),
            "database": {"vendor": vendor, "file": database_name},
            "migrations": sorted(migrations),
            "files": files,
        }
        body = json.dumps(manifest, indent=1).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(body)
        info.mtime = int(created_at.timestamp())
        info.mode = 0o600
        with SpooledTemporaryFile() as spool:
            spool.write(body)
            spool.seek(0)
            tar.addfile(info, spool)


def unpack(path: Path, into: Path) -> Manifest:
    """Every file of the archive at `path`, written under `into` and checked
    against the manifest; raises BackupError if anything is missing or differs."""
    if not path.is_file():
        raise BackupError(f"There is no backup file at {path}.")
    found: dict[str, str] = {}
    try:
        with tarfile.open(path, mode="r:gz") as tar:
            for member in tar:
                found[member.name] = _extract(tar, member, into)
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise BackupError(
            f"{path} is damaged or is not a backup archive ({error})."
        ) from error
    except OSError as error:
        raise BackupError(f"Could not unpack {path}: {error}.") from error

    manifest = _read_manifest(path, into / MANIFEST)
    found.pop(MANIFEST)
    missing = sorted(manifest.files.keys() - found.keys())
    extra = sorted(found.keys() - manifest.files.keys())
    changed = sorted(
        name
        for name, digest in manifest.files.items()
        if name in found and found[name] != digest
    )
    if missing or extra or changed:
        problems = [
            f"{label}: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}"
            for label, names in [
                ("missing", missing),
                ("not in its manifest", extra),
                ("damaged", changed),
            ]
            if names
        ]
        raise BackupError(f"{path} is damaged ({'; '.join(problems)}).")
    if manifest.database not in found:
        raise BackupError(f"{path} holds no database.")
    return manifest


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo, into: Path) -> str:
    """Write one member under `into`; its SHA-256. Only plain files with the
    names an archive of ours has: never a link, never a path outside `into`."""
    name = member.name
    parts = PurePosixPath(name).parts
    expected = name == MANIFEST or name.startswith(("database.", MEDIA))
    if (
        not member.isfile()
        or not expected
        or posixpath.normpath(name) != name
        or name.startswith("/")
        or ".." in parts
    ):
        raise BackupError(f"The archive holds {name!r}, which no backup has.")
    target = into.joinpath(*parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    source = tar.extractfile(member)
    with source, target.open("xb") as out:
        for chunk in iter(lambda: source.read(CHUNK), b""):
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def _read_manifest(path: Path, manifest: Path) -> Manifest:
    try:
        data = json.loads(manifest.read_text("utf-8"))
    except FileNotFoundError:
        raise BackupError(
            f"{path} is not a complete backup: it has no manifest."
        ) from None
    except (ValueError, OSError) as error:
        raise BackupError(f"The manifest in {path} is unreadable ({error}).") from error
    if not isinstance(data, dict) or data.get("made_by") != MADE_BY:
        raise BackupError(f"{path} is not a backpain backup.")
    if data.get("format") != FORMAT:
        raise BackupError(
            f"{path} is in backup format {data.get('format')!r}; this version of "
            f"the site reads format {FORMAT}."
        )
    try:
        return Manifest(
            created_at=dt.datetime.fromisoformat(data["created_at"]),
            vendor=data["database"]["vendor"],
            database=data["database"]["file"],
            migrations=frozenset((app, name) for app, name in data["migrations"]),
            files=dict(data["files"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BackupError(
            f"The manifest in {path} is incomplete ({error!r})."
        ) from error
