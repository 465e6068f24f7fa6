"""How fast the public pages are under gunicorn, as production serves them.

    bench/run                          # 100 and 10,000 exercises on SQLite
    bench/run --database-url postgres://postgres@127.0.0.1:5432/bench
    bench/run --database-url postgres://postgres@127.0.0.1:5432/bench \
        --redis-url redis://127.0.0.1:6379/13 --output bench/RESULTS-postgresql.md
    bench/run --sizes 1000 --duration 10 --output -

For each library size: build a synthetic library into a new database
(bench/build_library.py; SQLite files in a temporary folder, or on PostgreSQL
the databases NAME_<size>, created fresh and dropped afterwards), then for
BACKPAIN_PAGE_CACHE=0 and =1 start gunicorn with backpain/gunicorn.conf.py
(2 sync workers, debug off, a generated secret key, hashed static files) and
drive it over loopback with wrk:

- round 1: each page warmed for 1 s, then `wrk -t2 -c16 --latency` for
  --duration seconds: requests/s, p50 and p99;
- round 2: each page again at 32 connections: requests/s and p99 when requests
  queue behind the two workers.

Every figure is also given as a ratio to /healthz from the same server, so runs
on different machines compare. Queries and HTML bytes per page come from
bench/page_costs.py (Django's test client in process, same database and
settings). Each worker's memory (VmRSS) is read after each round. Writes
bench/RESULTS.md with the machine, date and commit; about 8 minutes with the
defaults on a quiet machine.

The server and wrk share the machine, so anything else running (a test suite)
slows the server down: before each measurement the script waits (up to a minute,
--max-wait in all) for other processes to use less than 15% of the CPUs, and
marks with † the figures measured while they used more. A PostgreSQL or Redis
on this machine that the server uses counts as part of the server (all its
processes, whichever database they serve).

Then, on the largest library, the load test of issue 12: every page in turn
(a wrk Lua script), --load-connections (64) at once for --load-seconds (30),
page cache off and on; the target is zero errors. `--load-only` runs just that
and replaces the "Load" section of an existing RESULTS.md.

Settings the server gets besides debug off: DATABASE_CONN_MAX_AGE=60 (the
production value in .env.example), no Redis unless --redis-url names one
(without it each worker's cache is its own memory), GUNICORN_MAX_REQUESTS=0 (so
workers live through both rounds and their memory can be compared). With
PostgreSQL and Redis the servers run as production does; the Redis database
given is emptied before each server starts, so no run reads pages or figures
another one kept. Needs wrk: `apt-get install wrk`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORTS = range(8300, 8400)
ROUNDS = ((1, 16), (2, 32))  # (round, connections)
WARM_SECONDS = 1
# Other work on the machine (someone's test suite) takes CPU from the server:
# before each measurement, wait up to QUIET_WAIT seconds (and --max-wait in all)
# for it to use less than BUSY of the CPUs, and mark figures measured while it
# used more.
BUSY = 0.15
QUIET_WAIT = 60
CACHE_WORDS = {"0": "off", "1": "on"}
REDIS_EXAMPLE = "redis://127.0.0.1:6379/13"


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Load:
    """One wrk run."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # socket errors and non-2xx/3xx answers
    other_cpu: float = 0.0  # share of all CPUs used by other processes meanwhile
    error_kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class Page:
    name: str
    path: str
    status: int = 0
    bytes: int = 0
    queries: int = 0
    cold_queries: int = 0
    loads: dict[int, Load] = field(default_factory=dict)  # by connections


@dataclass
class Run:
    size: int
    cache: str
    pages: list[Page]
    rss_mb: list[dict[int, float]] = field(default_factory=list)  # per round
    workers_replaced: bool = False
    database: str = ""
    page_cache_note: str = ""
    waited: float = 0.0  # seconds spent waiting for the machine to be quiet


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_duration_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(output: str) -> Load:
    def find(pattern: str) -> str:
        match = re.search(pattern, output, re.MULTILINE)
        if not match:
            raise RuntimeError(f"wrk printed no {pattern!r}:\n{output}")
        return match.group(1)

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    kinds = dict(
        zip(
            ("connect", "read", "write", "timeout"),
            map(int, socket_errors.groups() if socket_errors else (0, 0, 0, 0)),
            strict=True,
        )
    )
    kinds["non-2xx/3xx"] = int(non_2xx.group(1)) if non_2xx else 0
    return Load(
        requests_per_second=float(find(r"^Requests/sec:\s+([\d.]+)")),
        p50_ms=parse_duration_ms(find(r"^\s+50%\s+(\S+)")),
        p99_ms=parse_duration_ms(find(r"^\s+99%\s+(\S+)")),
        requests=int(find(r"^\s+(\d+) requests in")),
        errors=sum(kinds.values()),
        error_kinds=kinds,
    )


