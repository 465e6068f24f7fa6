"""How current the public pages are: the content generation.

Every write to what the public site shows (a save, delete or many-to-many change
of any model in the content apps, and the publish/unpublish queryset updates)
calls `content_changed()`. Once the transaction commits, one UPDATE bumps the
single ContentVersion row. Page caches key their entries by `current()`, so the
next request after a save is rendered afresh, by every worker and every server
that shares the database, whatever cache they use.

The row also lists upcoming publication times. `current()` counts those that
have passed, so a scheduled article going live changes the key by itself,
without anyone writing anything when it happens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from django.apps import apps
from django.db import connections, router, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from . import immutable_cache
from .cursors import statement_cursor

# Apps whose models appear on public pages; any change there bumps the version.
CONTENT_APPS = ("articles", "authors", "exercises", "conditions")
# Changes that never show on a public page.
IGNORED_MODELS = {"articles.contentversion", "exercises.importrecord"}


@dataclass(frozen=True)
class Version:
    token: str  # part of a cache key: changes whenever a public page may change
    changed_at: dt.datetime  # for Last-Modified


# The version as a request first read it: the page cache and every figure kept
# for a page then share one query. None outside a request.
_per_request: ContextVar[dict | None] = ContextVar("content_version", default=None)


def current() -> Version:
    """The public pages' current version: one query, once per request."""
    held = _per_request.get()
    if held and "version" in held:
        return held["version"]
    version = _current()
    if held is not None:
        held["version"] = version
    return version


def _current() -> Version:
    generation, stamp, scheduled = _read() or (0, timezone.now(), [])
    changed_at = stamp
    now = timezone.now()
    passed = [t for t in map(dt.datetime.fromisoformat, scheduled) if t <= now]
    if passed:
        changed_at = max(changed_at, passed[-1])
    # changed_at tells one database's generation 1 from another's (a shared cache
    # may outlive a database).
    token = f"{generation}.{len(passed)}.{stamp.timestamp():.6f}"
    return Version(token=token, changed_at=changed_at)


T = TypeVar("T")
# Keys change with the content; this only bounds how long an unused one stays.
DERIVED_SECONDS = 60 * 60 * 24


def derived(name: str, compute: Callable[[], T], *, in_process: bool = False) -> T:
    """`compute()`, worked out once per content version and shared through the
    cache by every worker (and every server, with Redis).

    For figures that summarise the whole library, such as how many exercises
    each region has: they cost a pass over every row, so recounting them on each
    request would make pages slower as the library grows, while they change only
    when the content does. Not for a page's own rows, which are read fresh; the
    one exception is a broad search's order (search.engine._page), which costs
    a pass over every match too.
    `in_process` also keeps the newest value in this process's memory (`kept`),
    for large values read on many requests (search's vocabulary), where fetching
    and unpickling from the cache each time would cost more than the query.
    """
    if _waiting_to_commit():
        # This transaction changed content the version does not count yet: what
        # is cached may predate it.
        return compute()
    token = current().token
    if in_process:
        return _kept(name, token, lambda: _shared(name, token, compute, here=False))
    return _shared(name, token, compute)


