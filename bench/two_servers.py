"""Outgrowing one machine: two app servers, one database, one shared cache.

Starts two gunicorn instances (production settings, DEBUG off) on loopback, both
on one fresh PostgreSQL database, one Redis cache and one media folder, and
checks that what an author saves through the first server shows on the very
next request to the second, even though the second had the page cached.

Run: .venv/bin/python bench/two_servers.py  (exit status 1 on any failure)
PostgreSQL and Redis default to the local servers; override with
TWO_SERVERS_POSTGRES (a server URL without a database name) and
TWO_SERVERS_REDIS. The database it creates is dropped afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import psycopg
import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))
from concurrent_saves import FormReader, free_port  # noqa: E402 - a sibling script

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("TWO_SERVERS_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("TWO_SERVERS_REDIS", "redis://127.0.0.1:6379/14")
DATABASE = "backpain_two_servers"
PASSWORD = "bench-only-password-1"
PAGE = "/exercises/bird-dog/"
SETUP = f"""
from authors.services import author_create
from exercises.models import Exercise
author_create(username="editor", email="", display_name="Editor",
              password="{PASSWORD}", editor=True)
print(Exercise.objects.get(slug="bird-dog").pk)
"""


class Browser:
    """Just enough of a browser for the admin behind an HTTPS proxy: keeps its
    own cookies (they are Secure, so urllib's jar would not send them over the
    loopback's plain HTTP) and says, as the proxy would, that it came by HTTPS."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, base: str, path: str, fields=None) -> tuple[int, str, str]:
        """Status, body and the X-Page-Cache header."""
        host = urllib.parse.urlsplit(base).netloc
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{host}{path}",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        req = urllib.request.Request(base + path, data=data, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(req, timeout=30) as response:
                status, body, got = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, body, got = error.code, error.read(), error.headers
        for header in got.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return status, body.decode(errors="replace"), got.get("X-Page-Cache", "")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_for(base: str) -> None:
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{base} did not start")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="backpain-two-servers-"))
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        admin.execute(f"CREATE DATABASE {DATABASE}")
    redis.Redis.from_url(REDIS).flushdb()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "two-servers-bench-only",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_BEHIND_HTTPS_PROXY": "1",
        "DJANGO_SSL_REDIRECT": "0",
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "REDIS_URL": REDIS,
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "BACKPAIN_PAGE_CACHE": "1",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    quiet = {"env": env, "check": True, "capture_output": True}
    subprocess.run([*manage, "migrate", "--no-input"], **quiet)
    subprocess.run([*manage, "collectstatic", "--no-input"], **quiet)
    subprocess.run([*manage, "load_demo"], **quiet)
    out = subprocess.run([*manage, "shell", "-c", SETUP], **quiet)
    exercise_id = out.stdout.decode().split()[-1]

    servers, bases = [], []
    failures = 0
    try:
        for _ in range(2):
            port = free_port()
            bases.append(f"http://127.0.0.1:{port}")
            servers.append(
                subprocess.Popen(
                    [
                        str(Path(sys.executable).parent / "gunicorn"),
                        "-c",
                        str(ROOT / "backpain" / "gunicorn.conf.py"),
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "2",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        for base in bases:
            wait_for(base)
        first, second = bases
        visitor = Browser()

        before = "Text typed through the first server."
        visitor.request(second, PAGE)
        status, _, cached = visitor.request(second, PAGE)
        print(f"second server, second visit: {status}, from its cache: {cached}")
        failures += cached != "hit"

        author = Browser()
        author.request(first, "/admin/login/")
        status, *_ = author.request(
            first,
            "/admin/login/?next=/admin/",
            [
                ("csrfmiddlewaretoken", author.cookies.get("csrftoken", "")),
                ("username", "editor"),
                ("password", PASSWORD),
                ("next", "/admin/"),
            ],
        )
        print(f"author logs in on the first server: {status}")
        change = f"/admin/exercises/exercise/{exercise_id}/change/"
        status, form_page, _ = author.request(first, change)
        reader = FormReader()
        reader.feed(form_page)
        fields = [(k, v) for k, v in reader.fields if k != "summary"]
        status, *_ = author.request(
            first, change, [*fields, ("summary", before), ("_save", "Save")]
        )
        print(f"author saves through the first server: {status}")
        failures += status != 302

        status, page, cached = visitor.request(second, PAGE)
        shown = before in page
        print(
            f"next visit to the second server: {status}, shows the save: {shown} "
            f"(page cache: {cached})"
        )
        failures += not shown
        status, page, _ = visitor.request(first, PAGE)
        print(f"and the first server: {status}, shows the save: {before in page}")
        failures += before not in page
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        redis.Redis.from_url(REDIS).flushdb()
        shutil.rmtree(tmp, ignore_errors=True)
    print("OK" if not failures else f"FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
