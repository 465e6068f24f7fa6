"""Random and hostile requests to every public page never get a server error.

Hypothesis sends odd query strings, paths, headers and methods to each URL the
resolver knows outside the admin. Slugs are filled with shown pages, drafts and
made-up values, and every request is tried with the page cache off and on. A
request may be refused (400, 403, 404, 405, 413), but no exception may escape,
nothing may answer 5xx, no redirect may leave the site, no draft may be shown,
and no anonymous visitor may be given a cookie.

With CI=true the examples are fixed (derandomised), so a run is repeatable. Set
BACKPAIN_FUZZ_EXAMPLES to try more per test locally, e.g. 2000.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlencode, urlsplit

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st

from articles import page_cache
from search.models import Kind as SearchKind

from ..helpers import site_requests
from .site import FILTER_VALUES, SLUGS

pytestmark = pytest.mark.django_db

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
EXAMPLES = int(os.environ.get("BACKPAIN_FUZZ_EXAMPLES") or 0)

settings.register_profile(
    "backpain-fuzz",
    # Page times vary (the first request compiles templates), and a slow page
    # is not what these tests are about.
    deadline=None,
    # Nothing written to the working tree: a failure prints its example, and
    # in CI `derandomize` replays the same examples anyway.
    database=None,
    derandomize=IN_CI,
    print_blob=True,
    # Examples that build thousands of query keys take a moment to make.
    suppress_health_check=[HealthCheck.too_slow],
)
FUZZ = settings.get_profile("backpain-fuzz")


def fuzz(examples: int) -> settings:
    """The profile with this test's share of the runtime budget (under a minute
    for the module on each database)."""
    return settings(FUZZ, max_examples=EXAMPLES or examples)


# --- The public URLs, read from the resolver --------------------------------


@dataclass(frozen=True)
class PublicPattern:
    name: str | None  # "exercises:detail"; None if unnamed (it cannot be filled)
    route: str  # "exercises/<slug:slug>/", for messages
    keywords: tuple[str, ...]
    converters: dict[str, object]
    callback: Callable


def public_patterns() -> list[PublicPattern]:
    """Every URL pattern outside the admin, which is behind a login."""
    found: list[PublicPattern] = []

    def walk(entries, prefix: str, namespace: str, keywords: dict) -> None:
        for entry in entries:
            # Each keyword with its converter; a re_path() group has none.
            here = {
                **keywords,
                **dict.fromkeys(entry.pattern.regex.groupindex),
                **getattr(entry.pattern, "converters", {}),
            }
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                if entry.app_name == "admin":
                    continue
                inner = ":".join(filter(None, [namespace, entry.namespace]))
                walk(entry.url_patterns, route, inner, here)
            elif isinstance(entry, URLPattern):
                name = entry.name and ":".join(filter(None, [namespace, entry.name]))
                converters = {k: c for k, c in here.items() if c is not None}
                found.append(
                    PublicPattern(name, route, tuple(here), converters, entry.callback)
                )

    walk(get_resolver().url_patterns, "/", "", {})
    return found


PATTERNS = public_patterns()
FILLABLE = [
    p for p in PATTERNS if p.name and set(p.keywords) <= set(SLUGS.get(p.name, {}))
]


@dataclass(frozen=True)
class Target:
    name: str
    path: str
    hidden: bool  # a draft or a scheduled article: must never answer 200


def root_files() -> list[Target]:
    """The files WhiteNoise serves at the site root (/favicon.ico): public too,
    but not in the resolver."""
    root = Path(django_settings.WHITENOISE_ROOT)
    return [
        Target(f"root:{path.name}", f"/{path.relative_to(root).as_posix()}", False)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    ]


ROOT_FILES = root_files()


def view_class(pattern: PublicPattern):
    return getattr(pattern.callback, "view_class", None)


def known_params(pattern: PublicPattern) -> set[str]:
    """The query parameters the page reads: its FilterSet's, its paginator's and
    what the page cache keeps for it (which covers function views)."""
    names = set(page_cache.page_params(pattern.name) or ())
    cls = view_class(pattern)
    filterset = getattr(cls, "filterset_class", None)
    if filterset is not None:
        names |= set(filterset.base_filters)
    if getattr(cls, "page_kwarg", None):
        names.add(cls.page_kwarg)
    return names


def known_values() -> set[str]:
    """Values the filters offer (kinds, difficulties, sort orders), the site's
    slugs, and the search's types: values that select something."""
    values = set(FILTER_VALUES) | set(SearchKind.values) | {"1", "2", "last"}
    for pattern in PATTERNS:
        filterset = getattr(view_class(pattern), "filterset_class", None)
        for item in getattr(filterset, "base_filters", {}).values():
            choices = item.extra.get("choices")
            if choices and not callable(choices):
                values |= {str(value) for value, _ in choices}
    for keywords in SLUGS.values():
        for slugs in keywords.values():
            values |= {*slugs.shown, *slugs.hidden}
    return values


