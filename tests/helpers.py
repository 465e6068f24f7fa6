"""Measuring, addressing and requesting pages in tests."""

from contextlib import contextmanager
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
