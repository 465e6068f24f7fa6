"""Request guards and log context that every request passes through.

Kept apart from the apps: none of this knows about articles or exercises.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.functional import empty

_request: ContextVar[HttpRequest | None] = ContextVar("backpain_request", default=None)


class RequestSizeLimitMiddleware:
    """Refuse a request whose declared body is over the limit, unread.

    Django caps form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but streams file
    uploads to a temporary file however large they are, so a multi-gigabyte
    POST to an admin form would fill the disk before any check ran. WSGI gives
    the body's length up front and Django never reads past it, so refusing here,
    before anything touches `request.body`, is enough; a body without a length
    is read as empty.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request.set(request)
        try:
            if _declared_length(request) > settings.BACKPAIN_MAX_REQUEST_BYTES:
                return _too_large(request)
            return self.get_response(request)
        finally:
            _request.reset(token)


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _too_large(request: HttpRequest) -> HttpResponse:
    limit_mb = settings.BACKPAIN_MAX_REQUEST_BYTES // 1_048_576
    body = loader.render_to_string("413.html", {"limit_mb": limit_mb}, request)
    response = HttpResponse(body, status=413)
    # The client is still sending the body; closing lets the server drop it
    # instead of reading it to keep the connection.
    response["Connection"] = "close"
    logging.getLogger("backpain.security").warning(
        "Refused a request body of %s bytes (limit %s)",
        _declared_length(request),
        settings.BACKPAIN_MAX_REQUEST_BYTES,
    )
    return response


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, for login throttling.

    With DJANGO_PROXY_COUNT proxies in front, the address the nearest proxy saw
    is that many entries from the right of X-Forwarded-For; entries further
    left were written by the client and prove nothing. With none, the socket's
    address is the visitor's.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote
    return forwarded[-count]


class RequestFactsFilter(logging.Filter):
    """Add the request's path and user id to a log record, and keep 4xx short.

    Only the path: query strings hold what visitors searched for, and bodies
    hold passwords. The user is named by id, and only when something already
    looked them up, so logging never runs a query of its own. Django logs a
    refused request (403, 400) with the exception's traceback, which says
    nothing an operator needs and buries real errors; those keep one line.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None) or _request.get()
        record.request_path = getattr(request, "path", "-") if request else "-"
        record.user_id = _user_id(request)
        status = getattr(record, "status_code", None)
        if status is not None and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True


def _user_id(request: HttpRequest | None) -> str:
    user = getattr(request, "__dict__", {}).get("user")
    if user is None:
        return "-"
    wrapped = getattr(user, "_wrapped", user)
    if wrapped is empty or not getattr(wrapped, "is_authenticated", False):
        return "-"
    return str(wrapped.pk)


def lockout_response(request: HttpRequest, original_response=None, credentials=None):
    """django-axes' page for a locked-out login, in the admin's own frame (its
    default page has none of the site's admin context, so it said "Django
    administration")."""
    from axes.helpers import get_cool_off, get_failure_limit
    from django.contrib import admin
    from django.shortcuts import render

    context = {
        **admin.site.each_context(request),
        "title": "Too many failed logins",
        "failure_limit": get_failure_limit(request, credentials),
        "lifts_by_itself": bool(get_cool_off(request)),
    }
    return render(
        request,
        "admin/locked_out.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


class HeadResponseMiddleware:
    """Answer HEAD with a GET's headers and no body.

    Django leaves the body to the server; gunicorn drops it but logs a warning
    for every such response, which buries real warnings under load balancers'
    HEAD checks. Outermost, so the page cache stores a GET's full page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method == "HEAD" and not response.streaming:
            if "Content-Length" not in response.headers:
                response.headers["Content-Length"] = str(len(response.content))
            response.content = b""
        return response
