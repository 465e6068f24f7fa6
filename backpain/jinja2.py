"""Jinja2 for the public pages: off until settings add one TEMPLATES entry.

With this entry first in TEMPLATES, the pages whose templates are in
templates/jinja2/ render with Jinja2; everything else (the admin, error pages,
form widgets) keeps using the Django templates:

    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "backpain.jinja2.environment"},
    },

Each Jinja2 template mirrors the Django template of the same name and gives
the same HTML (tests/render/test_jinja2.py compares them page by page), so a
change to one needs the same change to the other. Partials are macros with
explicit inputs, the Jinja2 form of `{% include … with … only %}`.
"""

from __future__ import annotations

from itertools import groupby
from types import SimpleNamespace

from django.template.defaultfilters import date, linebreaksbr, pluralize
from django.template.defaulttags import querystring as django_querystring
from django.templatetags.static import static
from django.urls import reverse
from django.utils.timezone import template_localtime
from jinja2 import Environment

from articles.presenters import options
from articles.templatetags.articles import markdown_filter
from images.templatetags.images import picture


def date_filter(value, arg=None) -> str:
    """`|date("j F Y")`: Django's filter, in the current time zone like `|date:`."""
    return date(template_localtime(value), arg)


def url(viewname: str, **kwargs) -> str:
    """`{{ url("exercises:detail", slug=exercise.slug) }}`, like `{% url %}`."""
    return reverse(viewname, kwargs=kwargs or None)


def querystring(request, **kwargs) -> str:
    """`{{ querystring(request, page=2) }}`, like `{% querystring page=2 %}`."""
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
        markdown=markdown_filter,
        options=options,
        pluralize=pluralize,
        regroup=regroup,
    )
    return env
