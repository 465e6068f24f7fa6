"""The system check names what search needs from SQLite."""

from search import checks

SQLITE = "django.db.backends.sqlite3"


def test_an_old_sqlite_is_refused_with_what_to_do(monkeypatch):
    monkeypatch.setattr(checks, "_engines", lambda: {SQLITE})
    monkeypatch.setattr(checks.sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(checks.sqlite3, "sqlite_version", "3.31.1")
    errors = checks.sqlite_can_search()
    assert [e.id for e in errors] == ["search.E001"]
    assert "3.35" in errors[0].msg and "3.31.1" in errors[0].msg


def test_a_sqlite_without_fts5_is_refused(monkeypatch):
    monkeypatch.setattr(checks, "_engines", lambda: {SQLITE})
    monkeypatch.setattr(checks, "_has_fts5", lambda: False)
    assert [e.id for e in checks.sqlite_can_search()] == ["search.E002"]


def test_this_sqlite_and_postgresql_pass(monkeypatch):
    monkeypatch.setattr(checks, "_engines", lambda: {SQLITE})
    assert checks.sqlite_can_search() == []
    monkeypatch.setattr(checks, "_engines", lambda: {"django.db.backends.postgresql"})
    assert checks.sqlite_can_search() == []
