"""Whole public pages cached for anonymous visitors.

A visitor without a session cookie gets the page from the cache (local memory by
default; with REDIS_URL, Redis behind each process's own copy,
articles/immutable_cache.py) when one was rendered since the content
last changed: one query (the content version, articles/freshness.py) and no
template. Anyone with a session cookie (the authors) always gets a fresh page.

Keys are normalised: only the parameters a page reads count, in a fixed order,
so `?utm_source=x` or a different parameter order does not multiply entries, and
the view itself sees the normalised query (its links are then canonical too).

Every public page also answers conditional requests: ETag and Last-Modified,
and 304 when they match. `BACKPAIN_PAGE_CACHE=0` turns the cache off (for the
benchmark and for debugging); conditional GET stays.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from . import freshness, immutable_cache

PAGE = "page"
STATUS_HEADER = "X-Page-Cache"
CACHE_SECONDS = 60 * 60 * 24  # keys change with the content; this only bounds


def _filter_params(filterset_path: str) -> tuple[str, ...]:
    from django.utils.module_loading import import_string

    return (*import_string(filterset_path).base_filters, PAGE)


# The public pages, by URL name, and the query parameters each one reads.
PUBLIC_PAGES: dict[str, tuple[str, ...] | str] = {
    "home": (),
    "exercises:list": "exercises.filters.ExerciseFilter",
    "exercises:detail": (),
    "conditions:list": (),
    "conditions:detail": (),
    "authors:detail": (),
    "articles:updates": "articles.filters.UpdateFilter",
    "search:results": ("q", "type", PAGE, "as_typed"),
}


def page_params(view_name: str) -> tuple[str, ...] | None:
    """The parameters a public page reads; None for any other page."""
    params = PUBLIC_PAGES.get(view_name)
    if isinstance(params, str):
        params = PUBLIC_PAGES[view_name] = _filter_params(params)
    return params


def normalised_query(query: QueryDict, params: tuple[str, ...]) -> QueryDict:
    normal = QueryDict(mutable=True)
    for name in sorted(params):
        # Parameters in a fixed order; a parameter's values keep theirs, as
        # pages report them in the order given.
        values = list(dict.fromkeys(v for v in query.getlist(name) if v.strip()))
        if values:
            normal.setlist(name, values)
    normal._mutable = False
    return normal


class PublicPageCacheMiddleware:
    """Put right after SecurityMiddleware and WhiteNoise: a cached page then
    skips sessions, authentication and the view altogether."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or (
            settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return self.get_response(request)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        params = page_params(match.view_name)
        if params is None:
            return self.get_response(request)

        query = normalised_query(request.GET, params)
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()
        if not settings.BACKPAIN_PAGE_CACHE:
            # No version query: the page costs what its view costs.
            response = self.get_response(request)
            if self._shareable(response):
                self._describe(response, None)
                response = self._conditional(request, response, None)
            return response

        version = freshness.current()
        key = self._key(request, version)
        response = immutable_cache.get(key) if request.method == "GET" else None
        if response is None:
            response = self.get_response(request)
            if not self._shareable(response):
                return response
            self._describe(response, version)
            if request.method == "GET":
                immutable_cache.set(key, response, CACHE_SECONDS)
            response[STATUS_HEADER] = "miss"
        else:
            # Says where the page came from, for debugging and the benchmark.
            response[STATUS_HEADER] = "hit"
        return self._conditional(request, response, version)

    @staticmethod
    def _conditional(request, response, version: freshness.Version | None):
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=int(version.changed_at.timestamp()) if version else None,
            response=response,
        )

    @staticmethod
    def _key(request: HttpRequest, version: freshness.Version) -> str:
        # The host and scheme count: later pages may carry absolute links.
        url = request.build_absolute_uri()
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"page:{version.token}:{digest}"

    @staticmethod
    def _shareable(response: HttpResponse) -> bool:
        """Only a plain successful page that is the same for every visitor."""
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Cache-Control")
            # Vary: Cookie (a view looked at request.user) is what this cache
            # keys on anyway: no session cookie, the anonymous page.
            and response.get("Vary", "Cookie") == "Cookie"
        )

    @staticmethod
    def _describe(response: HttpResponse, version: freshness.Version | None) -> None:
        # SHA-256, cut to MD5's length: most server CPUs hash it in hardware, at
        # less than half MD5's cost for a 27 KB list page.
        digest = hashlib.sha256(response.content).hexdigest()[:32]
        response["ETag"] = f'"{digest}"'
        if version is not None:
            response["Last-Modified"] = http_date(version.changed_at.timestamp())
        # Browsers and proxies may keep it but must ask again (a cheap 304).
        response["Cache-Control"] = "public, no-cache"
