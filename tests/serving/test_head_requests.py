"""HEAD gets the headers a GET would, and no body: gunicorn logs a warning for
each response that carries one (and drops it)."""

import http.client

from django.http import HttpResponse
from django.test import RequestFactory

from backpain.security import HeadResponseMiddleware


def test_a_head_response_has_no_body_but_the_length_a_get_would_have():
    middleware = HeadResponseMiddleware(lambda request: HttpResponse("twelve bytes"))
    response = middleware(RequestFactory().head("/"))
    assert response.content == b""
    assert response.headers["Content-Length"] == "12"
    get = middleware(RequestFactory().get("/"))
    assert get.content == b"twelve bytes"


def test_gunicorn_has_nothing_to_drop(one_worker):
    base, port, log = one_worker
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("HEAD", "/healthz")
    response = connection.getresponse()
    assert response.status == 200
    assert response.headers["Content-Length"] == "2"
    connection.close()
    # A GET afterwards: by then the HEAD's log lines are written.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/healthz")
    assert connection.getresponse().read() == b"ok"
    connection.close()
    assert "no-body response" not in log.read_text()
