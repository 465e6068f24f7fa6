"""A client that never finishes its request holds a gunicorn worker only until
the timeout; then the worker is replaced and the site answers again."""

import socket
import time

from .conftest import healthz


def test_a_stalled_request_holds_the_worker_only_until_the_timeout(one_worker):
    base, port, _ = one_worker
    stalled = socket.create_connection(("127.0.0.1", port))
    # Headers that never end: the only worker waits for the rest.
    stalled.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    started = time.monotonic()
    assert healthz(base, timeout=20) == 200
    waited = time.monotonic() - started
    # Answered by the worker that replaced the stalled one, after the 2 s timeout.
    assert 1.5 < waited < 15
    # gunicorn answers the stalled connection with its own error page and
    # closes it: nothing is left waiting.
    stalled.settimeout(5)
    reply = b""
    while chunk := stalled.recv(4096):
        reply += chunk
    stalled.close()
    assert reply == b"" or reply.startswith(b"HTTP/1.1 5")
