"""Finding image files that nothing needs any more.

Rows never delete their files (see images/fields.py): an earlier version of an
article, or a deleted article brought back, shows them again. A file can go once
no row and no stored version (django-reversion) names it, and it is old enough
that no upload still on its way into a row can be the one naming it.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass

import reversion
from django.apps import apps
from django.core.files.storage import Storage
from django.utils import timezone
from reversion.models import Version

from .fields import ResponsiveImageField
from .processing import RENDITIONS_ROOT, rendition_folder


@dataclass(frozen=True)
class Unused:
    name: str
    size: int


def image_fields() -> list[ResponsiveImageField]:
    return [
        f
        for model in apps.get_models()
        for f in model._meta.concrete_fields
        if isinstance(f, ResponsiveImageField)
    ]


def referenced_names() -> set[str]:
    """Every stored file a row or a stored version names: originals, and the
    renditions their rows list."""
    names: set[str] = set()
    for f in image_fields():
        model = f.model
        rows = model._base_manager.exclude(**{f.attname: ""})
        for name, renditions in rows.values_list(f.attname, f.renditions_field):
            names.add(name)
            names |= _listed(renditions)
        if reversion.is_registered(model):
            versions = Version.objects.get_for_model(model)
            for data in versions.values_list("serialized_data", flat=True).iterator():
                # Read as stored, not as the model is now: a version from before
                # a field was renamed still counts.
                for record in json.loads(data):
                    fields = record.get("fields", {})
                    names.add(fields.get(f.name) or "")
                    names |= _listed(fields.get(f.renditions_field))
    names.discard("")
    return names


def _listed(renditions) -> set[str]:
    if isinstance(renditions, str):  # a JSON column read back as text
        renditions = json.loads(renditions or "{}")
    sources = (renditions or {}).get("sources", {})
    return {path for copies in sources.values() for _, path in copies}


def unused_files(*, older_than: dt.timedelta) -> Iterator[tuple[Storage, Unused]]:
    """Files in the image folders that nothing names and that were last written
    more than `older_than` ago. Renditions go with their original."""
    keep = referenced_names()
    keep_folders = {rendition_folder(name) for name in keep}
    cutoff = timezone.now() - older_than
    roots: dict[int, tuple[Storage, set[str]]] = {}
    for f in image_fields():
        storage = f.storage
        folders = roots.setdefault(id(storage), (storage, {RENDITIONS_ROOT}))[1]
        if isinstance(f.upload_to, str) and f.upload_to.strip("/"):
            folders.add(f.upload_to.strip("/"))
    for storage, folders in roots.values():
        for folder in sorted(folders):
            for name in _walk(storage, folder):
                if name in keep or posixpath.dirname(name) in keep_folders:
                    continue
                if storage.get_modified_time(name) > cutoff:
                    continue
                yield storage, Unused(name=name, size=storage.size(name))


def _walk(storage: Storage, folder: str) -> Iterator[str]:
    try:
        dirs, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for file_name in sorted(files):
        yield posixpath.join(folder, file_name)
    for dir_name in sorted(dirs):
        yield from _walk(storage, posixpath.join(folder, dir_name))