def wrk(url: str, connections: int, seconds: int, script: str = "") -> Load:
    # A long timeout: a slow answer is measured, not dropped as an error.
    command = [
        "wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
        "--latency", *(["--script", script] if script else []), url,
    ]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


def mean_load(a: Load, b: Load) -> Load:
    """Two runs of one page as one: the mean of their rates and latencies."""
    return Load(
        requests_per_second=(a.requests_per_second + b.requests_per_second) / 2,
        p50_ms=(a.p50_ms + b.p50_ms) / 2,
        p99_ms=(a.p99_ms + b.p99_ms) / 2,
        requests=a.requests + b.requests,
        errors=a.errors + b.errors,
        other_cpu=max(a.other_cpu, b.other_cpu),
        error_kinds={
            kind: a.error_kinds.get(kind, 0) + b.error_kinds.get(kind, 0)
            for kind in {*a.error_kinds, *b.error_kinds}
        },
    )


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8300-8399")


def worker_pids(master: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # The command may hold spaces and brackets; fields after the last ")".
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(entry.name))
    return sorted(pids)


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def local_services(env: dict) -> set[str]:
    """The process names of the database and cache servers on this machine
    that the site in `env` uses: they do its work, so their CPU is not another
    program's."""
    names = set()
    database = urllib.parse.urlsplit(env.get("DATABASE_URL", ""))
    if database.scheme.startswith("postgres") and database.hostname in LOOPBACK:
        names.add("postgres")
    cache = urllib.parse.urlsplit(env.get("REDIS_URL", ""))
    if cache.scheme.startswith("redis") and cache.hostname in LOOPBACK:
        names.add("redis-server")
    return names


