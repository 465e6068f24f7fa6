"""The Jinja2 environment for the public pages (templates/jinja2/).

Public pages render with Jinja2, through Django's own backend, because the
Django template language cost most of an uncached list page: every variable,
tag and loop step is a Python object call there, where Jinja2 compiles a
template to Python once. The admin and the third-party admin pages keep the
Django templates in templates/ (see TEMPLATES in backpain/settings.py).

Partials are macros with explicit inputs, the Jinja2 form of
`{% include … with … only %}`; a macro is imported once per template, not
looked up again for every card or checkbox.
"""

from __future__ import annotations

import datetime as dt
import functools
from itertools import groupby
from types import SimpleNamespace

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.defaultfilters import (
    date,
    linebreaksbr,
    pluralize,
    truncatechars,
)
from django.template.defaulttags import querystring as django_querystring
from django.templatetags.static import static
from django.utils.timezone import template_localtime
from django.utils.translation import get_language
from jinja2 import Environment, pass_environment
from markupsafe import Markup

from articles.markdown import render_markdown
from articles.presenters import rendered_options
from backpain.urlcache import slug_urls, url, urls
from images.presenters import picture


def date_filter(value, arg=None) -> str:
    """`|date("j F Y")`: Django's filter, in the current time zone like `|date:`.

    A calendar date (an update, a review) is written once per format and
    language: Django formats it letter by letter, and an exercise page writes
    eight of them, the update log thirty.
    """
    if type(value) is dt.date:
        return _calendar_date(value, arg, get_language())
    return date(template_localtime(value), arg)


@functools.lru_cache(maxsize=4096)
def _calendar_date(value: dt.date, arg: str | None, language: str | None) -> str:
    # `language` is part of the key: month names and formats follow it.
    return date(value, arg)


def markdown(text, id_prefix: str):
    """`{{ condition.urgent_care|markdown("urgent") }}`: the prefix is required.

    Each text on a page needs its own, so two texts citing footnote 1 do not
    both render id="…fn-1".
    """
    return render_markdown(text or "", id_prefix=id_prefix)


@pass_environment
def each_option(env: Environment, field, template_name: str) -> Markup:
    """`field|each_option("includes/_checkbox.html")`: a choice field's options,
    each written by that template (which gets `box`, an Option), selected as
    submitted, one per line; articles.presenters.rendered_options keeps the
    markup per content version. One string, not a loop in the template: the
    exercise list has eighty boxes."""

    fetched = []  # the template, fetched once when the markup is made

    def render(option) -> Markup:
        if not fetched:
            fetched.append(env.get_template(template_name))
        return Markup(fetched[0].render(box=option))

    boxes = rendered_options(
        field,
        render,
        name=template_name,
        # While templates reload when edited (DEBUG), so does their markup.
        keep=not env.auto_reload,
    )
    # Each box is markup its template escaped already.
    return Markup("\n".join(boxes))


@functools.lru_cache(maxsize=256)
def kept_static(path: str) -> str:
    """`{{ static("css/site.css") }}`: Django's `static()`, once per path.

    It looks the hashed name up in the manifest, quotes it and joins it to
    STATIC_URL on every call: 10 µs each, twice a page for the base
    template's links. The answer changes only with the settings (a new
    storage, STATIC_URL, DEBUG): the manifest storage reads its manifest once
    per process already, and a deploy restarts the workers.
    """
    return static(path)


@receiver(setting_changed)
def _forget_static(**kwargs) -> None:
    kept_static.cache_clear()


def querystring(request, **kwargs) -> str:
    """`{{ querystring(request, page=2) }}`, like `{% querystring page=2 %}`:
    the request's query with these changes; None drops a parameter."""
    return django_querystring(SimpleNamespace(request=request), **kwargs)


def regroup(items, attribute: str) -> list[SimpleNamespace]:
    """Like `{% regroup %}`: runs of items with the same value, in their order.

    Jinja2's own `groupby` sorts by the value first, which would put "Avoid"
    before "Helps".
    """

    def key(item):
        value = getattr(item, attribute)
        return value() if callable(value) else value

    return [
        SimpleNamespace(grouper=grouper, list=list(run))
        for grouper, run in groupby(items, key=key)
    ]


class _Environment(Environment):
    def make_globals(self, d):
        # A flat dict where Jinja2 makes a ChainMap over the environment's
        # globals: each `{% from … import … %}` takes the importing context's
        # global names minus the template's, and a ChainMap's keys answer that
        # name by name in Python, 10 µs an import, four a page. The same
        # mapping otherwise: the template's own globals over the environment's,
        # which `environment()` sets before any template loads, as Jinja2 asks
        # (a global added later would not reach a template already loaded).
        return {**self.globals, **(d or {})}


def environment(**kwargs) -> Environment:
    env = _Environment(**kwargs)
    env.globals.update(
        static=kept_static,
        url=url,
        urls=urls,
        slug_urls=slug_urls,
        querystring=querystring,
        picture_context=picture,
    )
    env.filters.update(
        date=date_filter,
        linebreaksbr=linebreaksbr,
        markdown=markdown,
        each_option=each_option,
        pluralize=pluralize,
        regroup=regroup,
        truncatechars=truncatechars,
    )
    return env