def kept(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, worked out once per content version in this process only.

    For what every request reads and that is cheap to make but not to make on
    every request, or that cannot be pickled for the shared cache (markup
    rendered by a template's macro). `name` must not carry visitors' text: one
    value is kept per name, the newest.
    """
    if _waiting_to_commit():
        return compute()
    return _kept(name, current().token, compute)


def kept_each(name: str, key: str, compute: Callable[[], T], *, most: int) -> T:
    """`compute()` once per content version and `key`, in this process only.

    For many small values of one kind, keyed by what visitors chose (a list's
    SQL for each set of filters, the condition guides for each set of regions),
    where a round trip to the shared cache and unpickling cost more than the
    value: up to `most` keys, then it starts again.
    """
    values: dict[str, object] = kept(name, dict)
    if key in values:
        return values[key]
    value = compute()
    if len(values) >= most:
        values.clear()
    values[key] = value
    return value


def _shared(name: str, token: str, compute: Callable[[], T], here: bool = True) -> T:
    # Hashed: names carry visitors' text, and cache backends limit keys.
    digest = hashlib.sha256(name.encode()).hexdigest()
    key = f"derived:{digest}:{token}"
    value = immutable_cache.get(key, here=here)
    if value is None:
        value = compute()
        immutable_cache.set(key, value, DERIVED_SECONDS, here=here)
    return value


def _kept(name: str, token: str, compute: Callable[[], T]) -> T:
    held = _in_process.get(name)
    if held and held[0] == token:
        return held[1]
    value = compute()
    _in_process[name] = (token, value)
    return value


# name -> (version token, value), the newest only: kept() and
# derived(in_process=True) share it, so their names use different prefixes.
_in_process: dict[str, tuple[str, object]] = {}


def forget_kept() -> None:
    """Drop what this process keeps; the shared cache is cleared on its own.
    For tests, whose databases return to the same version again and again."""
    _in_process.clear()


def _read() -> tuple[int, dt.datetime, list[str]] | None:
    # Every page view reads this row, cached pages included, where it is most
    # of the work: plain SQL skips compiling an ORM query each time.
    model = apps.get_model("articles", "ContentVersion")
    connection = connections[router.db_for_read(model)]
    table = connection.ops.quote_name(model._meta.db_table)
    with statement_cursor(connection) as cursor:
        cursor.execute(
            f"SELECT generation, changed_at, scheduled FROM {table} WHERE id = %s",
            [1],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    generation, changed_at, scheduled = row
    # SQLite hands back text where PostgreSQL hands back values.
    if isinstance(changed_at, str):
        changed_at = parse_datetime(changed_at)
    if timezone.is_naive(changed_at):
        changed_at = timezone.make_aware(changed_at, dt.UTC)
    if isinstance(scheduled, str):
        scheduled = json.loads(scheduled)
    return generation, changed_at, scheduled


def content_changed() -> None:
    """Bump the version once the current transaction commits (at once outside
    one); many changes in one transaction bump it once."""
    if not _waiting_to_commit():
        transaction.on_commit(_bump)


def _waiting_to_commit() -> bool:
    # A rolled-back transaction drops its callbacks with it, so this list, not
    # a flag of ours, says whether a bump is waiting.
    connection = transaction.get_connection()
    return any(func is _bump for _, func, _ in connection.run_on_commit)


def _bump() -> None:
    held = _per_request.get()
    if held:
        held.clear()  # this request reads the new version from here on
    model = apps.get_model("articles", "ContentVersion")
    now = timezone.now()
    updated = model.objects.filter(pk=1).update(
        generation=F("generation") + 1, changed_at=now, scheduled=_scheduled(now)
    )
    if not updated:
        model.objects.get_or_create(
            pk=1, defaults={"changed_at": now, "scheduled": _scheduled(now)}
        )


def _scheduled(now: dt.datetime) -> list[str]:
    from .models import Status, article_models

    times: set[dt.datetime] = set()
    for model in article_models():
        times.update(
            model._default_manager.filter(
                status=Status.PUBLISHED, published_at__gt=now
            ).values_list("published_at", flat=True)
        )
    return [t.isoformat() for t in sorted(times)]


def _on_write(sender, **kwargs) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    if sender._meta.label_lower not in IGNORED_MODELS:
        content_changed()


def _request_started(**kwargs) -> None:
    _per_request.set({})


def _request_finished(**kwargs) -> None:
    _per_request.set(None)


def connect_signals() -> None:
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import m2m_changed, post_delete, post_save

    request_started.connect(_request_started, dispatch_uid="freshness:request")
    request_finished.connect(_request_finished, dispatch_uid="freshness:request")

    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower in IGNORED_MODELS:
                continue
            uid = f"freshness:{model._meta.label_lower}"
            post_save.connect(_on_write, sender=model, dispatch_uid=f"{uid}:save")
            post_delete.connect(_on_write, sender=model, dispatch_uid=f"{uid}:del")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    _on_write,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}:{field.name}",
                )
