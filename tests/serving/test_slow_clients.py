"""A client that never finishes its request holds a gunicorn worker only until
the timeout; then the worker is replaced and the site answers again."""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthz(base: str, timeout: float) -> int:
    with urllib.request.urlopen(base + "/healthz", timeout=timeout) as response:
        return response.status


@pytest.fixture
def one_worker(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="backpain.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        # /healthz runs SELECT 1: an empty database file is enough.
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        WEB_CONCURRENCY="1",
        GUNICORN_TIMEOUT="2",
        GUNICORN_GRACEFUL_TIMEOUT="1",
    )
    log = (tmp_path / "gunicorn.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "backpain/gunicorn.conf.py",
         "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            healthz(base, 1)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail((tmp_path / "gunicorn.log").read_text())
            time.sleep(0.2)
    yield base, port
    server.terminate()
    server.wait(timeout=10)
    log.close()


def test_a_stalled_request_holds_the_worker_only_until_the_timeout(one_worker):
    base, port = one_worker
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
