"""An ImageField that checks uploads, strips metadata and makes renditions once.

Files outlive their rows: replacing, clearing or deleting an image leaves its
file and renditions in storage, because an earlier version of the article (kept
by its history, see articles/history.py) or a deleted article brought back may
show them again. `manage.py prune_media` removes the files that no row and no
stored version names any more.

    photo = ResponsiveImageField(upload_to="a/", renditions_field="photo_sizes")
    photo_sizes = models.JSONField(default=dict, blank=True, editable=False)

The renditions field must come after the image field: Django reads field values
in declaration order when it writes the row.

Stored names keep the start of the uploaded name, cut to `STEM_MAX_BYTES` bytes:
filesystems allow 255 bytes a name, and a name in a script of four-byte
characters reaches that long before the field's 100 characters.
"""

from __future__ import annotations

import posixpath

from django import forms
from django.core import checks
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.db import models
from django.db.models.fields.files import ImageFieldFile

from .processing import (
    ImageRejected,
    check_upload,
    delete_with_renditions,
    make_renditions,
    prepare_upload,
)

# Room for "exercises/", Django's "_AbC1234" when the name is taken and ".webp"
# within the field's 100 characters; still enough to recognise the file by.
STEM_MAX_BYTES = 64


class ResponsiveImageFieldFile(ImageFieldFile):
    @property
    def renditions(self) -> dict:
        return getattr(self.instance, self.field.renditions_field) or {}


class SafeImageFormField(forms.ImageField):
    """Refuses what `prepare_upload` would, with its message, as a form error.

    Only checks: the model field re-encodes once, when the row is saved."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        try:
            check_upload(data)
        except ImageRejected as error:
            raise ValidationError(str(error), code="invalid_image") from error
        data.seek(0)
        return super().to_python(data)


class ResponsiveImageField(models.ImageField):
    attr_class = ResponsiveImageFieldFile

    def __init__(self, *args, renditions_field: str, **kwargs):
        self.renditions_field = renditions_field
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["renditions_field"] = self.renditions_field
        return name, path, args, kwargs

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        names = [f.name for f in self.model._meta.concrete_fields]
        if self.renditions_field not in names:
            errors.append(
                checks.Error(f"No field {self.renditions_field!r}.", obj=self)
            )
        elif names.index(self.renditions_field) < names.index(self.name):
            errors.append(
                checks.Error(
                    f"{self.renditions_field!r} must be declared after {self.name!r}.",
                    obj=self,
                )
            )
        return errors

    def formfield(self, **kwargs):
        # The stored name is shortened to fit, so a long upload name is no
        # reason to refuse the image.
        return super().formfield(
            **{"form_class": SafeImageFormField, "max_length": None, **kwargs}
        )

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            try:
                prepared = prepare_upload(file.file)
            except ImageRejected as error:
                raise ValidationError({self.name: str(error)}) from error
            name = f"{self._stored_stem(file.name)}.{prepared.extension}"
            file.save(name, prepared.content, save=False)
            try:
                renditions = make_renditions(file.storage, file.name)
            except Exception:
                # No row will point at the original; don't leave it in storage.
                delete_with_renditions(file.storage, file.name)
                raise
            setattr(model_instance, self.renditions_field, renditions)
        elif not file:
            setattr(model_instance, self.renditions_field, {})
        return super().pre_save(model_instance, add)

    def _stored_stem(self, upload_name: str) -> str:
        stem, _ = posixpath.splitext(posixpath.basename(upload_name))
        try:
            # Clean first, as storage will: what it drops must not count.
            stem = self.storage.get_valid_name(stem)
        except SuspiciousFileOperation:
            stem = ""
        # Cut by bytes, then drop a character the cut split in two.
        stem = stem.encode()[:STEM_MAX_BYTES].decode(errors="ignore")
        # A leading dot hides the file; a name of only dots is refused.
        return stem.strip(".") or "image"
