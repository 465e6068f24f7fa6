"""bench/run on PostgreSQL and Redis: which Redis databases it may empty, that
it does, and that their servers' CPU counts as the site's."""

import argparse
import os

import pytest

from bench import speed
from bench.speed import cache_words, empty_cache, local_services, redis_database

# Neither the page cache tests' database (15) nor bench/two_servers.py's (14).
REDIS_URL = "redis://127.0.0.1:6379/12"


@pytest.mark.parametrize(
    "url", ["redis://127.0.0.1:6379/13", "rediss://cache.internal:6380/2"]
)
def test_a_numbered_database_is_taken(url):
    assert redis_database(url) == url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("redis://127.0.0.1:6379", "needs a database number"),
        ("redis://127.0.0.1:6379/", "needs a database number"),
        ("redis://127.0.0.1:6379/cache", "needs a database number"),
        ("http://127.0.0.1:6379/13", "needs a database number"),
        # Emptied by every run: not where other programs keep their keys.
        ("redis://127.0.0.1:6379/0", "use one other than 0"),
        ("redis://127.0.0.1:6379/00", "use one other than 0"),  # as redis-py reads it
        ("redis://127.0.0.1:6379/13?db=0", "use one other than 0"),  # db= wins
        ("redis://127.0.0.1:6379/13?db=x", "needs a database number"),
    ],
)
def test_other_addresses_are_refused(url, says):
    with pytest.raises(argparse.ArgumentTypeError, match=says):
        redis_database(url)


def test_the_report_says_which_cache_the_servers_had():
    assert cache_words(None, 2).startswith("no Redis")
    assert cache_words(REDIS_URL, 3).endswith(f"({REDIS_URL}, shared by the 3 workers)")


class Started(Exception):
    pass


def test_each_server_empties_its_cache_before_it_starts(monkeypatch, tmp_path):
    events = []
    monkeypatch.setattr(speed, "empty_cache", lambda url: events.append(("empty", url)))

    def popen(*args, **kwargs):
        events.append(("gunicorn", kwargs["env"]["REDIS_URL"]))
        raise Started

    monkeypatch.setattr(speed.subprocess, "Popen", popen)
    with pytest.raises(Started):
        speed.Server({"REDIS_URL": REDIS_URL}, tmp_path / "gunicorn.log")
    assert events == [("empty", REDIS_URL), ("gunicorn", REDIS_URL)]


def test_emptying_the_cache_empties_the_redis_database():
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
        client.ping()
    except redis.RedisError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no Redis at {REDIS_URL}")
    client.set("backpain:page:kept-by-an-earlier-run", b"<html>")
    empty_cache(REDIS_URL)
    assert client.dbsize() == 0
    client.close()


def test_no_redis_no_emptying():
    empty_cache("")  # nothing to connect to, and nothing raised


@pytest.mark.parametrize(
    ("database", "cache", "names"),
    [
        ("sqlite:////tmp/library.sqlite3", "", set()),
        ("postgres://postgres@127.0.0.1:5432/bench_100", "", {"postgres"}),
        (
            "postgresql://postgres@localhost/bench_100",
            "redis://127.0.0.1:6379/13",
            {"postgres", "redis-server"},
        ),
        # Elsewhere: their CPU is not on this machine's count.
        ("postgres://postgres@db.internal:5432/bench_100", "", set()),
        ("sqlite:////tmp/x.sqlite3", "redis://cache.internal:6379/13", set()),
    ],
)
def test_local_database_and_cache_servers_do_the_sites_work(database, cache, names):
    assert local_services({"DATABASE_URL": database, "REDIS_URL": cache}) == names