PARAM_NAMES = sorted(set().union(*(known_params(p) for p in PATTERNS)))
VALUES = sorted(known_values())


def test_every_public_url_can_be_filled():
    """A new public URL with a keyword needs values in tests/security/site.py,
    or the fuzzer could not reach it."""
    unfilled = [f"/{p.route} ({p.name})" for p in PATTERNS if p not in FILLABLE]
    assert not unfilled, f"Add these to SLUGS in tests/security/site.py: {unfilled}"
    stale = set(SLUGS) - {p.name for p in PATTERNS}
    assert not stale, f"SLUGS names URLs that no longer exist: {stale}"


def test_the_public_urls_are_found():
    names = {p.name for p in PATTERNS}
    assert {"home", "exercises:list", "exercises:detail", "search:results"} <= names
    assert not any(name.startswith("admin:") for name in names)


def test_the_fuzzer_reaches_real_pages(public_site):
    """Shown slugs answer 200, drafts and scheduled pages 404 like a made-up
    slug: otherwise the fuzzing below would only ever see error pages."""
    client = Client()
    for pattern in FILLABLE:
        if not pattern.keywords:
            assert client.get(reverse(pattern.name)).status_code == 200, pattern
            continue
        fill = SLUGS[pattern.name]
        for which, status in (("shown", 200), ("hidden", 404)):
            columns = [getattr(fill[k], which) for k in pattern.keywords]
            for values in itertools.product(*columns):
                kwargs = dict(zip(pattern.keywords, values, strict=True))
                url = reverse(pattern.name, kwargs=kwargs)
                assert client.get(url).status_code == status, url
        made_up = dict.fromkeys(pattern.keywords, "no-such-page")
        url = reverse(pattern.name, kwargs=made_up)
        assert client.get(url).status_code == 404, url
    assert ROOT_FILES
    for target in ROOT_FILES:
        response = client.get(target.path)
        assert response.status_code == 200, target
        assert b"".join(response.streaming_content), target


# --- Strategies ---------------------------------------------------------------


def _targets(pattern: PublicPattern) -> st.SearchStrategy[Target]:
    if not pattern.keywords:
        return st.just(Target(pattern.name, reverse(pattern.name), hidden=False))
    fill = SLUGS[pattern.name]

    def values(which: str, keyword: str) -> st.SearchStrategy[str]:
        if which == "made-up":
            converter = pattern.converters.get(keyword)
            if converter is not None:
                return st.from_regex(converter.regex, fullmatch=True)
            return st.just("no-such-page")
        return st.sampled_from(getattr(fill[keyword], which))

    def build(which: str) -> st.SearchStrategy[Target]:
        kwargs = st.fixed_dictionaries({k: values(which, k) for k in pattern.keywords})
        return kwargs.map(
            lambda kw: Target(
                pattern.name,
                reverse(pattern.name, kwargs=kw),
                hidden=which == "hidden",
            )
        )

    kinds = ["shown", "made-up"]
    if all(fill[k].hidden for k in pattern.keywords):
        kinds.append("hidden")
    return st.sampled_from(kinds).flatmap(build)


