"""Which models keep a history of their changes, and what belongs to each.

Models are registered where they are defined, with `@track(...)`, because
django-reversion must know them before the admin is loaded. A version of an
article holds the article and every row listed in `parts` and `links`, so one
revision is the whole page as it was: steps, images, variants, update log.

- `parts` are edited on the article's own admin page. Restoring a version puts
  them back exactly as they were (rows added since are removed).
- `links` are rows shared with another article, edited on that article's page
  (a condition's link to an exercise). They are recorded so a deleted article
  comes back with them, but restoring an older version of an article that still
  exists leaves them as the other article's authors made them.
"""

from __future__ import annotations

from collections.abc import Callable

import reversion
from django.db import models

_links: dict[type[models.Model], tuple[str, ...]] = {}
_parts: dict[type[models.Model], tuple[str, ...]] = {}


def track(
    *, parts: tuple[str, ...] = (), links: tuple[str, ...] = ()
) -> Callable[[type[models.Model]], type[models.Model]]:
    """Class decorator: record every saved change of the model (django-reversion)
    with its `parts` and `links` (names of reverse relations)."""

    def register(model: type[models.Model]) -> type[models.Model]:
        reversion.register(model, follow=(*parts, *links))
        _parts[model] = parts
        _links[model] = links
        return model

    return register


def parts_of(model: type[models.Model]) -> tuple[str, ...]:
    return _parts.get(model, ())


def links_of(model: type[models.Model]) -> tuple[str, ...]:
    return _links.get(model, ())
