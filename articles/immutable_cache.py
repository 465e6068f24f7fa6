"""The shared cache, with this process's memory in front, for keys whose value
never changes.

Pages and figures are kept under the content version (articles/freshness.py)
and rendered Markdown under a digest of its text: a key that names its content
holds one value for ever, and a change makes a new key. What one process keeps
of them therefore cannot go stale, so they are read from its own memory first,
then from the shared cache.

That matters with Redis (REDIS_URL): each read is a round trip and an unpickle,
about 0.2 ms of CPU with redis-py even for a small value. A cached page was then
half as fast as with a per-process cache, and a condition page, whose six texts
are each read from the cache, lost a millisecond (bench/in_process.py on
PostgreSQL). Redis still shares what one server renders with every other.

The front is Django's LocMemCache under the alias LOCAL, bounded by its
MAX_ENTRIES (it drops the least recently used); settings.py adds it only with
Redis: without, the default cache is already this process's memory.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import BaseCache, cache, caches

LOCAL = "local"


def _local() -> BaseCache | None:
    return caches[LOCAL] if LOCAL in settings.CACHES else None


def get(key: str, *, here: bool = True) -> Any | None:
    """What `set` kept under `key`, here or on another server; None if nothing.

    `here=False` for values the caller keeps in this process itself (as
    objects, `freshness.derived(in_process=True)`): a pickled copy here too
    would only take the place of pages.
    """
    local = _local() if here else None
    if local is None:
        return cache.get(key)
    value = local.get(key)
    if value is None:
        value = cache.get(key)
        if value is not None:
            local.set(key, value)
    return value


def set(key: str, value: Any, timeout: int, *, here: bool = True) -> None:  # noqa: A001 (cache's own verb)
    """Keep `value`, which `key` alone determines, for every process."""
    cache.set(key, value, timeout)
    if here and (local := _local()) is not None:
        local.set(key, value, timeout)