TARGETS = st.one_of([_targets(p) for p in FILLABLE] + [st.sampled_from(ROOT_FILES)])

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
HOSTILE = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x02\x1b[31m\x7f",
    "\r\nSet-Cookie: x=1",
    "\t",
    "\u202e",
    "\ufeff",
    "\uffff",
    "\U0010ffff",
    "'",
    '"',
    "\\",
    "' OR '1'='1",
    "'; DROP TABLE exercises_exercise; --",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% debug %}",
    "${jndi:ldap://x/a}",
    "%s%s%s%n",
    "../../etc/passwd",
    "%00",
    "%",
    "%zz",
    "&",
    "=",
    "#",
    "?",
    ";",
    "+",
    "🧘",
    "背中の痛み",
    "ﬁİß",
    "e\u0301",
)
NUMBERS = st.one_of(
    st.integers().map(str),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats().map(str),
    st.sampled_from(
        [
            "0",
            "-0",
            "00",
            "-1",
            "+1",
            " 1",
            "1 ",
            "1_000",
            "0x10",
            "1e3",
            "1.0",
            "1.5",
            "1e309",
            "٣",
            "²",
            "Ⅻ",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
        ]
    ),
    # int() refuses more than 4,300 digits.
    st.sampled_from([4_300, 4_301, 20_000]).map(lambda digits: "9" * digits),
)
LONG = st.builds(
    lambda text, times: text * times,
    st.sampled_from(["x", "é", "\x00", "bird ", "%", "🧘", "&"]),
    st.integers(100, 20_000),
)
QUERY_VALUES = st.one_of(
    st.sampled_from(VALUES), NUMBERS, st.sampled_from(HOSTILE), TEXT, LONG
)
QUERY_NAMES = st.one_of(
    st.sampled_from(PARAM_NAMES),
    st.sampled_from(
        [
            "",
            "page[]",
            "q[]",
            "PAGE",
            " page",
            "page ",
            "page\x00",
            "csrfmiddlewaretoken",
            "utm_source",
            "__proto__",
        ]
    ),
    TEXT,
    st.integers(1_000, 10_000).map(lambda length: "a" * length),
)
PAIRS = st.lists(st.tuples(QUERY_NAMES, QUERY_VALUES), max_size=12)


def _encoded(pairs: list[tuple[str, str]]) -> bytes:
    return urlencode(pairs).encode("ascii")


def _unescaped(pairs: list[tuple[str, str]]) -> bytes:
    # What a careless client sends: "&", "=" and "#" in a value break the pairs.
    return b"&".join(f"{name}={value}".encode() for name, value in pairs)


def _many(name: str, count: int, distinct: bool) -> bytes:
    return b"&".join(
        f"{name}={index if distinct else 1}".encode() for index in range(count)
    )


# Above DATA_UPLOAD_MAX_NUMBER_FIELDS too, which Django refuses with a 400.
MANY_KEYS = st.builds(
    _many,
    st.one_of(st.sampled_from(PARAM_NAMES), st.just("x")),
    st.integers(1_000, django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 2_000),
    st.booleans(),
)
RAW_QUERY_PIECES = st.sampled_from(
    [
        b"%",
        b"%0",
        b"%zz",
        b"%00",
        b"%ff",
        b"%c3%28",
        b"%c0%ae",
        b"%ed%a0%80",
        b"%e2%80%ae",
        b"\xff\xfe",
        b"\xc3",
        b"\x00",
        b"&&",
        b"==",
        b";",
        b"+",
        b"%2b",
        b"#",
        b"?",
        *(f"{name}=".encode() for name in PARAM_NAMES),
    ]
)
# Raw bytes, sent as they are: invalid percent-encoding and invalid UTF-8 too.
QUERY_STRINGS = st.one_of(
    PAIRS.map(_encoded),
    PAIRS.map(_unescaped),
    st.binary(max_size=200),
    st.lists(st.one_of(RAW_QUERY_PIECES, st.binary(max_size=12)), max_size=20).map(
        b"".join
    ),
    MANY_KEYS,
)


def _latin1(data: bytes) -> str:
    # WSGI hands Django every header and the query string as bytes read as latin-1.
    return data.decode("latin-1")


