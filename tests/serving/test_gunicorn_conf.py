"""backpain/gunicorn.conf.py: every name is a gunicorn setting; workers from env."""

import gc
import runpy
import types
from pathlib import Path

import environ
from gunicorn.config import Config

CONF = Path(__file__).resolve().parents[2] / "backpain" / "gunicorn.conf.py"


def load(monkeypatch, **env) -> dict:
    for name in ("WEB_CONCURRENCY", "GUNICORN_ACCESS_LOG", "GUNICORN_BIND"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Only the environment given here, whatever a local .env says.
    monkeypatch.setattr(environ.Env, "read_env", lambda *args, **kwargs: None)
    return {
        name: value
        for name, value in runpy.run_path(str(CONF)).items()
        # Imports are not settings; hooks (functions) would be.
        if not name.startswith("_") and not isinstance(value, types.ModuleType | type)
    }


def test_every_name_is_a_gunicorn_setting(monkeypatch):
    # A misspelt name would be ignored by gunicorn without a word.
    assert set(load(monkeypatch)) <= set(Config().settings)


def test_defaults_are_two_sync_workers_on_loopback_without_access_log(monkeypatch):
    conf = load(monkeypatch)
    assert conf["workers"] == 2
    assert conf["worker_class"] == "sync"
    assert conf["bind"].startswith("127.0.0.1:")
    assert conf["accesslog"] is None
    assert conf["preload_app"] is False
    assert conf["timeout"] >= conf["graceful_timeout"] > 0


def test_workers_and_access_log_come_from_the_environment(monkeypatch):
    conf = load(monkeypatch, WEB_CONCURRENCY="5", GUNICORN_ACCESS_LOG="1")
    assert conf["workers"] == 5
    assert conf["accesslog"] == "-"


def test_each_worker_freezes_what_the_app_imported(monkeypatch):
    hook = load(monkeypatch)["post_worker_init"]
    assert Config().settings["post_worker_init"].validator(hook) is hook
    gc.unfreeze()
    try:
        hook(worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
