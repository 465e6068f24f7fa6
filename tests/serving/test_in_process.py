"""bench/in_process.py: CPU per request through a WSGI handler."""

import pytest

from bench.in_process import cpu_per_request, request_for


class Handler:
    """A WSGI application that answers with `status` and records each path."""

    def __init__(self, status: str = "200 OK"):
        self.status = status
        self.seen = []
        self.closed = 0

    def __call__(self, environ, start_response):
        self.seen.append((environ["PATH_INFO"], environ["QUERY_STRING"]))
        start_response(self.status, [])
        return self

    def __iter__(self):
        # A little work, so the thread's CPU clock moves.
        return iter([str(sum(range(20_000))).encode()])

    def close(self):
        self.closed += 1


def test_each_request_is_timed_after_a_warm_up():
    handler = Handler()
    spent = cpu_per_request(handler, "/exercises/?kind=stretch", requests=30)
    assert spent > 0
    assert handler.seen == [("/exercises/", "kind=stretch")] * 50
    assert handler.closed == 50


def test_a_page_that_is_not_200_stops_the_run():
    with pytest.raises(SystemExit, match="/nope: 404"):
        cpu_per_request(Handler("404 Not Found"), "/nope", requests=5)


def test_requests_look_like_the_servers():
    environ = request_for("/search/?q=hip")
    assert environ["HTTP_HOST"] == "127.0.0.1"
    assert (environ["REQUEST_METHOD"], environ["wsgi.input"].read()) == ("GET", b"")
