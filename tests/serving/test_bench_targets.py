"""bench/speed.py judges each of issue 10's targets from the figures of a run."""

from bench.speed import Load, Run, mean_load, pages_for, targets

HEALTH_RPS = 4000.0


def run(size: int, cache: str, rps: float, *, p99: float = 8.0) -> Run:
    """A run where every page but /healthz answers `rps` requests a second."""
    pages = pages_for({"sample_exercise": "a", "sample_condition": "b"})
    for index, page in enumerate(pages):
        page.bytes, page.queries, page.cold_queries = 20_000, 5, 6
        rate = HEALTH_RPS if index == 0 else rps
        page.loads = {c: Load(rate, 4.0, p99, 1000, 0) for c in (16, 32)}
    result = Run(size=size, cache=cache, pages=pages)
    result.rss_mb = [{1: 50.0, 2: 51.0}, {1: 50.4, 2: 51.0}]
    return result


def verdicts(runs: list[Run]) -> dict[str, str]:
    rows = targets(runs).splitlines()[2:]
    return {row.split(" | ")[0].lstrip("| "): row.rsplit(" | ", 1)[1] for row in rows}


def test_targets_met_when_the_figures_meet_them():
    runs = [
        run(100, "0", 1600.0),
        run(100, "1", 3000.0),
        run(10_000, "0", 1500.0),
        run(10_000, "1", 3000.0),
    ]
    assert set(verdicts(runs).values()) == {"yes |"}


def test_each_target_says_no_when_missed():
    runs = [
        run(100, "0", 400.0),  # 0.10× /healthz: too slow uncached
        run(100, "1", 3000.0),
        run(10_000, "0", 200.0),  # twice as slow as at 100 exercises
        run(10_000, "1", 3000.0, p99=20.0),  # p99 = 5× p50
    ]
    runs[3].rss_mb[1] = {1: 60.0, 2: 51.0}  # a worker grew by 10 MB
    runs[0].pages[3].bytes = 70_000
    runs[2].pages[4].cold_queries = 11
    search = next(p for p in runs[2].pages if p.name == "search")
    search.loads = {c: Load(40.0, 4.0, 8.0, 1000, 0) for c in (16, 32)}  # 5× slower
    missed = {what for what, met in verdicts(runs).items() if met != "yes |"}
    assert any("page cache off, 100 exercises: ≥ 0.25×" in m for m in missed)
    assert any("exercise page, page cache off, 100 exercises" in m for m in missed)
    assert any("10,000 within 1.3×" in m and "cache off" in m for m in missed)
    assert not any("10,000 within 1.3×" in m and "cache on" in m for m in missed)
    assert any(m.startswith("search, page cache off, 10,000") for m in missed)
    assert not any(m.startswith("search, page cache off, 100 ") for m in missed)
    assert {
        "p99 ≤ 4× p50 at 32 connections (worst page)",
        "list HTML ≤ 60 KB",
        "≤ 10 queries a page",
        "worker memory flat across the two rounds",
    } <= missed


def test_a_full_run_keeps_the_lighthouse_section_and_replaces_the_load_one():
    from bench.speed import OTHER_SECTIONS, kept_section, with_section

    old = (
        "# Old\n\n<!-- load -->\nold load\n<!-- /load -->\n\n"
        "<!-- lighthouse -->\nscores\n<!-- /lighthouse -->\n"
    )
    new = with_section("# New\n", "<!-- load -->\nnew load\n<!-- /load -->")
    for markers in OTHER_SECTIONS:
        new = with_section(new, kept_section(old, markers), markers)
    assert new == (
        "# New\n\n<!-- load -->\nnew load\n<!-- /load -->\n\n"
        "<!-- lighthouse -->\nscores\n<!-- /lighthouse -->\n"
    )


def test_healthz_measured_twice_counts_as_the_mean_of_both():
    start = Load(3000.0, 5.0, 9.0, 24000, 0, other_cpu=0.01)
    end = Load(2000.0, 7.0, 13.0, 16000, 1, other_cpu=0.05, error_kinds={"read": 1})
    both = mean_load(start, end)
    assert (both.requests_per_second, both.p50_ms, both.p99_ms) == (2500.0, 6.0, 11.0)
    assert (both.requests, both.errors, both.error_kinds) == (40000, 1, {"read": 1})
    assert both.other_cpu == 0.05