def _utf8_as_wsgi(text: str) -> str:
    return _latin1(text.encode())


GARBAGE = st.one_of(
    st.binary(max_size=60).map(_latin1),
    TEXT.map(_utf8_as_wsgi),
    st.sampled_from(HOSTILE).map(_utf8_as_wsgi),
    st.builds(lambda times: "A" * times, st.integers(1_000, 70_000)),
)


def _either(*known: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(known), GARBAGE)


def _http_date(moment: dt.datetime) -> str:
    return email.utils.format_datetime(moment, usegmt=True)


DATES = st.one_of(
    st.datetimes(timezones=st.just(dt.UTC)).map(_http_date),
    _either(
        "",
        "0",
        "-1",
        "99999999999999999999",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994",
        "Mon, 32 Foo 99999 99:99:99 GMT",
        "Sat, 01 Jan 0000 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Tue, 29 Feb 2023 00:00:00 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT; length=1",
    ),
)
ETAGS = st.one_of(
    _either("*", '"abc"', 'W/"abc"', '"', '""', "W/", '"a", W/"b"'),
    st.integers(1, 5_000).map(lambda times: '"a",' * times),
)
COOKIE_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            '""',
            '"\\000abcdefgh"',
            '"\\"\\\\"',
            "a" * 32,
            "0123456789abcdef0123456789abcdef",
            "deleted",
            '"',
            "%00",
        ]
    ),
    TEXT.map(_utf8_as_wsgi),
    st.integers(1_000, 10_000).map(lambda length: "x" * length),
)
SESSION_COOKIE = django_settings.SESSION_COOKIE_NAME
CSRF_COOKIE = django_settings.CSRF_COOKIE_NAME
COOKIE_NAMES = st.one_of(
    st.sampled_from(
        [SESSION_COOKIE, CSRF_COOKIE, "messages", "django_language", "$Version", ""]
    ),
    TEXT.map(_utf8_as_wsgi),
)
COOKIES = st.one_of(
    # The cookies Django reads, on their own, so odd values reach them often.
    COOKIE_VALUES.map(lambda value: f"{SESSION_COOKIE}={value}"),
    COOKIE_VALUES.map(lambda value: f"{CSRF_COOKIE}={value}"),
    st.lists(st.tuples(COOKIE_NAMES, COOKIE_VALUES), min_size=1, max_size=5).map(
        lambda pairs: "; ".join(f"{name}={value}" for name, value in pairs)
    ),
    GARBAGE,
)
# A well-formed key that names no session: the page cache then hands the
# query to the view as it came, instead of only the parameters the page reads.
NO_SUCH_SESSION = f"{SESSION_COOKIE}={'0' * 32}"
TOO_LARGE = str(django_settings.BACKPAIN_MAX_REQUEST_BYTES + 1)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ACCEPT_LANGUAGE": _either(
            "en-GB,en;q=0.9", "*", "de-DE-u-co-phonebk", "en;q=abc", "en;q=-1", ",;,"
        ),
        "HTTP_ACCEPT_ENCODING": _either("gzip, deflate, br, zstd", "*;q=0", "gzip;q=x"),
        "HTTP_ACCEPT": _either("text/html", "application/json", "*/*;q=0", "a/b;q=x"),
        "HTTP_IF_NONE_MATCH": ETAGS,
        "HTTP_IF_MATCH": ETAGS,
        "HTTP_IF_MODIFIED_SINCE": DATES,
        "HTTP_IF_UNMODIFIED_SINCE": DATES,
        "HTTP_IF_RANGE": st.one_of(DATES, ETAGS),
        "HTTP_RANGE": _either(
            "bytes=0-0",
            "bytes=-1",
            "bytes=0-",
            "bytes=1-0",
            "bytes=99999999999999999999-",
            "bytes=0-1,2-3,4-5",
            "lines=1-2",
            "bytes=",
        ),
        "HTTP_COOKIE": COOKIES,
        "HTTP_X_FORWARDED_FOR": _either(
            "203.0.113.9", "203.0.113.9, 10.0.0.1", "::1", "unknown", "999.1.1.1", ", ,"
        ),
        "HTTP_X_FORWARDED_PROTO": _either("https", "http", "https, http", "HTTPS", ""),
        "HTTP_X_FORWARDED_HOST": _either("evil.example", "testserver:99999"),
        "HTTP_X_REQUEST_ID": GARBAGE,
        "HTTP_REFERER": _either(
            "https://evil.example/", "javascript:alert(1)", "//evil.example", "http://"
        ),
        "HTTP_USER_AGENT": _either("Mozilla/5.0", "sqlmap/1.7", "() { :; }; echo x"),
        "HTTP_ORIGIN": _either("null", "https://evil.example"),
        "HTTP_AUTHORIZATION": _either("Basic Zm9vOmJhcg==", "Bearer x", "Basic !!"),
        "HTTP_CACHE_CONTROL": _either("no-cache", "max-age=-1", "max-age=1e99"),
        "HTTP_X_HTTP_METHOD_OVERRIDE": _either("DELETE", "PUT"),
        # Rarely sent: an unknown host is refused (400) before anything else.
        "HTTP_HOST": _either("testserver", "testserver:80", "evil.example", "[::1]"),
        # Read while Django builds the request, before any middleware.
        "CONTENT_TYPE": _either(
            "multipart/form-data; boundary=",
            "application/x-www-form-urlencoded; charset=utf-16",
            "text/plain; charset=utf-8",
            "text/plain; charset=ascii",
            "text/plain; charset=rot13",
            "text/plain; charset=base64",
            "text/plain; charset=undefined",
            "text/plain; charset=punycode",
            "text/plain; charset=x-unknown",
            "text/plain; charset=\x00",
            "text/plain; charset*=bogus''x",
            "text/plain; charset*=utf-8''%ff",
        ),
        "CONTENT_LENGTH": _either("abc", "-1", TOO_LARGE, "9" * 30),
    },
)

