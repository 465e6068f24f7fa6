"""What the page loaders' tests share (tests/*/test_page_loader.py).

Each loader (exercises.pages, conditions.pages) must give what the ORM path it
replaced gave: the view's queryset seen through `visible_to(user)`, with
`ArticleDetailView`'s credentials prefetch. conditions.pages leaves the same
instances; exercises.pages the same exercise, and the values `page_of` builds
from the ORM's instances.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.db.models.fields.files import FieldFile
from django.template import TemplateDoesNotExist, engines
from django.test import RequestFactory
from django.utils import timezone

from articles.views import ArticleDetailView

ANONYMOUS = AnonymousUser()


def view_for(view_class: type[ArticleDetailView], slug: str, user):
    request = RequestFactory().get("/")
    request.user = user
    view = view_class()
    view.setup(request, slug=slug)
    return view


def through_orm(view_class: type[ArticleDetailView], slug: str, user):
    """The article as the view read it before its page loader."""
    view = view_for(view_class, slug, user)
    return view.get_object(view.get_queryset())


def through_view(view_class: type[ArticleDetailView], slug: str, user):
    return view_for(view_class, slug, user).get_object()


def scenarios(rich: Callable, bare: Callable) -> dict[str, tuple]:
    """(make, its keyword arguments, previewing) for each way a page is read."""
    return {
        "rich, visitor": (rich, {}, False),
        "bare, visitor": (bare, {}, False),
        "draft, previewed": (rich, {"status": "draft", "published_at": None}, True),
        "scheduled, previewed": (
            rich,
            {"published_at": timezone.now() + dt.timedelta(days=3)},
            True,
        ),
        "published, previewer": (rich, {}, True),
    }


def snapshot(obj, ancestors=(), own=False):
    """What the ORM leaves on an instance, comparable with ==.

    A deferred field is recorded as deferred, never read (reading it would load
    it). A cached relation back to an instance further up (a step's exercise, a
    link's condition) is recorded as that link, so it must be the same object,
    as the ORM makes it. `own` leaves out what was prefetched and any other
    attribute, for a loader that gives those as values of their own.
    """
    if obj is None:
        return None
    for depth, ancestor in enumerate(reversed(ancestors)):
        if obj is ancestor:
            return ("same object as the one", depth, "up")
    ancestors = (*ancestors, obj)
    fields = obj._meta.concrete_fields
    deferred = obj.get_deferred_fields()
    values = []
    for field in fields:
        if field.attname in deferred:
            values.append((field.attname, "deferred"))
            continue
        value = getattr(obj, field.attname)
        if isinstance(value, FieldFile):
            value = (type(value), value.name, getattr(value, "renditions", None))
        values.append((field.attname, type(value), value))
    known = {f.attname for f in fields} | {"_state", "_prefetched_objects_cache"}
    # The many-to-many prefetch's join column: internal to the prefetch, which
    # reads it to sort rows to their parents; nothing else does.
    extra = {
        name: [snapshot(item, ancestors) for item in value]
        for name, value in vars(obj).items()
        if name not in known
        and not name.startswith("_prefetch_related_val_")
        and not own
    }
    prefetched = None
    if hasattr(obj, "_prefetched_objects_cache") and not own:
        prefetched = {
            name: (
                type(queryset),
                queryset._prefetch_done,
                [snapshot(row, ancestors) for row in queryset._result_cache],
            )
            for name, queryset in obj._prefetched_objects_cache.items()
        }
    return {
        "model": type(obj),
        "db": obj._state.db,
        "adding": obj._state.adding,
        "values": values,
        "cached": {
            name: snapshot(value, ancestors, own)
            for name, value in sorted(obj._state.fields_cache.items())
        },
        "prefetched": prefetched,
        "extra": extra,
    }


def stored_querysets(article):
    """Every queryset a related manager of the page answers from, by name."""
    yield from article._prefetched_objects_cache.items()
    for person in ("author", "reviewed_by"):
        credentials = getattr(article, person)._prefetched_objects_cache
        yield f"{person}.credentials", credentials["credentials"]


def shape(queryset, chained_lookup: str) -> dict:
    """A related manager's queryset as later code could use it."""

    def instances(mapping):
        return {key: (type(value), value.pk) for key, value in mapping.items()}

    chained = queryset.filter(pk__gt=0).order_by("-pk")
    return {
        "class": type(queryset),
        "db": (queryset._db, queryset.db),
        "hints": instances(queryset._hints),
        "known": {
            field: instances(rows)
            for field, rows in queryset._known_related_objects.items()
        },
        "iterable": queryset._iterable_class,
        "fields": queryset._fields,
        "lookups": queryset._prefetch_related_lookups,
        "for write": queryset._for_write,
        "sql": str(queryset.query),
        "select_related": queryset.query.select_related,
        "count": queryset.count(),
        "first": queryset.first(),
        "chained sql": str(chained.query),
        "chained rows": [row.pk for row in chained],
        # Across the relation itself: the many-to-many join must be reused.
        "across": str(queryset.filter(**{chained_lookup: "x"}).query),
    }


def renderers(view_class, template_name: str, article, user) -> list[Callable[[], str]]:
    """For each engine that has the template, a call that works out the page's
    context from what the view read (its presenters) and renders the page; the
    caller counts its queries."""
    request = RequestFactory().get(article.get_absolute_url())
    request.user = user
    view = view_class()
    view.setup(request, slug=article.slug)
    view.object = view.get_object()

    def render(template) -> str:
        context = view.get_context_data(object=view.object)
        return template.render(context, request)

    found = []
    for engine in engines.all():
        try:
            template = engine.get_template(template_name)
        except TemplateDoesNotExist:
            continue
        found.append(lambda template=template: render(template))
    assert found
    return found


def sent_once_prepared(load: Callable[[], object]) -> tuple[int, int]:
    """(round trips, statements parsed) of `load()` on PostgreSQL once psycopg
    has prepared its statements (`prepared_after_five`)."""
    from django.db import connection

    from .helpers import postgres_protocol

    threshold = connection.connection.prepare_threshold
    assert threshold is not None
    for _ in range(threshold + 1):
        load()
    with postgres_protocol() as sent:
        assert load() is not None
    return sent.round_trips, sent.parsed
