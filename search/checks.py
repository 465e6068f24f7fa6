"""Search needs SQLite 3.35+ (bulk inserts that return their ids) built with
FTS5; say so at start-up rather than in a log line at the first save."""

import sqlite3

from django.conf import settings
from django.core.checks import Error, register

MIN_SQLITE = (3, 35)


def _has_fts5() -> bool:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def _engines() -> set[str]:
    return {db["ENGINE"] for db in settings.DATABASES.values()}


@register()
def sqlite_can_search(app_configs=None, **kwargs):
    if "django.db.backends.sqlite3" not in _engines():
        return []
    errors = []
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        errors.append(
            Error(
                f"Search needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer; "
                f"Python here uses {sqlite3.sqlite_version}.",
                hint="Use a newer Python build, or PostgreSQL (DATABASE_URL).",
                id="search.E001",
            )
        )
    if not _has_fts5():
        errors.append(
            Error(
                "Search needs SQLite's FTS5 extension, which this SQLite lacks.",
                hint="Use a Python whose SQLite has FTS5 (most do), or PostgreSQL.",
                id="search.E002",
            )
        )
    return errors