PATH_JUNK = (
    "/",
    "//",
    "/.",
    "/..",
    "/../..",
    "/%2e%2e",
    "/%2e%2e%2f",
    "/%252e%252e",
    "%00",
    "%2f",
    "%5c",
    "\\",
    ";jsessionid=1",
    ".php",
    "index.html",
    "~",
    "%",
    "%zz",
    "%ff",
    "%c0%af",
    "%ed%a0%80",
    "%e2%80%ae",
    "🧘",
    "?x=1",
    "#top",
    "%3f",
    "%23",
    " ",
    "%20",
    "\t",
    ".json",
    "/admin/",
    "/static/../",
    "/media/../../",
)
JUNK = st.one_of(st.sampled_from(PATH_JUNK), TEXT, st.sampled_from(HOSTILE))


def _percent_encoded(path: str) -> str:
    return "".join(f"%{byte:02X}" for byte in path.encode())


EDITS: st.SearchStrategy[Callable[[str], str]] = st.one_of(
    JUNK.map(lambda junk: lambda path: path + junk),
    JUNK.map(lambda junk: lambda path: "/" + junk.lstrip("/") + path),
    JUNK.map(lambda junk: lambda path: path.rstrip("/") + junk + "/"),
    st.just(lambda path: path.replace("/", "//")),
    st.just(str.upper),
    st.just(lambda path: "/" + _percent_encoded(path[1:])),
    st.just(lambda path: path.replace("-", "%2d")),
    st.integers(1, 200).map(lambda times: lambda path: path + "../" * times),
    st.integers(1_000, 100_000).map(lambda times: lambda path: path + "a" * times),
    st.integers(100, 5_000).map(lambda times: lambda path: path + "x/" * times),
)


@st.composite
def hostile_paths(draw) -> str:
    """A public URL as a client might send it, percent-escapes and all."""
    path = draw(TARGETS).path
    for edit in draw(st.lists(EDITS, min_size=1, max_size=3)):
        path = edit(path)
    return path


