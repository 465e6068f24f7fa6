"""Many authors saving through the admin at the same moment, over real HTTP.

Starts the site (runserver, threaded) on a fresh SQLite file with the demo
content, logs in AUTHORS separate HTTP clients, and has them post the change form
of an exercise all at once, the way a browser posts it (every field on the page,
including the empty template rows of the inlines):

- ROUNDS rounds of each author saving a different exercise: every save must
  succeed and every typed text must be stored;
- one round of all authors saving the same exercise: one save succeeds, the others
  get the conflict message with their text still in the form.

Run: .venv/bin/python bench/concurrent_saves.py  (exit status 1 on any failure).
Only loopback traffic; the server and its files are removed afterwards.
"""

from __future__ import annotations

import http.cookiejar
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUTHORS = 8
ROUNDS = 3
PASSWORD = "bench-only-password-1"
CONFLICT = "saved this article at"

SETUP = f"""
from authors.services import author_create
from exercises.models import Exercise
for i in range({AUTHORS}):
    author_create(username=f"author{{i}}", email="", display_name=f"Author {{i}}",
                  password="{PASSWORD}", editor=True)
print(",".join(str(pk) for pk in Exercise.objects.order_by("pk")
               .values_list("pk", flat=True)[:{AUTHORS}]))
"""


class FormReader(HTMLParser):
    """The fields a browser would submit from the page's main form."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._select_value: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = a.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append(
                (name, a.get("value", "on" if kind == "checkbox" else ""))
            )
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select, self._select_value = name, None
        elif tag == "option" and self._select is not None:
            if "selected" in a:
                self.fields.append((self._select, a.get("value", "")))
                self._select_value = "chosen"

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            # Browsers drop one leading newline in a textarea.
            self.fields.append((self._textarea, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None


class Author:
    def __init__(self, base: str, username: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar)
        )
        self.login(username)

    def csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def request(self, path: str, fields=None) -> tuple[int, str]:
        data = None
        headers = {"Referer": self.base + path}
        if fields is not None:
            data = urllib.parse.urlencode(fields).encode()
        req = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with self.opener.open(req, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def login(self, username: str) -> None:
        self.request("/admin/login/")
        status, _ = self.request(
            "/admin/login/?next=/admin/",
            [
                ("csrfmiddlewaretoken", self.csrf()),
                ("username", username),
                ("password", PASSWORD),
                ("next", "/admin/"),
            ],
        )
        assert status == 200 and any(c.name == "sessionid" for c in self.jar), status

    def form(self, path: str) -> list[tuple[str, str]]:
        status, page = self.request(path)
        assert status == 200, status
        reader = FormReader()
        reader.feed(page)
        return reader.fields


def with_body(fields, body: str) -> list[tuple[str, str]]:
    # "_save" as a browser sends the button it pressed; a successful save
    # redirects to the list (followed: 200), a refused one shows the form (200).
    kept = [(k, v) for k, v in fields if k != "body"]
    return [*kept, ("body", body), ("_save", "Save")]


def post_together(jobs) -> list[tuple[int, str]]:
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(i, author, path, fields):
        barrier.wait()
        try:
            results[i] = author.request(path, fields)
        except Exception as error:  # noqa: BLE001 - counted as an error
            results[i] = (0, repr(error))

    threads = [threading.Thread(target=run, args=(i, *j)) for i, j in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def stored_body(author: Author, path: str) -> str:
    return dict(author.form(path)).get("body", "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="backpain-bench-saves-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "DJANGO_DEBUG": "1",
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "REDIS_URL": "",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
    subprocess.run([*manage, "load_demo"], env=env, check=True, capture_output=True)
    out = subprocess.run(
        [*manage, "shell", "-c", SETUP], env=env, check=True, capture_output=True
    )
    exercise_ids = out.stdout.decode().split()[-1].split(",")
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    failures = 0
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/admin/login/", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        authors = [Author(base, f"author{i}") for i in range(AUTHORS)]
        paths = [f"/admin/exercises/exercise/{pk}/change/" for pk in exercise_ids]
        field_count = len(authors[0].form(paths[0]))

        outcomes: Counter = Counter()
        lost = 0
        for round_ in range(ROUNDS):
            jobs = []
            for i, (author, path) in enumerate(zip(authors, paths, strict=True)):
                text = f"Round {round_}: typed by author {i}."
                jobs.append((author, path, with_body(author.form(path), text)))
            for status, page in post_together(jobs):
                if status == 200 and CONFLICT not in page:
                    outcomes["saved"] += 1
                else:
                    outcomes["conflict" if status == 200 else f"status {status}"] += 1
            for i, (author, path) in enumerate(zip(authors, paths, strict=True)):
                if stored_body(author, path) != f"Round {round_}: typed by author {i}.":
                    lost += 1
        errors = sum(n for k, n in outcomes.items() if k != "saved")
        print(
            f"{ROUNDS} rounds x {AUTHORS} authors saving different exercises "
            f"({field_count} fields a post): {outcomes['saved']} saved, "
            f"{errors} errors, {lost} texts lost"
        )
        failures += errors + lost

        path = paths[0]
        jobs = []
        for i, author in enumerate(authors):
            jobs.append((author, path, with_body(author.form(path), f"Same {i}.")))
        same: Counter = Counter()
        kept_text = 0
        for i, (status, page) in enumerate(post_together(jobs)):
            if status == 200 and CONFLICT in page:
                same["conflict message"] += 1
                kept_text += f"Same {i}." in page
            elif status == 200:
                same["saved"] += 1
            else:
                same[f"status {status}"] += 1
        stored = stored_body(authors[0], path)
        print(
            f"{AUTHORS} authors saving the same exercise at once: "
            f"{same['saved']} saved, {same['conflict message']} got the conflict "
            f"message (their text kept in {kept_text}), "
            f"{sum(n for k, n in same.items() if k.startswith('status'))} errors; "
            f"stored text: {stored!r}"
        )
        if same["saved"] != 1 or same["conflict message"] != AUTHORS - 1:
            failures += 1
        if kept_text != AUTHORS - 1 or not stored.startswith("Same "):
            failures += 1
    finally:
        server.terminate()
        server.wait(timeout=10)
        subprocess.run(["rm", "-rf", str(tmp)], check=False)
    print("OK" if not failures else f"FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
