"""What each page costs in CPU, in process, without a server or wrk.

    .venv/bin/python bench/build_library.py --exercises 1000 \\
        --database-url sqlite:////tmp/library.sqlite3
    .venv/bin/python bench/in_process.py \\
        --database-url sqlite:////tmp/library.sqlite3 /healthz /exercises/ …

For comparing two versions of the code on one machine, where bench/run's
requests/s move with everything else the machine does. Each page goes through
Django's WSGI handler, with every middleware, under the settings bench/run gives
gunicorn (debug off, the page cache off unless --page-cache). The figure is this
thread's CPU time per request (waiting for other processes does not count), the
lowest over --rounds rounds, as the machine's speed drifts: on the 2-CPU
machines here, single runs of the same page differed by a third. To compare
two checkouts, run each in turn a few times and keep each one's lowest.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.speed import empty_cache, production_env, redis_database  # noqa: E402


def request_for(path: str) -> dict:
    path, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }


def cpu_per_request(handler, path: str, requests: int) -> float:
    """Milliseconds of this thread's CPU time per request, after a warm-up."""

    def get() -> str:
        statuses = []
        response = handler(
            request_for(path), lambda status, headers: statuses.append(status)
        )
        b"".join(response)
        response.close()
        return statuses[0]

    for _ in range(20):
        status = get()
    if not status.startswith("200"):
        raise SystemExit(f"{path}: {status}")
    started = time.thread_time()
    for _ in range(requests):
        get()
    return (time.thread_time() - started) / requests * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="pages, e.g. /healthz /exercises/")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200, help="a page and round")
    parser.add_argument("--page-cache", action="store_true")
    parser.add_argument(
        "--redis-url",
        type=redis_database,
        help="a Redis database for the cache, emptied first (default: local memory)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="backpain-in-process-") as tmp:
        return measure(args, Path(tmp))


def measure(args: argparse.Namespace, tmp: Path) -> int:
    env = {
        **production_env(tmp),
        "DATABASE_URL": args.database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "BACKPAIN_PAGE_CACHE": "1" if args.page_cache else "0",
        "REDIS_URL": args.redis_url or "",
    }
    empty_cache(env["REDIS_URL"])
    # Hashed static file names need the manifest that collectstatic writes.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env={**env, "DATABASE_URL": "sqlite:///:memory:"},
        check=True,
    )
    os.environ.update(env)
    import django
    from django.core.handlers.wsgi import WSGIHandler

    django.setup()
    handler = WSGIHandler()
    lowest: dict[str, float] = {}
    for _ in range(args.rounds):
        for path in args.paths:
            spent = cpu_per_request(handler, path, args.requests)
            lowest[path] = min(lowest.get(path, spent), spent)
    baseline = lowest.get("/healthz")
    for path, spent in lowest.items():
        ratio = f"  {baseline / spent:5.3f}× /healthz" if baseline else ""
        print(f"{spent:7.2f} ms{ratio}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