# What a server puts in PATH_INFO: the path percent-decoded, bytes as latin-1.
PATH_INFOS = st.one_of(
    hostile_paths().map(lambda path: _latin1(unquote_to_bytes(path))),
    st.binary(max_size=80).map(lambda raw: _latin1(b"/" + raw)),
)

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE", "CONNECT", "PROPFIND", "FOO")
BODIES = st.one_of(
    st.binary(max_size=300),
    PAIRS.map(_encoded),
    st.builds(
        lambda token: f"csrfmiddlewaretoken={token}&q=x".encode(),
        st.sampled_from(["", "x", "a" * 64, "%00"]),
    ),
    st.builds(
        lambda boundary, junk: b"--" + boundary + b"\r\n" + junk,
        st.sampled_from([b"x", b"", b"-" * 100]),
        st.binary(max_size=200),
    ),
    MANY_KEYS,
)
BODY_TYPES = _either(
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=rot13",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=x",
    "multipart/form-data; boundary=" + "x" * 200,
    "application/json",
    "text/plain",
    "",
)
# A stated length is honest, invalid, or over the limit: a test client cannot
# read past the body it was given, which a real server would just wait for.
BODY_LENGTHS = st.sampled_from([None, "", "abc", "-1", "0", TOO_LARGE, "9" * 30])


# --- Sending and checking -------------------------------------------------------


def send(
    *,
    cached: bool,
    path_info: str,
    method: str = "GET",
    query: bytes = b"",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    content_type: str = "",
    content_length: str | None = None,
    csrf_checks: bool = True,
) -> HttpResponse:
    environ = {"PATH_INFO": path_info, "QUERY_STRING": _latin1(query)}
    environ.update(headers or {})
    if body:
        environ["CONTENT_TYPE"] = content_type
    if content_length is not None:
        environ["CONTENT_LENGTH"] = content_length
    # A fresh client each time: no cookie carried over from an earlier example.
    client = Client(enforce_csrf_checks=csrf_checks)
    note(f"{method} {path_info[:300]!r} ?{query[:300]!r}")
    # A savepoint per request: should one fail in the database (PostgreSQL then
    # refuses everything until a rollback), the next example starts clean.
    with (
        site_requests(),
        override_settings(BACKPAIN_PAGE_CACHE=cached),
        transaction.atomic(),
    ):
        response = client.generic(method, "/", data=body, **environ)
        if response.streaming:
            # A file: reading it runs WhiteNoise's range and file handling, and
            # the client closes it at the end (closing it again here would
            # close the database connection too).
            b"".join(response.streaming_content)
        return response


def check(response: HttpResponse, *, sent_cookies: str = "") -> None:
    status = response.status_code
    assert status < 500, f"{status}: {getattr(response, 'content', b'')[:500]!r}"
    location = response.get("Location", "")
    if location:
        parts = urlsplit(location)
        assert parts.netloc in {"", "testserver"}, location
        assert not location.startswith(("//", "/\\", "\\")), location
    # A visitor is never given a cookie. One they sent may be answered: Django
    # deletes a session cookie that names no session and replaces a malformed
    # CSRF cookie (only the admin's login form sets one).
    sent = parse_cookie(sent_cookies)
    for morsel in response.cookies.values():
        assert morsel.key in sent, morsel.output()


CACHE_MODES = pytest.mark.parametrize("cached", [False, True], ids=["fresh", "cached"])


@CACHE_MODES
@fuzz(150)
@given(
    target=TARGETS,
    query=QUERY_STRINGS,
    cookie=st.sampled_from(["", NO_SUCH_SESSION]),
)
def test_query_strings(public_site, cached, target, query, cookie):
    headers = {"HTTP_COOKIE": cookie} if cookie else {}
    response = send(cached=cached, path_info=target.path, query=query, headers=headers)
    check(response, sent_cookies=cookie)
    if target.hidden:
        assert response.status_code != 200


@CACHE_MODES
@fuzz(120)
@given(path_info=PATH_INFOS, query=st.one_of(st.just(b""), QUERY_STRINGS))
def test_paths(public_site, cached, path_info, query):
    check(send(cached=cached, path_info=path_info, query=query))


