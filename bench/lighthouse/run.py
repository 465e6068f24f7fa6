"""Lighthouse scores of public pages, served as production serves them.

    bench/lighthouse/run              # print the scores (5 to 6 minutes)
    bench/lighthouse/run --write      # and put them in bench/RESULTS.md
    bench/lighthouse/run --runs 1     # one Lighthouse run a row (2 to 3 minutes)
    bench/lighthouse/run --keep       # keep the temporary folder (JSON, logs)

Needs Node.js 18.16+ with npm (Debian's node 20 is fine) and Debian's Chromium
(`apt-get install chromium`; CHROME_PATH points elsewhere). No browser is ever
downloaded.

1. Lighthouse 12.2.3 comes from npm into bench/lighthouse/node_modules
   (git-ignored): `npm ci` runs there whenever package-lock.json is newer than
   the last install. It is pinned exactly: Lighthouse 13 needs Node 22, and
   `npm ci` on this Node refuses a lock made with 12.3 to 13.4.
2. The site is started as `make serve` and bench/run start it (gunicorn with
   backpain/gunicorn.conf.py, bench/speed.py's Server): debug off,
   `collectstatic` (hashed, compressed files served by WhiteNoise), a fresh
   SQLite database in a temporary folder with `migrate`, `load_demo` and
   `rebuild_search_index`, page cache on, on a free loopback port (8300-8399).
3. Each page is fetched once (a visitor mostly gets a page that is already
   cached), then Lighthouse scores it in all four categories with its default
   mobile settings (a mid-range phone on slow 4G, simulated) and with
   `--preset=desktop`, --runs times each (3): the run with the median
   performance score is shown, with the range. Performance times the
   browser's own work, so it moves by a few points between runs on a shared
   2-CPU machine; the other categories do not move. Before each run the script
   waits (1 s, up to a minute in all) for other processes to leave the CPUs
   alone, as bench/run does, and marks rows measured while they did not (†).
4. It prints a Markdown table of the scores and, for every score below 100, the
   audits that failed; `--write` puts the same text between `<!-- lighthouse -->`
   and `<!-- /lighthouse -->` in bench/RESULTS.md (added at the end the first
   time).

HTTPS: production serves HTTPS from a proxy in front of gunicorn; here it is
plain HTTP on 127.0.0.1, with the redirect to HTTPS and the trust in the
proxy's X-Forwarded-Proto turned off as bench/run and `make serve` do. Lighthouse
counts 127.0.0.1 as secure, so `is-on-https` passes and `redirects-http` does not
apply for that reason alone; the output says so under the table. The HTTPS set-up
itself is tested in tests/hardening/ (headers, `manage.py check --deploy`).

Uploaded pictures (/media/) are served by that proxy too, not by gunicorn, so the
pages measured have no photos.

The scores are reported, not enforced: the exit status is 0 whenever Lighthouse
ran, 2 when a tool is missing (node, npm, Chromium), 1 when the server or
Lighthouse failed.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # bench/ is a folder of scripts, not a package
from speed import (  # noqa: E402
    BUSY,
    Server,
    machine,
    production_env,
    say,
    with_section,
)

PYTHON = sys.executable
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROME_PATH = os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
CHROME_FLAGS = "--headless=new --no-sandbox"
NODE_LEAST = (18, 16)  # Lighthouse 12's "engines"
PAGES = [
    ("exercise list", "/exercises/"),
    ("list: hip stretches", "/exercises/?region=hips&kind=stretch"),
    ("exercise page", "/exercises/seated-hip-rotator-stretch/"),
]
FORM_FACTORS = ("mobile", "desktop")
CATEGORIES = {
    "performance": "performance",
    "accessibility": "accessibility",
    "best-practices": "best practices",
    "seo": "SEO",
}
# Audits that pass or do not apply only because the server is on 127.0.0.1.
LOOPBACK_AUDITS = ("is-on-https", "redirects-http", "uses-http2")
# Audits that are not pass/fail, and Lighthouse's own errors.
NOT_JUDGED = ("manual", "notApplicable", "informative", "error")
QUIET_BUDGET = 60.0  # seconds in all to wait for the machine to be quiet
START, END = "<!-- lighthouse -->", "<!-- /lighthouse -->"
RESULTS = ROOT / "bench" / "RESULTS.md"


class Missing(Exception):
    """A tool the script needs is not installed."""


@dataclass
class Result:
    name: str
    path: str
    form_factor: str
    report: dict
    other_cpu: float = 0.0  # before this run; the most before any, once chosen
    scores: dict[str, int | None] = field(default_factory=dict)
    # Once chosen as the median of several runs: their performance scores, and
    # how many of them Lighthouse could not score.
    performance_scores: list[int] = field(default_factory=list)
    failed_runs: int = 0

    def __post_init__(self) -> None:
        categories = self.report.get("categories", {})
        for key in CATEGORIES:
            score = categories.get(key, {}).get("score")
            self.scores[key] = None if score is None else round(score * 100)

    def failing(self, category: str) -> list[str]:
        """The category's audits that did not pass, heaviest first, each with
        the first few things it points at."""
        audits = self.report["audits"]
        rows = []
        for ref in self.report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if audit.get("scoreDisplayMode") in NOT_JUDGED:
                continue  # errors are listed apart: Lighthouse's, not the page's
            if audit.get("score") is None or audit["score"] >= 1:
                continue
            detail = [
                audit.get("displayValue", ""),
                f"score {audit['score']:.2f}",
                f"weight {ref['weight']:.3g}" if ref["weight"] else "no weight",
            ]
            text = (
                f"`{audit['id']}` {audit['title']} ({', '.join(filter(None, detail))})"
            )
            if where := pointed_at(audit):
                text += ": " + "; ".join(where)
            rows.append((-ref["weight"], text))
        return [text for _, text in sorted(rows)]


def pointed_at(audit: dict, most: int = 3) -> list[str]:
    """What a failed audit's details name: an element's HTML or a URL."""
    found = []
    for item in (audit.get("details") or {}).get("items", [])[:most]:
        for value in item.values():
            if isinstance(value, dict) and value.get("type") == "node":
                found.append(f"`{value.get('snippet', value.get('selector', '?'))}`")
                break
            if isinstance(value, str) and value.startswith(("http:", "https:")):
                # The server's own address changes from run to run; keep the path.
                found.append(re.sub(r"^http://127\.0\.0\.1:\d+(?=/)", "", value))
                break
    return found


def node_version() -> tuple[int, ...]:
    node = shutil.which("node")
    if not node:
        raise Missing("node is not installed (Debian: apt-get install nodejs npm)")
    text = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
    version = tuple(int(n) for n in re.findall(r"\d+", text)[:3])
    if version[:2] < NODE_LEAST:
        raise Missing(
            f"Lighthouse 12 needs Node {'.'.join(map(str, NODE_LEAST))} or newer; "
            f"node is {text.strip()}"
        )
    return version


def install_lighthouse() -> None:
    """`npm ci` in bench/lighthouse when the lock is newer than the install."""
    lock, installed = (
        HERE / "package-lock.json",
        HERE / "node_modules/.package-lock.json",
    )
    if (
        LIGHTHOUSE.exists()
        and installed.exists()
        and installed.stat().st_mtime >= lock.stat().st_mtime
    ):
        return
    npm = shutil.which("npm")
    if not npm:
        raise Missing("npm is not installed (Debian: apt-get install npm)")
    say("Installing Lighthouse: npm ci in bench/lighthouse")
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=HERE,
        # Lighthouse drives the system's Chromium; never fetch a browser.
        env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
        stdout=sys.stderr,  # standard output is the report
    )
    if result.returncode or not LIGHTHOUSE.exists():
        raise RuntimeError("npm ci in bench/lighthouse failed (see above)")


def chromium_version() -> str:
    if not (os.path.isfile(CHROME_PATH) and os.access(CHROME_PATH, os.X_OK)):
        raise Missing(
            f"no Chromium at {CHROME_PATH} (Debian: apt-get install chromium; "
            "CHROME_PATH=/path/to/chromium for another one)"
        )
    # Debian's launcher script prints a harmless warning on standard error.
    result = subprocess.run([CHROME_PATH, "--version"], capture_output=True, text=True)
    return result.stdout.strip() or "Chromium (version unknown)"


def manage(env: dict, *args: str) -> None:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
        )


def server_env(tmp: Path) -> dict:
    """The production settings for plain HTTP on loopback, as bench/speed.py
    gives gunicorn (every value set, so a developer's .env changes nothing)."""
    return {
        **production_env(tmp),
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "BACKPAIN_PAGE_CACHE": "1",
    }


def start_site(tmp: Path) -> Server:
    env = server_env(tmp)
    for step in (
        ("collectstatic", "--no-input", "-v0"),
        ("migrate", "--no-input", "-v0"),
        ("load_demo",),
        ("rebuild_search_index",),
    ):
        say(f"manage.py {' '.join(step)}")
        manage(env, *step)
    server = Server(env, tmp / "gunicorn.log")
    say(f"gunicorn is up at {server.base}")
    return server


def warm(server: Server, path: str) -> None:
    """Fetch the page once, so Lighthouse gets it from the page cache as most
    visitors do, and stop early on a page that does not answer 200."""
    request = urllib.request.Request(server.base + path)
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")


def lighthouse(server: Server, path: str, form_factor: str, out: Path) -> None:
    command = [
        str(LIGHTHOUSE),
        server.base + path,
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
        *(["--preset=desktop"] if form_factor == "desktop" else []),
    ]
    result = subprocess.run(
        command,
        cwd=HERE,
        env={**os.environ, "CHROME_PATH": CHROME_PATH},
        capture_output=True,
        text=True,
    )
    if result.returncode or not out.exists():
        raise RuntimeError(
            f"lighthouse failed on {path} ({form_factor}), status "
            f"{result.returncode}:\n{result.stderr[-3000:]}"
        )


def measure(server: Server, tmp: Path, runs: int) -> list[Result]:
    Server.wait_budget = QUIET_BUDGET
    results = []
    for name, path in PAGES:
        warm(server, path)
        slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
        for form_factor in FORM_FACTORS:
            tries = []
            for run in range(1, runs + 1):
                say(f"lighthouse {path} ({form_factor}, run {run} of {runs})")
                out = tmp / f"{slug}-{form_factor}-{run}.json"
                # Chromium's helper processes are not ours to count once
                # Lighthouse kills it, so the machine is looked at just before.
                server.waited += server.wait_for_quiet()
                other = server.other_cpu(functools.partial(time.sleep, 1))
                lighthouse(server, path, form_factor, out)
                report = json.loads(out.read_text())
                tries.append(Result(name, path, form_factor, report, other_cpu=other))
            results.append(median(tries))
    return results


def median(tries: list[Result]) -> Result:
    """The run with the median performance score: only performance varies from
    run to run (it times the browser's work on a shared machine)."""
    scored = [r for r in tries if None not in r.scores.values()] or tries
    scored.sort(key=lambda r: r.scores["performance"] or 0)
    chosen = scored[len(scored) // 2]
    chosen.performance_scores = sorted(r.scores["performance"] or 0 for r in scored)
    chosen.failed_runs = len(tries) - len(scored) if scored is not tries else 0
    chosen.other_cpu = max(r.other_cpu for r in tries)
    return chosen


# Output ----------------------------------------------------------------------


def scores_table(results: list[Result]) -> str:
    head = ["page", "form factor", *CATEGORIES.values()]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        cells = [
            "error" if s is None else (str(s) if s == 100 else f"**{s}**")
            for s in r.scores.values()
        ]
        low, high = r.performance_scores[0], r.performance_scores[-1]
        if low != high:
            cells[0] += f" ({low}–{high})"
        busy = " †" if r.other_cpu > BUSY else ""
        lines.append(
            f"| {r.name} `{r.path}` | {r.form_factor}{busy} | {' | '.join(cells)} |"
        )
    return "\n".join(lines)


def failures(results: list[Result]) -> list[str]:
    lines = []
    for r in results:
        if r.failed_runs:
            lines.append(
                f"- {r.name} `{r.path}`, {r.form_factor}: Lighthouse could not score "
                f"the page in {r.failed_runs} of its runs."
            )
        if (error := r.report.get("runtimeError")) and error.get("code"):
            lines.append(
                f"- {r.name} `{r.path}`, {r.form_factor}: Lighthouse could not load "
                f"the page: {error['code']} {error.get('message', '')}"
            )
        for key, label in CATEGORIES.items():
            score = r.scores[key]
            if score is None or score >= 100:
                continue
            audits = r.failing(key) or ["no failing audit listed"]
            lines.append(f"- {r.name} `{r.path}`, {r.form_factor}, {label} {score}:")
            lines += [f"  - {audit}" for audit in audits]
    return lines


def tool_errors(results: list[Result]) -> list[str]:
    """Audits Lighthouse itself failed to run: not the page's fault, but what
    they would have said is missing."""
    errors: dict[str, tuple[str, list[float]]] = {}
    for r in results:
        weights = {
            ref["id"]: ref["weight"]
            for category in r.report["categories"].values()
            for ref in category["auditRefs"]
        }
        for audit in r.report["audits"].values():
            if audit.get("scoreDisplayMode") == "error":
                message = audit.get("errorMessage", "?")
                errors.setdefault(audit["id"], (message, []))[1].append(
                    weights.get(audit["id"], 0)
                )
    if not errors:
        return []
    weighed = [a for a, (_, weights) in errors.items() if any(weights)]
    # Gatherers wrap the error they depend on: the shortest message is the cause.
    cause = min((message for message, _ in errors.values()), key=len)
    return [
        f"Lighthouse could not run {len(errors)} audits (in "
        f"{max(len(w) for _, w in errors.values())} of the {len(results)} runs "
        "shown): "
        + ", ".join(f"`{a}`" for a in errors)
        + ". "
        + (
            f"{', '.join(weighed)} count toward a score, which is therefore "
            "incomplete. "
            if weighed
            else "None of them counts toward a score. "
        )
        + f"The error: “{cause}”."
    ]


def loopback_note(results: list[Result]) -> str:
    states = {}
    for r in results:
        for audit_id in LOOPBACK_AUDITS:
            audit = r.report["audits"].get(audit_id)
            if audit:
                state = (
                    "not applicable"
                    if audit["scoreDisplayMode"] == "notApplicable"
                    else "passed"
                    if audit.get("score") == 1
                    else f"score {audit.get('score')}"
                )
                states.setdefault(audit_id, set()).add(state)
    found = "; ".join(f"`{a}` {', '.join(sorted(s))}" for a, s in states.items())
    return (
        "HTTPS is not measured here: production serves HTTPS from the proxy in "
        "front of gunicorn, this run plain HTTP on 127.0.0.1 (DJANGO_SSL_REDIRECT=0, "
        "DJANGO_BEHIND_HTTPS_PROXY=0, as bench/run), and Lighthouse treats "
        f"127.0.0.1 as a secure origin, so these audits say nothing: {found}."
    )


def software(chromium: str) -> str:
    import django
    import gunicorn

    node = subprocess.run(["node", "--version"], capture_output=True, text=True)
    return (
        f"- Software: Python {platform.python_version()}, Django "
        f"{django.get_version()}, gunicorn {gunicorn.__version__}, Lighthouse "
        f"{lighthouse_version()}, {chromium}, Node {node.stdout.strip()}"
    )


def lighthouse_version() -> str:
    package = HERE / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text())["version"]


def section(
    results: list[Result], runs: int, chromium: str, seconds: float, waited: float
) -> str:
    facts = [line for line in machine() if not line.startswith("- Software:")]
    busy = [r for r in results if r.other_cpu > BUSY]
    lines = [
        START,
        "## Lighthouse",
        "",
        "Written by `bench/lighthouse/run --write`; re-run it to refresh. The "
        "issue's target: 100 in all four categories. Lighthouse in Debian's Chromium "
        f'(`--chrome-flags="{CHROME_FLAGS}"`), once with its default mobile '
        "settings (simulated slow 4G and a 4× slower CPU) and once with "
        "`--preset=desktop`, against gunicorn with the production settings (debug "
        "off, hashed static files from WhiteNoise, page cache on, each page "
        "fetched once before), serving the demo library from a fresh SQLite "
        "database on plain HTTP on loopback. "
        + (
            f"Each row is the run with the median performance score of {runs}, "
            "with the range in brackets when they differ (only performance varies "
            "between runs). "
            if runs > 1
            else ""
        )
        + "Bold: below 100.",
        "",
        *facts,
        software(chromium),
        f"- Total run time: {seconds / 60:.1f} minutes"
        + (f" (waited {waited:.0f} s for the machine to be quiet)" if waited else "")
        + ".",
        "",
        scores_table(results),
    ]
    if busy:
        lines += [
            "",
            f"† Other processes used more than {BUSY:.0%} of the CPUs just before "
            f"a run (up to {max(r.other_cpu for r in busy):.0%}): Chromium and "
            "the server had less, so performance may be low.",
        ]
    failed = failures(results)
    if failed:
        lines += ["", "Audits that failed, for each score below 100:", "", *failed]
    else:
        lines += ["", "Every score is 100."]
    if errors := tool_errors(results):
        lines += ["", *errors]
    lines += ["", loopback_note(results), END]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="bench/lighthouse/run",
        description="Lighthouse scores of the exercise list and an exercise page "
        "under gunicorn with the production settings.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__,
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help="replace the Lighthouse section of bench/RESULTS.md (or add it)",
    )
    parser.add_argument(
        "--output", default=str(RESULTS), help="the file --write changes"
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="Lighthouse runs a page and form factor; the median by performance "
        "is shown (default 3)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    started = time.monotonic()
    try:
        node_version()
        chromium = chromium_version()
        install_lighthouse()
    except Missing as missing:
        say(f"bench/lighthouse/run cannot run: {missing}.")
        return 2
    except RuntimeError as error:
        say(f"bench/lighthouse/run: {error}")
        return 1

    tmp = Path(tempfile.mkdtemp(prefix="backpain-lighthouse-"))
    server = None
    try:
        server = start_site(tmp)
        results = measure(server, tmp, max(1, args.runs))
        waited = server.waited
    except (RuntimeError, OSError) as error:
        say(f"bench/lighthouse/run: {error}")
        return 1
    finally:
        if server:
            server.stop()
        if args.keep:
            say(f"Kept {tmp} (Lighthouse JSON reports, gunicorn.log)")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    runs = max(1, args.runs)
    text = section(results, runs, chromium, time.monotonic() - started, waited)
    print(text)
    if any(score is None for r in results for score in r.scores.values()):
        say("bench/lighthouse/run: Lighthouse could not score every page (above).")
        return 1
    if args.write:
        output = Path(args.output)
        output.write_text(
            with_section(
                output.read_text() if output.exists() else "", text, (START, END)
            )
        )
        say(f"Wrote the Lighthouse section of {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