def pids_named(names: set[str]) -> list[int]:
    pids = []
    if not names:
        return pids
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                name = (entry / "comm").read_text().strip()
            except OSError:
                continue
            if name in names:
                pids.append(int(entry.name))
    return pids


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_ticks() -> tuple[int, int]:
    """Busy and total clock ticks of all CPUs since boot (/proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = values[:8]
    busy = user + nice + system + irq + softirq + steal
    return busy, busy + idle + iowait


def process_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def children_ticks() -> int:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return round((usage.ru_utime + usage.ru_stime) * os.sysconf("SC_CLK_TCK"))


class Server:
    """gunicorn with the production configuration, on a loopback port."""

    wait_budget = 240.0  # seconds, for the whole run (--max-wait)

    def __init__(self, env: dict, log: Path):
        # A fresh cache for each server, as for its database.
        empty_cache(env.get("REDIS_URL", ""))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.services = local_services(env)
        self.output = log.open("ab")
        self.waited = 0.0
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "-c",
                str(ROOT / "backpain" / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.output,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except (OSError, urllib.error.HTTPError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"gunicorn never answered:\n{log.read_text()[-3000:]}"
                )
            time.sleep(0.2)

    def workers(self) -> list[int]:
        return worker_pids(self.process.pid)

    def other_cpu(self, during) -> float:
        """The share of all CPUs that processes other than the server and wrk
        used while `during()` ran."""
        ours = [self.process.pid, *self.workers(), *pids_named(self.services)]
        busy, total = cpu_ticks()
        server, load_generator = sum(map(process_ticks, ours)), children_ticks()
        during()
        busy_after, total_after = cpu_ticks()
        used = sum(map(process_ticks, ours)) - server
        used += children_ticks() - load_generator
        return max(0, busy_after - busy - used) / max(1, total_after - total)

    def wait_for_quiet(self) -> float:
        """Seconds waited for other work to drop below BUSY, after a first
        one-second look that found it above."""
        started = time.monotonic()
        limit = min(QUIET_WAIT, Server.wait_budget)
        while self.other_cpu(lambda: time.sleep(1)) >= BUSY:
            if time.monotonic() - started >= limit:
                break
        waited = time.monotonic() - started - 1
        Server.wait_budget = max(0.0, Server.wait_budget - waited)
        return waited

    def wrk(self, url: str, connections: int, seconds: int, script: str = "") -> Load:
        self.waited += self.wait_for_quiet()
        result = []
        other = self.other_cpu(
            lambda: result.append(wrk(url, connections, seconds, script))
        )
        load = result[0]
        load.other_cpu = other
        return load

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.output.close()


def django_script(script: str, args: list[str], env: dict) -> str:
    result = subprocess.run(
        [PYTHON, str(ROOT / "bench" / script), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"{script} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout.strip().splitlines()[-1]


class Databases:
    """A new, empty database for each library size."""

    def __init__(self, tmp: Path, postgres_url: str | None):
        self.tmp = tmp
        self.postgres = urllib.parse.urlsplit(postgres_url) if postgres_url else None
        self.made: list[str] = []
        if self.postgres and not self.postgres.path.strip("/"):
            raise SystemExit("--database-url needs a database name, e.g. …/bench")

    def new(self, size: int) -> str:
        if not self.postgres:
            return f"sqlite:///{self.tmp / f'library-{size}.sqlite3'}"
        name = f"{self.postgres.path.strip('/')}_{size}"
        self._admin(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return urllib.parse.urlunsplit(self.postgres._replace(path=f"/{name}"))

    def drop_all(self) -> None:
        for name in self.made:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.clear()

    def _admin(self, *statements: str) -> None:
        import psycopg

        url = urllib.parse.urlunsplit(self.postgres._replace(path="/postgres"))
        with psycopg.connect(url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)


def pages_for(library: dict) -> list[Page]:
    return [
        Page("health check", "/healthz"),
        Page("home", "/"),
        Page("exercise list", "/exercises/"),
        Page(
            "list: lower back stretches", "/exercises/?region=lower-back&kind=stretch"
        ),
        Page("exercise page", f"/exercises/{library['sample_exercise']}/"),
        Page("condition page", f"/conditions/{library['sample_condition']}/"),
        Page("search", "/search/?q=hip+stretch"),
        # Not in issue 10's list; in the main navigation.
        Page("condition list", "/conditions/"),
        Page("update log", "/updates/"),
    ]


def measure(
    size: int, cache: str, env: dict, library: dict, tmp: Path, seconds: int
) -> Run:
    env = {**env, "BACKPAIN_PAGE_CACHE": cache}
    pages = pages_for(library)
    costs = json.loads(django_script("page_costs.py", [p.path for p in pages], env))
    for page in pages:
        cost = costs["pages"][page.path]
        if cost["status"] != 200:
            raise RuntimeError(f"{page.path} answered {cost['status']} in process")
        page.status, page.bytes = cost["status"], cost["bytes"]
        page.queries, page.cold_queries = cost["queries"], cost["cold_queries"]
    run = Run(size=size, cache=cache, pages=pages, database=costs["database"])
    middleware = ", ".join(costs["page_cache_middleware"]) or "none"
    run.page_cache_note = (
        f"BACKPAIN_PAGE_CACHE={cache}; settings.BACKPAIN_PAGE_CACHE="
        f"{costs['page_cache_setting']!r}; cache middleware: {middleware}"
    )
    server = Server(env, tmp / f"gunicorn-{size}-{cache}.log")
    try:
        first_workers = server.workers()
        for round_, connections in ROUNDS:
            for page in pages:
                url = server.base + page.path
                if round_ == 1:
                    wrk(url, connections, WARM_SECONDS)
                say(f"  {size} exercises, cache {cache}, c{connections}: {page.path}")
                page.loads[connections] = server.wrk(url, connections, seconds)
            # /healthz again at the end of the round: every ratio is to the mean
            # of both, so the machine drifting during a round (seen: /healthz
            # 30% apart between two servers of one run) skews the pages less.
            health = pages[0]
            say(f"  {size} exercises, cache {cache}, c{connections}: {health.path}")
            again = server.wrk(server.base + health.path, connections, seconds)
            health.loads[connections] = mean_load(health.loads[connections], again)
            run.rss_mb.append({pid: rss_mb(pid) for pid in server.workers()})
        run.workers_replaced = server.workers() != first_workers
        run.waited = server.waited
    finally:
        server.stop()
    return run


@dataclass
class LoadRun:
    """Issue 12's load test: every page in turn, many connections at once."""

    size: int
    cache: str
    connections: int
    seconds: int
    paths: list[str]
    load: Load
    workers_replaced: bool = False