# What the fuzzer found, pinned so that every run tries it again.
LIST = Target("exercises:list", reverse("exercises:list"), hidden=False)
SEARCH = Target("search:results", reverse("search:results"), hidden=False)
DRAFT_SLUG = SLUGS["exercises:detail"]["slug"].hidden[0]
DRAFT = Target(
    "exercises:detail",
    reverse("exercises:detail", kwargs={"slug": DRAFT_SLUG}),
    hidden=True,
)
# Two kinds of page found, so the results link to each: {% querystring %}.
SEARCHED = b"q=bird+stretch+%C3%A9"
FOUND_BY_HEADERS = [
    # Content-Type failed the request before any middleware (backpain/http.py).
    *(
        {"target": SEARCH, "headers": {"CONTENT_TYPE": value}, "query": SEARCHED}
        for value in [
            "text/plain; charset=rot13",
            "text/plain; charset=\x00",
            "text/plain; charset=undefined",
            "text/plain; charset*=bogus''x",
        ]
    ),
    {
        "target": SEARCH,
        "headers": {
            "CONTENT_TYPE": "text/plain; charset=ascii",
            "HTTP_COOKIE": NO_SUCH_SESSION,
        },
        "query": SEARCHED,
    },
    {
        "target": LIST,
        "headers": {"CONTENT_TYPE": "text/plain; charset=utf-8"},
        "query": _many("kind", 10_001, distinct=True),
    },
]


def pinned(cases: list[dict]):
    """An @example for each case."""

    def decorate(test):
        for case in cases:
            test = example(**case)(test)
        return test

    return decorate


@CACHE_MODES
@fuzz(150)
@given(target=TARGETS, headers=HEADERS, query=st.one_of(st.just(b""), QUERY_STRINGS))
@pinned(FOUND_BY_HEADERS)
def test_headers(public_site, cached, target, headers, query):
    response = send(cached=cached, path_info=target.path, query=query, headers=headers)
    check(response, sent_cookies=headers.get("HTTP_COOKIE", ""))
    if target.hidden:
        assert response.status_code != 200


@CACHE_MODES
@fuzz(100)
@given(target=TARGETS, cookie=COOKIES)
# PostgreSQL refused the NUL in the session key that a draft's page looks up
# (backpain/http.py).
@example(target=DRAFT, cookie=f'{SESSION_COOKIE}="\\000abcdefgh"')
@example(target=DRAFT, cookie=f"{SESSION_COOKIE}=abcdefgh\x00")
def test_cookies(public_site, cached, target, cookie):
    response = send(
        cached=cached, path_info=target.path, headers={"HTTP_COOKIE": cookie}
    )
    check(response, sent_cookies=cookie)
    if target.hidden:
        assert response.status_code != 200


@CACHE_MODES
@fuzz(120)
@given(
    target=TARGETS,
    method=st.sampled_from(SAFE_METHODS[1:] + UNSAFE_METHODS),
    body=BODIES,
    content_type=BODY_TYPES,
    content_length=BODY_LENGTHS,
    # Without the check, as for someone who fetched a token first: the view
    # itself must refuse the method.
    csrf_checks=st.booleans(),
    cookie=st.one_of(st.just(""), COOKIES),
)
# The search page answered a POST with the results (search/views.py).
@example(
    target=SEARCH,
    method="POST",
    body=b"q=bird",
    content_type="application/x-www-form-urlencoded",
    content_length=None,
    csrf_checks=False,
    cookie="",
)
def test_methods(
    public_site,
    cached,
    target,
    method,
    body,
    content_type,
    content_length,
    csrf_checks,
    cookie,
):
    response = send(
        cached=cached,
        path_info=target.path,
        method=method,
        headers={"HTTP_COOKIE": cookie} if cookie else {},
        body=body,
        content_type=content_type,
        content_length=content_length,
        csrf_checks=csrf_checks,
    )
    check(response, sent_cookies=cookie)
    if method in UNSAFE_METHODS:
        assert 400 <= response.status_code < 500
    # OPTIONS lists the allowed methods without reading anything: the same
    # empty 200 for a draft's address as for one that does not exist.
    if target.hidden and method != "OPTIONS":
        assert response.status_code != 200
