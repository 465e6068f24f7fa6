"""gunicorn settings for production: `gunicorn -c backpain/gunicorn.conf.py`.

Every value can be changed from the environment or `.env` (as for the settings,
real environment variables win), so one file serves `make serve`, the benchmark
(bench/run) and a real server. Options given on the command line (e.g. `--bind`)
win over this file.

gunicorn's sync workers handle one request at a time and read it straight from
the socket, so a slow client (a phone on a bad line, or someone trickling bytes
on purpose) holds a whole worker. In production put a buffering proxy (nginx,
Caddy, a load balancer) in front: it reads the request and writes the response at
the client's pace and hands gunicorn complete requests over loopback. The
timeouts below are the last line of defence, not the protection.
"""

import gc
import os
from pathlib import Path

import environ

# Into the environment of the master, which the workers inherit.
environ.Env.read_env(Path(__file__).resolve().parent.parent / ".env", overwrite=False)


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


wsgi_app = "backpain.wsgi:application"
proc_name = "backpain"

# Loopback only by default: the proxy in front is what the world talks to.
bind = os.environ.get("GUNICORN_BIND") or "127.0.0.1:8000"

# Sync workers: pages are short, CPU-bound renders with a few quick queries, so
# one process a core (plus one to cover a request waiting on the database) keeps
# the CPUs busy without threads. WEB_CONCURRENCY is the usual name for it.
workers = _int("WEB_CONCURRENCY", 2)
worker_class = "sync"

# A worker silent this long is killed and replaced: a request that hangs (a
# stuck query, a huge upload dribbling in) costs at most this much. Image
# uploads are checked and resized inside the request, which takes a few seconds
# for a large photo, so not much lower than gunicorn's default.
timeout = _int("GUNICORN_TIMEOUT", 30)
# On a restart or shutdown (SIGHUP, SIGTERM), requests in flight get this long to
# finish; short, since a page takes well under a second.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 10)
# Sync workers close the connection after each response and ignore this; it
# applies if the worker class is changed to gthread. A few seconds: behind a
# proxy, the proxy's idle timeout should be shorter than this.
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Replace each worker after about this many requests (the jitter staggers them so
# they never all restart at once). Nothing is known to leak; this caps slow growth
# of per-process caches and memory fragmentation. 0 turns it off (the benchmark
# does, to measure memory over its rounds).
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# Not preloaded: each worker imports Django itself after the fork. Preloading
# would save about a second of start-up and a little memory shared between
# workers (little in practice: CPython's reference counts soon write to those
# pages), but a SIGHUP would then restart workers on the old code, and anything
# opened while importing (a database connection, a Redis socket) would be shared
# by every worker.
preload_app = False


def post_worker_init(worker):
    # The app is imported: its modules, settings and URL patterns live as long
    # as the worker. Frozen, they are left out of every later garbage collection,
    # whose full passes otherwise walk all of them for the few objects a request
    # leaves in cycles (in process: a page 2 % faster, /healthz unchanged).
    gc.freeze()


# Errors to stderr; the access log is off unless GUNICORN_ACCESS_LOG=1, then to
# stdout. The proxy in front usually keeps one already.
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL") or "info"
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") == "1" else None

# The heartbeat file each worker touches; in memory where there is /dev/shm, so a
# slow or full disk cannot make the master think a worker hangs.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# gunicorn 25+ opens a control socket at one fixed path per user
# ($XDG_RUNTIME_DIR or ~/.gunicorn/gunicorn.ctl): a second gunicorn (the
# benchmark next to `make serve`) would take it over and delete it on exit. We
# don't use gunicornc.
control_socket_disable = True
