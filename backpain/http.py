"""The request class the site's WSGI and ASGI handlers build.

Some headers reach Django's machinery before any middleware can turn an error
into a 400, or reach the database as they came. Each of these failed URLs with
a 500 (found by tests/security/test_fuzz.py).

Content-Type is read while Django builds the request, and the query string is
decoded with the charset it names:

- `charset=rot13` (or base64, hex, zlib…): Python knows the name, so Django
  takes it, but it is not a text encoding and decoding fails;
- a NUL in the charset: looking the name up raises ValueError;
- any charset parses the query string at once, so more fields than
  DATA_UPLOAD_MAX_NUMBER_FIELDS raise there instead of giving a 400;
- `charset=ascii` (or any charset short of Unicode) and a query that does not
  fit it: links built from the query ({% querystring %}) fail to encode;
- `charset*=bogus''x` (RFC 2231) raises ValueError while the header is
  parsed (Django ticket #36991).

Every page and form on the site is UTF-8 and browsers send what they send in
the page's encoding, so the charset a request names is ignored and UTF-8 (the
default) applies; a header that cannot be parsed counts as absent.

The session cookie is looked up in the database by any page that checks who is
asking (a draft's address does). Cookie syntax can carry a NUL
(`sessionid="\\000…"`), which PostgreSQL refuses in a query's text with an
error. Django only ever makes keys of lowercase letters and digits (its file
backend refuses anything else), so any other session cookie names no session
and counts as not sent.
"""

from django.conf import settings
from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.core.handlers.asgi import ASGIRequest
from django.core.handlers.wsgi import WSGIRequest
from django.utils.functional import cached_property
from django.utils.http import parse_header_parameters


def could_be_session_key(value: str) -> bool:
    return set(value) <= set(VALID_KEY_CHARS)


class SiteRequestMixin:
    def _set_content_type_params(self, meta) -> None:
        try:
            self.content_type, self.content_params = parse_header_parameters(
                meta.get("CONTENT_TYPE", "")
            )
        except (LookupError, UnicodeError, ValueError):
            self.content_type, self.content_params = "", {}

    @cached_property
    def COOKIES(self) -> dict[str, str]:
        cookies = super().COOKIES
        name = settings.SESSION_COOKIE_NAME
        if not could_be_session_key(cookies.get(name, "")):
            cookies = {key: value for key, value in cookies.items() if key != name}
        return cookies


class SiteWSGIRequest(SiteRequestMixin, WSGIRequest):
    pass


class SiteASGIRequest(SiteRequestMixin, ASGIRequest):
    pass
