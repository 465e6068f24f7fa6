"""Measuring, addressing and requesting pages in tests."""

import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backpain.http import SiteWSGIRequest


def queries_for(client, url, params=None) -> int:
    """How many queries one successful GET of the page costs."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def admin_change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def index_for_search() -> None:
    """Write the search entries, as the commit after each save does on the site:
    a test's own changes never commit, so its data is indexed here."""
    from search.indexing import rebuild

    rebuild()


@contextmanager
def site_requests():
    """Let the test client build requests as the site's server does.

    The client builds plain WSGIRequests; backpain/wsgi.py makes the server
    build backpain.http's, which cope with hostile headers.
    """
    with mock.patch("django.test.client.WSGIRequest", SiteWSGIRequest):
        yield


@dataclass
class Protocol:
    """What the client sent PostgreSQL, read from libpq's trace."""

    # Each Sync (extended protocol) and each Query (simple protocol, as
    # client-binding cursors send) waits for the server.
    round_trips: int = 0
    parsed: int = 0  # statements parsed afresh; a prepared one is only bound

    def read(self, trace: str) -> None:
        sent = [line.split("\t")[2] for line in trace.splitlines() if line[:2] == "F\t"]
        self.round_trips = sent.count("Sync") + sent.count("Query")
        self.parsed = sent.count("Parse") + sent.count("Query")


@contextmanager
def postgres_protocol():
    """Traces what the default connection sends PostgreSQL inside the block;
    the Protocol it gives is filled in when the block ends."""
    import pytest
    from psycopg import pq

    if sys.platform != "linux":
        pytest.skip("psycopg traces libpq on Linux only")
    connection.ensure_connection()
    pgconn = connection.connection.pgconn
    seen = Protocol()
    with tempfile.TemporaryFile("w+") as trace:
        pgconn.trace(trace.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        try:
            yield seen
        finally:
            pgconn.untrace()
        trace.seek(0)
        seen.read(trace.read())
