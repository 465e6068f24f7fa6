"""Putting back an earlier version, and keeping a deleted article's last state.

django-reversion stores a version of a row, with its parts, at every save in
the admin (articles/tracking.py says what belongs to what). Its own revert writes
the stored rows "raw": past `Article.save()` and its edit lock, and unseen by the
signals that reindex search and refresh cached pages. `version_restore` puts a
version back through ordinary saves and deletes instead, so a restore is held to
the same rules as a save in the admin and the public site follows it at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

import reversion
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models
from django.utils import timezone
from django.utils.formats import date_format
from reversion.models import Version

from .tracking import links_of, parts_of

# Bumped by every save; a restore continues from the current one (see below).
LOCK_FIELD = "version"


class RestoreRefused(Exception):
    """A version that cannot be put back; the message tells the author why.
    Nothing was written."""


@dataclass
class Restored:
    obj: models.Model
    # What could not come back because what it pointed to is gone, in words.
    left_out: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoredRow:
    obj: models.Model  # unsaved, as stored
    label: str  # its name when stored: what it points to may be gone since


@dataclass(frozen=True)
class _Relation:
    name: str
    model: type[models.Model]
    # Column values that make a row part of the restored one.
    link: dict[str, object]


def saved_on(version: Version) -> str:
    """When a version was saved, as the admin shows dates."""
    return date_format(
        timezone.localtime(version.revision.date_created), "DATETIME_FORMAT"
    )


def with_parts(queryset: models.QuerySet) -> models.QuerySet:
    """Rows ready to be recorded: their parts read in one query each."""
    model = queryset.model
    return queryset.prefetch_related(*parts_of(model), *links_of(model))


def revision_record(*, objs: Iterable[models.Model], by, comment: str) -> None:
    """Store the rows as they are now, with their parts, as one revision.

    For changes the admin makes without a form (publishing from the list) and for
    the last state of rows about to be deleted, which is what "recover deleted"
    brings back.
    """
    if reversion.is_active():
        # An open revision is written when it closes, keeping only the rows that
        # still exist then: a deleted row's last state would be dropped.
        raise RuntimeError("revision_record() must run outside create_revision().")
    with reversion.create_revision():
        reversion.set_user(by)
        reversion.set_comment(comment)
        for obj in objs:
            reversion.add_to_revision(obj)


def deleted_versions(model: type[models.Model]) -> models.QuerySet:
    """The last stored version of each row of `model` that no longer exists."""
    return (
        Version.objects.get_deleted(model)
        .select_related("revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def version_restore(
    *,
    version: Version,
    by,
    keep: Collection[str] = (),
    seen_version: int | None = None,
) -> Restored:
    """Make the row `version` belongs to what it was then, with its parts.

    A row that was deleted comes back with its parts and with its links to other
    articles; an existing one gets its parts back as they were, and keeps its
    links (other articles' authors edit those). `keep` names fields left as they
    are now (a plain author cannot change a byline). Rows pointing at something
    deleted since are left out, or lose that pointer when it is optional; the
    result lists them. `seen_version` is the article's edit-lock version when
    the author chose to restore: if someone saved since, nothing is restored.

    Recorded as a new revision by `by`, so a restore can itself be undone.
    """
    model = model_of(version)
    pk = model._meta.pk.to_python(version.object_id)
    try:
        with reversion.create_revision():
            current = model._default_manager.select_for_update().filter(pk=pk).first()
            if current is not None and seen_version is not None:
                if getattr(current, LOCK_FIELD, seen_version) != seen_version:
                    raise RestoreRefused(
                        "Someone saved this page after you opened the version to "
                        "restore; nothing was restored. Open its history again to "
                        "see their change."
                    )
            reversion.set_user(by)
            if current is None:
                reversion.set_comment(f"Recovered as saved on {saved_on(version)}.")
            else:
                reversion.set_comment(f"Restored the version of {saved_on(version)}.")
            restored = _restore(version, current, pk, set(keep))
            reversion.add_to_revision(restored.obj)
    except IntegrityError as error:
        raise RestoreRefused(
            "The database refused this version as it is now; nothing was restored "
            f"({error})."
        ) from error
    return restored


def model_of(version: Version) -> type[models.Model]:
    return ContentType.objects.get_for_id(version.content_type_id).model_class()


def _restore(version, current, pk, keep) -> Restored:
    model = model_of(version)
    stored = version.field_dict
    names = parts_of(model) + (links_of(model) if current is None else ())
    relations = list(_relations(model, pk, names))
    rows = {rel.name: _stored_rows(version, rel) for rel in relations}
    root = _stored_root(model, stored, current, keep)
    m2m = {
        f: list(stored[f.attname])
        for f in model._meta.many_to_many
        if f.remote_field.through._meta.auto_created and f.attname in stored
    }

    check = _TargetCheck()
    check.want(root, skip=())
    for f, ids in m2m.items():
        check.want_many(f.related_model, ids)
    for rel in relations:
        for row in rows[rel.name]:
            check.want(row.obj, skip=rel.link)
    check.run()

    left_out: list[str] = []
    for f in check.missing_targets(root):
        if not f.null:
            raise RestoreRefused(
                f"It cannot be restored: its {f.verbose_name} no longer exists."
            )
        setattr(root, f.attname, None)
        left_out.append(f"the {f.verbose_name} (it no longer exists)")
    try:
        root.clean()
        root.validate_unique()
        root.validate_constraints()
    except ValidationError as error:
        raise RestoreRefused(
            "It cannot be restored as it was: " + " ".join(error.messages)
        ) from error

    if current is None:
        root.save(force_insert=True)
        if stored.get("created_at") and hasattr(root, "created_at"):
            # The insert stamps "now"; the article was created long before.
            root.created_at = stored["created_at"]
            model._base_manager.filter(pk=root.pk).update(created_at=root.created_at)
    else:
        root.save()
    for f, ids in m2m.items():
        kept = [i for i in ids if check.exists(f.related_model, i)]
        if len(kept) < len(ids):
            left_out.append(f"{len(ids) - len(kept)} of the {f.verbose_name} (deleted)")
        getattr(root, f.name).set(kept)

    for rel in relations:
        if current is not None:
            # Deleted and written again, not updated in place: two rows swapping
            # a unique value (a variant's link name) never meet half-way.
            getattr(root, rel.name).all().delete()
        left_out += _write_rows(rows[rel.name], check)
    return Restored(obj=root, left_out=left_out)


def _stored_root(model, stored: dict, current, keep) -> models.Model:
    """The row as stored: a new instance in place of a deleted one, else the
    current one with the stored values (except `keep` and the edit lock)."""
    if current is None:
        root = model(
            **{
                f.attname: stored[f.attname]
                for f in model._meta.concrete_fields
                if f.attname in stored
            }
        )
        if hasattr(root, LOCK_FIELD):
            # Never a number a form opened before the delete still carries.
            setattr(root, LOCK_FIELD, (stored.get(LOCK_FIELD) or 0) + 1)
        return root
    for f in model._meta.concrete_fields:
        if f.primary_key or f.name in keep or f.name == LOCK_FIELD:
            continue
        if f.attname in stored:
            setattr(current, f.attname, stored[f.attname])
    return current


def _write_rows(rows: list[StoredRow], check: _TargetCheck) -> list[str]:
    """Insert the stored parts; returns what was left out, in words."""
    left_out = []
    for row in rows:
        missing = check.missing_targets(row.obj)
        what = f"{row.obj._meta.verbose_name} “{row.label}”"
        if any(not f.null for f in missing):
            gone = ", ".join(str(f.verbose_name) for f in missing)
            left_out.append(f"{what} (its {gone} no longer exists)")
            continue
        for f in missing:
            setattr(row.obj, f.attname, None)
            left_out.append(f"the {f.verbose_name} of {what}")
        row.obj.save(force_insert=True)
    return left_out


def _relations(model, pk, names: Iterable[str]) -> Iterable[_Relation]:
    for name in names:
        relation = model._meta.get_field(name)
        child = relation.related_model
        if isinstance(relation, GenericRelation):
            content_type = ContentType.objects.get_for_model(model)
            ct_field = child._meta.get_field(relation.content_type_field_name)
            link = {
                ct_field.attname: content_type.pk,
                relation.object_id_field_name: pk,
            }
        else:
            link = {relation.field.attname: pk}
        yield _Relation(name=name, model=child, link=link)


def stored_rows(version: Version, name: str) -> list[StoredRow]:
    """The rows of relation `name` (a part or link) as `version` stored them."""
    model = model_of(version)
    pk = model._meta.pk.to_python(version.object_id)
    (rel,) = _relations(model, pk, [name])
    return _stored_rows(version, rel)


def _stored_rows(version: Version, rel: _Relation) -> list[StoredRow]:
    content_type = ContentType.objects.get_for_model(rel.model)
    rows = []
    for part in version.revision.version_set.filter(content_type=content_type):
        values = part.field_dict
        if all(values.get(k) == v for k, v in rel.link.items()):
            rows.append(StoredRow(obj=rel.model(**values), label=part.object_repr))
    rows.sort(key=lambda row: row.obj.pk)
    return rows


class _TargetCheck:
    """Which foreign keys of the rows to restore point at rows that are gone:
    one query per related model, however many rows."""

    def __init__(self):
        self._wanted: dict[type[models.Model], set] = defaultdict(set)
        self._found: dict[type[models.Model], set] = {}
        self._fields: dict[int, list[models.ForeignKey]] = {}

    def want(self, row: models.Model, *, skip: Collection[str]) -> None:
        fields = [
            f
            for f in row._meta.concrete_fields
            if f.is_relation and f.attname not in skip and getattr(row, f.attname)
        ]
        self._fields[id(row)] = fields
        for f in fields:
            self._wanted[f.related_model].add(getattr(row, f.attname))

    def want_many(self, model: type[models.Model], ids: Iterable) -> None:
        self._wanted[model].update(ids)

    def run(self) -> None:
        for model, ids in self._wanted.items():
            self._found[model] = set(
                model._base_manager.filter(pk__in=ids).values_list("pk", flat=True)
            )

    def exists(self, model: type[models.Model], pk) -> bool:
        return pk in self._found.get(model, ())

    def missing_targets(self, row: models.Model) -> list[models.ForeignKey]:
        return [
            f
            for f in self._fields[id(row)]
            if not self.exists(f.related_model, getattr(row, f.attname))
        ]
