"""Media files through Django's storage API, so a bucket works as well as a
folder."""

from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage

from .archive import CHUNK


def stored_files(storage: Storage) -> list[str]:
    """The name of every file in `storage`, sorted."""
    found: list[str] = []

    def walk(folder: str) -> None:
        try:
            folders, files = storage.listdir(folder)
        except FileNotFoundError:
            return  # a local media folder that no upload has created yet
        found.extend(posixpath.join(folder, name) for name in files)
        for name in folders:
            walk(posixpath.join(folder, name))

    walk("")
    return sorted(found)


def digest(storage: Storage, name: str) -> str:
    sha = hashlib.sha256()
    with storage.open(name, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            sha.update(chunk)
    return sha.hexdigest()


def restore_files(
    storage: Storage, *, source: Path, wanted: dict[str, str]
) -> tuple[int, int]:
    """Make `storage` hold exactly `wanted` (name: SHA-256), copied from the
    files under `source`; how many were written and how many removed.

    Files are written before any is removed: a restore cut short leaves extra
    files, never a missing one the restored database names. Files that are
    already right are left alone."""
    present = set(stored_files(storage))
    written = 0
    for name, sha in sorted(wanted.items()):
        if name in present:
            if digest(storage, name) == sha:
                continue
            # save() would pick a new name rather than overwrite.
            storage.delete(name)
        with (source / name).open("rb") as handle:
            saved = storage.save(name, File(handle))
        if saved != name:
            raise OSError(f"media storage saved {name} as {saved}")
        written += 1
    extra = sorted(present - wanted.keys())
    for name in extra:
        storage.delete(name)
    return written, len(extra)
