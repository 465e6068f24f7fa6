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

from itertools import groupby
from types import SimpleNamespace

from django.template.defaultfilters import (
    date,
    linebreaksbr,
    pluralize,
    truncatechars,
)
from django.template.defaulttags import querystring as django_querystring
from django.templatetags.static import static
from django.utils.timezone import template_localtime
from jinja2 import Environment

from articles.markdown import render_markdown
from articles.presenters import options, rendered_options
from backpain.urlcache import url
from images.presenters import picture


def date_filter(value, arg=None) -> str:
    """`|date("j F Y")`: Django's filter, in the current time zone like `|date:`."""
    return date(template_localtime(value), arg)


def markdown(text, id_prefix: str):
    """`{{ condition.urgent_care|markdown("urgent") }}`: the prefix is required.

    Each text on a page needs its own, so two texts citing footnote 1 do not
    both render id="…fn-1".
    """
    return render_markdown(text or "", id_prefix=id_prefix)


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


def environment(**kwargs) -> Environment:
    env = Environment(**kwargs)
    env.globals.update(
        static=static, url=url, querystring=querystring, picture_context=picture
    )
    env.filters.update(
        date=date_filter,
        linebreaksbr=linebreaksbr,
        markdown=markdown,
        options=options,
        rendered_options=rendered_options,
        pluralize=pluralize,
        regroup=regroup,
        truncatechars=truncatechars,
    )
    return env
