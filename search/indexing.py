"""Keeps the search entries in step with the articles.

Every write that changes what search shows of an article marks the article: its
own save or delete, a step, variant or region saved or deleted, equipment or a
region renamed, a many-to-many change, publishing and unpublishing. When the
transaction commits, the marked articles' entries are written again from the
database (search.documents), all of them in one transaction, and the content
version is bumped, so no cached results page outlives the change. A failure
there is logged and does not undo the save; `manage.py rebuild_search_index`
writes every entry anew.
"""

from __future__ import annotations

import logging
import weakref
from collections import defaultdict
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connections, router, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from articles import freshness
from articles.models import Article
from articles.signals import publication_changed
from conditions.models import Condition
from exercises.models import (
    BodyRegion,
    Equipment,
    Exercise,
    ExerciseRegion,
    ExerciseStep,
    StretchVariant,
)

from .backends import backend
from .documents import INDEXED, documents
from .models import SearchEntry, SearchKey

logger = logging.getLogger(__name__)

Key = tuple[type[Article], int]
ATTEMPTS = 3


class _Pending:
    """The articles a transaction marked; reindexed once it commits."""

    def __init__(self, using: str):
        self.using = using
        self.keys: set[Key] = set()

    def __call__(self) -> None:
        keys, self.keys = self.keys, set()
        by_model: dict[type[Article], set[int]] = defaultdict(set)
        for model, pk in keys:
            by_model[model].add(pk)
        for model, pks in by_model.items():
            try:
                reindex(model, pks, using=self.using)
            except Exception:
                # The save itself has committed; only its search entries lag.
                logger.exception(
                    "Search: could not reindex %s %s; "
                    "run manage.py rebuild_search_index",
                    model._meta.verbose_name_plural,
                    sorted(pks),
                )


# One per database connection (each thread has its own connections).
_pending: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def mark(model: type[Article], pks: Iterable[int], *, using: str | None = None):
    """Reindex these articles when the current transaction commits."""
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return
    using = using or router.db_for_write(model)
    connection = connections[using]
    pending = _pending.get(connection)
    if pending is None:
        pending = _pending[connection] = _Pending(using)
    # Marks left by a transaction that was rolled back stay in the set: an
    # extra reindex is harmless, while clearing here could drop the marks of a
    # transaction whose callbacks Django is running right now.
    pending.keys.update((model, pk) for pk in pks)
    if not any(func is pending for _, func, _ in connection.run_on_commit):
        transaction.on_commit(pending, using=using, robust=True)


def reindex(model: type[Article], pks: Iterable[int], *, using: str = "default"):
    """Write these articles' entries again; drafts and deleted ones lose theirs."""
    pks = set(pks)
    content_type = ContentType.objects.db_manager(using).get_for_model(model)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with transaction.atomic(using=using):
                old = SearchEntry.objects.using(using).filter(
                    content_type=content_type, object_id__in=pks
                )
                _replace(old, content_type, documents(model, pks), using=using)
                # Results pages cached since the article's own commit are stale.
                freshness.content_changed()
            return
        except IntegrityError:
            # On PostgreSQL two servers can reindex one article at once, and
            # the second insert meets the first's entry. Once that has
            # committed, a fresh attempt reads the article again and replaces
            # it. (SQLite lets one writer in at a time.)
            if attempt == ATTEMPTS:
                raise


def rebuild(*, using: str = "default") -> int:
    """Every entry written anew from the articles; returns how many."""
    count = 0
    with transaction.atomic(using=using):
        with connections[using].cursor() as cursor:
            backend(using).clear(cursor)
        SearchEntry.objects.using(using).all().delete()
        for model in INDEXED:
            content_type = ContentType.objects.db_manager(using).get_for_model(model)
            count += _replace(
                SearchEntry.objects.none(), content_type, documents(model), using=using
            )
        freshness.content_changed()
    return count