# wrk runs this in each of its threads: every page in turn, so the load is a mix
# of cheap and costly pages as real traffic is, not one page over and over.
LOAD_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def load_test(
    size: int,
    cache: str,
    env: dict,
    library: dict,
    tmp: Path,
    connections: int,
    seconds: int,
) -> LoadRun:
    paths = [page.path for page in pages_for(library)]
    script = tmp / "every-page.lua"
    script.write_text(LOAD_SCRIPT % ", ".join(json.dumps(path) for path in paths))
    server = Server(
        {**env, "BACKPAIN_PAGE_CACHE": cache}, tmp / f"gunicorn-load-{size}-{cache}.log"
    )
    try:
        first_workers = server.workers()
        say(f"  load: {connections} connections for {seconds} s, cache {cache}")
        load = server.wrk(server.base + "/", connections, seconds, str(script))
        replaced = server.workers() != first_workers
    finally:
        server.stop()
    return LoadRun(size, cache, connections, seconds, paths, load, replaced)


# Output ----------------------------------------------------------------------

LOAD_START, LOAD_END = "<!-- load -->", "<!-- /load -->"


def load_section(loads: list[LoadRun]) -> str:
    first = loads[0]
    lines = [
        LOAD_START,
        f"## Load: {first.connections} connections for {first.seconds} s",
        "",
        f"Issue 12's target: zero errors. {first.size:,} exercises; wrk -t2 "
        f"-c{first.connections} --timeout 10s cycles through every page above "
        f"({len(first.paths)} paths), against the same production server "
        "(gunicorn, 2 sync workers). Errors are wrk's socket errors (connect, "
        "read, write, timeout) and answers other than 2xx/3xx.",
        "",
        *machine(),
        "",
        "| page cache | requests | req/s | p50 ms | p99 ms | errors | zero errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in loads:
        load = run.load
        kinds = ", ".join(f"{kind} {n}" for kind, n in load.error_kinds.items())
        lines.append(
            f"| {CACHE_WORDS.get(run.cache)} | {load.requests:,} | "
            f"{load.requests_per_second:,.0f}{mark(load)} | {load.p50_ms:.1f} | "
            f"{load.p99_ms:.1f} | {load.errors} ({kinds}) | "
            f"{'yes' if load.errors == 0 else '**no**'} |"
        )
    if any(run.workers_replaced for run in loads):
        lines += ["", "A worker was replaced during the load (see the gunicorn log)."]
    return "\n".join([*lines, LOAD_END])


def production_env(tmp: Path) -> dict[str, str]:
    """The production settings for a server on plain HTTP on loopback, every
    value set so a developer's .env changes nothing; files go under `tmp`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "backpain.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "DJANGO_MEDIA_STORAGE": "django.core.files.storage.FileSystemStorage",
        # Plain HTTP on loopback: no redirect to HTTPS, and no proxy whose
        # X-Forwarded-Proto to trust. HSTS and Secure cookies stay as production
        # has them (browsers ignore HSTS over HTTP; visitors get no cookie).
        "DJANGO_BEHIND_HTTPS_PROXY": "0",
        "DJANGO_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "REDIS_URL": "",
        "GUNICORN_ACCESS_LOG": "0",
    }


def with_section(
    existing: str, section: str, markers: tuple[str, str] = (LOAD_START, LOAD_END)
) -> str:
    """`existing` with the section between `markers` replaced by `section` (or
    added at the end). `section` starts and ends with the markers."""
    begin, finish = markers
    start, end = existing.find(begin), existing.find(finish)
    if start < 0 or end < start:
        return existing.rstrip("\n") + "\n\n" + section + "\n"
    return existing[:start] + section + existing[end + len(finish) :]


def kept_section(existing: str, markers: tuple[str, str]) -> str | None:
    """The section between `markers` in `existing`, markers included, if any."""
    begin, finish = markers
    start, end = existing.find(begin), existing.find(finish)
    return existing[start : end + len(finish)] if 0 <= start < end else None


# Sections other tools write into the same file (bench/lighthouse/run.py):
# a full run keeps them.
OTHER_SECTIONS = [("<!-- lighthouse -->", "<!-- /lighthouse -->")]


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}×" if base else "–"


def mark(load: Load) -> str:
    return " †" if load.other_cpu > BUSY else ""


def rate(load: Load, health: Load) -> str:
    value, base = load.requests_per_second, health.requests_per_second
    return f"{value:,.0f} ({ratio(value, base)}){mark(load)}"


def millis(load: Load, health: Load, attribute: str) -> str:
    value, base = getattr(load, attribute), getattr(health, attribute)
    return f"{value:.1f} ({ratio(value, base)}){mark(load)}"


def table(run: Run, baseline: Run | None) -> str:
    health = run.pages[0]
    c16, c32 = (c for _, c in ROUNDS)
    head = [
        "page", "HTML bytes", "queries", "req/s (c16)", "p50 ms (c16)",
        "p99 ms (c16)", "req/s (c32)", "p50 ms (c32)", "p99 ms (c32)",
    ]  # fmt: skip
    if baseline:
        head.append(f"slowdown vs {baseline.size:,} (req/s c16)")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for index, page in enumerate(run.pages):
        a, b = page.loads[c16], page.loads[c32]
        ha, hb = health.loads[c16], health.loads[c32]
        queries = str(page.queries)
        if page.cold_queries != page.queries:
            queries += f" (first: {page.cold_queries})"
        cells = [
            f"{page.name} `{page.path}`",
            f"{page.bytes:,}",
            queries,
            rate(a, ha),
            millis(a, ha, "p50_ms"),
            millis(a, ha, "p99_ms"),
            rate(b, hb),
            millis(b, hb, "p50_ms"),
            millis(b, hb, "p99_ms"),
        ]
        if baseline:
            before = baseline.pages[index].loads[c16].requests_per_second
            cells.append(ratio(before, a.requests_per_second))
        lines.append("| " + " | ".join(cells) + " |")
    rounds = "; ".join(
        f"after round {i + 1} (c{c}): "
        + ", ".join(f"{mb:.1f} MB" for mb in sizes.values())
        for i, ((_, c), sizes) in enumerate(zip(ROUNDS, run.rss_mb, strict=True))
    )
    notes = [f"Worker memory (VmRSS) {rounds}."]
    errors = [
        f"{p.path} c{c}: {load.errors} of {load.requests}"
        for p in run.pages
        for c, load in p.loads.items()
        if load.errors
    ]
    if errors:
        notes.append(
            "Errors (socket errors or non-2xx answers): " + "; ".join(errors) + "."
        )
    loads = [load for p in run.pages for load in p.loads.values()]
    busy = [load for load in loads if load.other_cpu > BUSY]
    if busy:
        notes.append(
            f"† {len(busy)} of {len(loads)} measurements ran while other processes "
            f"used more than {BUSY:.0%} of the CPUs (up to "
            f"{max(load.other_cpu for load in busy):.0%}): those figures are low."
        )
    else:
        notes.append(
            f"Other processes used at most "
            f"{max((load.other_cpu for load in loads), default=0):.0%} of the CPUs "
            "during any measurement."
        )
    if run.waited >= 1:
        notes.append(f"Waited {run.waited:.0f} s for the machine to be quiet.")
    if run.workers_replaced:
        notes.append("A worker was replaced during the run (see the gunicorn log).")
    return "\n".join(lines) + "\n\n" + "\n".join(notes)


def machine() -> list[str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = next(
        int(line.split()[1]) / 1024 / 1024
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )

    def output(*command: str) -> str:
        try:
            result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        except OSError:
            return ""
        return (result.stdout or result.stderr).strip()

    commit = output("git", "rev-parse", "--short", "HEAD")
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    changed = [line[3:] for line in status.splitlines()]
    if changed:
        shown = ", ".join(changed[:20]) + (" …" if len(changed) > 20 else "")
        commit += f" plus uncommitted changes in {len(changed)} paths ({shown})"
    import django
    import gunicorn

    versions = f"Django {django.get_version()}, gunicorn {gunicorn.__version__}"
    return [
        f"- Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Commit: {commit}",
        f"- Machine: {os.cpu_count()} CPUs ({cpu}), {memory:.1f} GB memory, "
        f"{platform.system()} {platform.release()}",
        f"- Software: Python {platform.python_version()}, {versions}, "
        f"{output('wrk', '-v').splitlines()[0] if output('wrk', '-v') else 'wrk'}",
    ]


# Issue 10's targets. Requests/s as a share of /healthz's: (page, cache, least).
RATIO_TARGETS = [
    ("list: lower back stretches", "0", 0.25),
    ("exercise page", "0", 0.35),
    ("list: lower back stretches", "1", 0.70),
]
SLOWDOWN_TARGET = 1.3
SEARCH_TARGET = 2.0  # issue 11: search within 2× the time of the uncached list
TAIL_TARGET = 4.0  # p99 / p50 at 32 connections
HTML_TARGET = 60_000
QUERY_TARGET = 10
RSS_GROWTH_MB = 2.0  # "flat" across the two rounds


def targets(runs: list[Run]) -> str:
    """Each target of issue 10 against this run's figures: met or not."""
    c16, c32 = (c for _, c in ROUNDS)
    rows: list[tuple[str, str, bool]] = []

    def add(what: str, measured: str, met: bool) -> None:
        rows.append((what, measured, met))

    for name, cache, target in RATIO_TARGETS:
        for run in (r for r in runs if r.cache == cache):
            page = next(p for p in run.pages if p.name == name)
            value = (
                page.loads[c16].requests_per_second
                / run.pages[0].loads[c16].requests_per_second
            )
            add(
                f"{name}, page cache {CACHE_WORDS.get(cache)}, {run.size:,} "
                f"exercises: ≥ {target:.2f}× /healthz (req/s, c16)",
                f"{value:.2f}×",
                value >= target,
            )
    by_key = {(r.size, r.cache): r for r in runs}
    smallest = min((r.size for r in runs), default=0)
    for run in runs:
        base = by_key.get((smallest, run.cache))
        if run.size == smallest or base is None:
            continue
        # Pages against their own /healthz, so the noise between the two servers
        # (the /healthz rows) does not count as slowdown. Issue 10's pages: a
        # search ranks every match, so it is judged against the list instead.
        for page, before in zip(run.pages[1:], base.pages[1:], strict=True):
            if page.name == "search":
                continue
            share = page.loads[c16].requests_per_second / (
                run.pages[0].loads[c16].requests_per_second
            )
            share_before = before.loads[c16].requests_per_second / (
                base.pages[0].loads[c16].requests_per_second
            )
            slowdown = share_before / share
            add(
                f"{page.name}, page cache {CACHE_WORDS.get(run.cache)}: "
                f"{run.size:,} within {SLOWDOWN_TARGET}× the time of {smallest:,} "
                "(each against its own /healthz)",
                f"{slowdown:.2f}×",
                slowdown <= SLOWDOWN_TARGET,
            )
    for run in (r for r in runs if r.cache == "0"):
        found = {p.name: p for p in run.pages}
        if "search" in found:
            slower = (
                found["exercise list"].loads[c16].requests_per_second
                / found["search"].loads[c16].requests_per_second
            )
            add(
                f"search, page cache off, {run.size:,} exercises: within "
                f"{SEARCH_TARGET:.0f}× the time of the exercise list",
                f"{slower:.2f}×",
                slower <= SEARCH_TARGET,
            )
    tail, page, run = max(
        (
            (p.loads[c32].p99_ms / p.loads[c32].p50_ms, p, r)
            for r in runs
            for p in r.pages
            if p.loads[c32].p50_ms
        ),
        key=lambda found: found[0],
    )
    add(
        f"p99 ≤ {TAIL_TARGET:.0f}× p50 at 32 connections (worst page)",
        f"{tail:.1f}× ({page.name}, {run.size:,}, cache {CACHE_WORDS.get(run.cache)})",
        tail <= TAIL_TARGET,
    )
    lists = [p for r in runs for p in r.pages if p.path.startswith("/exercises/?")]
    biggest = max(p.bytes for p in lists + [r.pages[2] for r in runs])
    add(
        f"list HTML ≤ {HTML_TARGET // 1000} KB",
        f"{biggest:,} B",
        biggest <= HTML_TARGET,
    )
    most = max(max(p.queries, p.cold_queries) for r in runs for p in r.pages)
    add(f"≤ {QUERY_TARGET} queries a page", f"{most} at most", most <= QUERY_TARGET)
    growth = max(
        after.get(pid, 0) - first
        for r in runs
        for first_round, after in [tuple(r.rss_mb[:2])]
        for pid, first in first_round.items()
    )
    add(
        "worker memory flat across the two rounds",
        f"{growth:+.1f} MB at most",
        growth <= RSS_GROWTH_MB,
    )
    lines = ["| target | measured | met |", "|---|---|---|"]
    lines += [f"| {w} | {m} | {'yes' if ok else '**no**'} |" for w, m, ok in rows]
    return "\n".join(lines)


def cache_words(redis_url: str | None, workers: int) -> str:
    if not redis_url:
        return "no Redis (each worker's cache is its own memory)"
    return f"the cache in Redis ({redis_url}, shared by the {workers} workers)"


def services_words(args) -> str:
    names = local_services(
        {"DATABASE_URL": args.database_url or "", "REDIS_URL": args.redis_url or ""}
    )
    if not names:
        return ""
    listed = " and ".join(sorted(names))
    return (
        f" The CPU of {listed} on this machine counts as the server's, not as other "
        "processes' (†)."
    )


def redis_database(url: str) -> str:
    """`url`, if it names a database other than 0 (bench/run empties it)."""
    from redis.connection import parse_url

    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("redis", "rediss") or not parts.path.strip("/").isdigit():
        raise argparse.ArgumentTypeError(
            f"needs a database number, e.g. {REDIS_EXAMPLE}"
        )
    try:
        # As redis-py reads it: "/00" is 0, and "?db=" wins over the path.
        number = int(parse_url(url).get("db", 0))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"needs a database number, e.g. {REDIS_EXAMPLE}"
        ) from None
    if number == 0:
        # The default database is where other programs keep their data.
        raise argparse.ArgumentTypeError(
            f"bench/run empties the database; use one other than 0, "
            f"e.g. {REDIS_EXAMPLE}"
        )
    return url


def empty_cache(redis_url: str) -> None:
    """Empty the Redis database at `redis_url` (checked by `redis_database`)."""
    if redis_url:
        import redis

        with redis.Redis.from_url(redis_url) as client:
            client.flushdb()


def report(runs: list[Run], args, seconds: float) -> str:
    parts = [
        "# Page speed under gunicorn",
        "",
        "Written by `bench/run` (`make bench`); re-run it to refresh. Every figure "
        "in brackets is the ratio to `/healthz` on the same server in the same "
        "round (one query, no template: the cost of gunicorn, the middleware and "
        "a database round trip; measured at the start and at the end of the "
        "round, its row is the mean of both), so runs on other machines compare. The "
        "slowdown column divides the smaller library's requests/s by the larger "
        "one's; its /healthz row should be 1.00×, and how far it is off shows the "
        "noise between two servers.",
        "",
        *machine(),
        f"- Database: {runs[0].database if runs else '?'}",
        f"- Load: wrk -t2, {args.duration} s a page at 16 connections (after 1 s of "
        f"warm-up), then {args.duration} s at 32; wrk runs on the same "
        f"{os.cpu_count()} CPUs as the server. gunicorn: {args.workers} sync "
        "workers, backpain/gunicorn.conf.py, debug off, DATABASE_CONN_MAX_AGE=60, "
        f"{cache_words(args.redis_url, args.workers)}, GUNICORN_MAX_REQUESTS=0."
        f"{services_words(args)}",
        "- Queries: the second of two requests with Django's test client in "
        'process (bench/page_costs.py), "first" when the first one differed. '
        "HTML bytes: the uncompressed page.",
        f"- Total run time: {seconds / 60:.1f} minutes.",
        "",
    ]
    if len({r.size for r in runs}) > 1 and len(runs) == 4:
        parts += ["## Targets", "", targets(runs), ""]
    by_key = {(r.size, r.cache): r for r in runs}
    smallest = min(r.size for r in runs) if runs else 0
    for run in runs:
        baseline = by_key.get((smallest, run.cache)) if run.size != smallest else None
        parts += [
            f"## {run.size:,} exercises, page cache {CACHE_WORDS.get(run.cache)}",
            "",
            f"{run.page_cache_note}.",
            "",
            table(run, baseline),
            "",
        ]
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Measure the public pages under gunicorn with wrk; writes "
        "bench/RESULTS.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__,
    )
    parser.add_argument(
        "--sizes", default="100,10000", help="library sizes (default 100,10000)"
    )
    parser.add_argument(
        "--database-url",
        help="PostgreSQL server and base name: databases NAME_<size> are created "
        "there fresh and dropped afterwards (default: SQLite files)",
    )
    parser.add_argument(
        "--redis-url",
        type=redis_database,
        help="a Redis database for the servers' cache, as production shares one "
        f"(e.g. {REDIS_EXAMPLE}); emptied before each server starts (default: no "
        "Redis, each worker's own memory)",
    )
    parser.add_argument(
        "--cache", default="0,1", help="BACKPAIN_PAGE_CACHE values (default 0,1)"
    )
    parser.add_argument(
        "--duration", type=int, default=8, help="seconds of wrk a page and round"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--max-wait",
        type=float,
        default=Server.wait_budget,
        help="seconds in all to wait for other work on the machine to calm down "
        "before measurements (default 240; 0: never wait)",
    )
    parser.add_argument(
        "--output",
        default=str(ROOT / "bench" / "RESULTS.md"),
        help="where the report goes; - for standard output only",
    )
    parser.add_argument(
        "--load-seconds",
        type=int,
        default=30,
        help="seconds of the load test on the largest library (0: none)",
    )
    parser.add_argument("--load-connections", type=int, default=64)
    parser.add_argument(
        "--load-only",
        action="store_true",
        help="only the load test; replaces the Load section of --output",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        say("bench/run needs wrk, the HTTP load generator: apt-get install wrk")
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    Server.wait_budget = args.max_wait
    caches = args.cache.split(",")

    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="backpain-bench-"))
    databases = Databases(tmp, args.database_url)
    env = {
        **production_env(tmp),
        "DATABASE_CONN_MAX_AGE": "60",
        "WEB_CONCURRENCY": str(args.workers),
        "GUNICORN_MAX_REQUESTS": "0",
        "REDIS_URL": args.redis_url or "",
    }
    runs: list[Run] = []
    loads: list[LoadRun] = []
    try:
        say(f"Collecting static files into {tmp / 'static'}")
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=ROOT,
            env={**env, "DATABASE_URL": "sqlite:///:memory:"},
            check=True,
        )
        for size in sizes:
            url = databases.new(size)
            say(f"Building a library of {size:,} exercises")
            built = json.loads(
                django_script(
                    "build_library.py",
                    ["--exercises", str(size), "--database-url", url, "--json"],
                    env,
                )
            )
            say(f"  built in {built['seconds']} s")
            for cache in [] if args.load_only else caches:
                runs.append(
                    measure(
                        size,
                        cache,
                        {**env, "DATABASE_URL": url},
                        built,
                        tmp,
                        args.duration,
                    )
                )
                say(table(runs[-1], None))
            if args.load_seconds and size == max(sizes):
                for cache in caches:
                    loads.append(
                        load_test(
                            size,
                            cache,
                            {**env, "DATABASE_URL": url},
                            built,
                            tmp,
                            args.load_connections,
                            args.load_seconds,
                        )
                    )
                say(load_section(loads))
    finally:
        databases.drop_all()
        if args.keep:
            say(f"Kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    existing_path = Path(args.output) if args.output != "-" else None
    existing = (
        existing_path.read_text() if existing_path and existing_path.exists() else ""
    )
    if args.load_only:
        text = with_section(existing, load_section(loads))
    else:
        text = report(runs, args, time.monotonic() - started)
        if loads:
            text = with_section(text, load_section(loads))
        for markers in OTHER_SECTIONS:
            if (kept := kept_section(existing, markers)) is not None:
                text = with_section(text, kept, markers)
    if args.output == "-":
        print(text)
    else:
        Path(args.output).write_text(text)
        say(f"Wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