def _replace(old, content_type, found, *, using: str) -> int:
    engine = backend(using)
    with connections[using].cursor() as cursor:
        engine.forget(cursor, list(old.values_list("pk", flat=True)))
        old.delete()
        entries, keys = [], []
        for pk, document in found:
            entry = SearchEntry(
                content_type=content_type,
                object_id=pk,
                kind=document.kind,
                url=document.url,
                published_at=document.published_at,
                title=document.title,
                names="\n".join(document.names),
                summary=document.summary,
                regions="\n".join(document.regions),
                body=document.body,
            )
            entries.append(entry)
            keys.append(document.keys)
        SearchEntry.objects.using(using).bulk_create(entries, batch_size=500)
        SearchKey.objects.using(using).bulk_create(
            [
                SearchKey(entry=entry, key=key[:300])
                for entry, entry_keys in zip(entries, keys, strict=True)
                for key in sorted(entry_keys)
            ],
            batch_size=500,
        )
        engine.write(cursor, entries)
    return len(entries)


# Signals -----------------------------------------------------------------------


def _article_saved(sender, instance, raw=False, using=None, **kwargs):
    if not raw:
        mark(sender, [instance.pk], using=using)


def _part_changed(sender, instance, raw=False, using=None, **kwargs):
    # Steps, variants and region links belong to one exercise.
    if not raw:
        mark(Exercise, [instance.exercise_id], using=using)


def _name_changed(sender, instance, raw=False, using=None, created=False, **kw):
    """A region or piece of equipment renamed, or a region deleted: every
    article showing it (on delete, before its links go with it). Equipment in
    use cannot be deleted; a new one is on nothing yet."""
    if raw or created:
        return
    if sender is BodyRegion:
        mark(
            Exercise,
            ExerciseRegion.objects.filter(region=instance).values_list(
                "exercise_id", flat=True
            ),
            using=using,
        )
        mark(
            Condition,
            instance.conditions.values_list("pk", flat=True),
            using=using,
        )
    else:
        mark(Exercise, instance.exercises.values_list("pk", flat=True), using=using)


def _links_changed(sender, instance, action, reverse, model, pk_set, using, **kw):
    """Equipment and regions of an exercise, regions of a condition, from
    either side."""
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            mark(type(instance), [instance.pk], using=using)
    elif action in ("post_add", "post_remove"):
        mark(model, pk_set, using=using)
    elif action == "pre_clear":
        # Taken off every article: which ones is only known before.
        linked = getattr(instance, f"{model._meta.model_name}s")
        mark(model, linked.values_list("pk", flat=True), using=using)


def _publication_changed(sender, pks, using=None, **kwargs):
    mark(sender, pks, using=using)


def connect_signals() -> None:
    for model in INDEXED:
        uid = f"search:{model._meta.label_lower}"
        post_save.connect(_article_saved, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(_article_saved, sender=model, dispatch_uid=f"{uid}:del")
        publication_changed.connect(
            _publication_changed, sender=model, dispatch_uid=f"{uid}:publish"
        )
    for part in (ExerciseStep, StretchVariant, ExerciseRegion):
        uid = f"search:{part._meta.label_lower}"
        post_save.connect(_part_changed, sender=part, dispatch_uid=f"{uid}:save")
        post_delete.connect(_part_changed, sender=part, dispatch_uid=f"{uid}:del")
    for named in (BodyRegion, Equipment):
        uid = f"search:{named._meta.label_lower}"
        post_save.connect(_name_changed, sender=named, dispatch_uid=f"{uid}:save")
    pre_delete.connect(
        _name_changed, sender=BodyRegion, dispatch_uid="search:bodyregion:del"
    )
    for through in (
        Exercise.equipment.through,
        Exercise.regions.through,
        Condition.regions.through,
    ):
        m2m_changed.connect(
            _links_changed, sender=through, dispatch_uid=f"search:{through.__name__}"
        )
