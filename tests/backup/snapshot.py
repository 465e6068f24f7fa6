"""What a restore must put back, read around the code under test: every table's
rows and every media file, as fingerprints that compare equal only when the
contents are the same."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings
from django.db import connection

# The one row a restore changes on purpose: it moves the content version on, so
# no page cached before the restore is served after it.
VERSION_TABLE = "articles_contentversion"


def tables() -> dict[str, tuple[int, str]]:
    """Every table (SQLite's FTS5 table and its shadow tables included), with
    its row count and a SHA-256 of its rows in a fixed order; the counters the
    next ids come from too."""
    quote = connection.ops.quote_name
    names = connection.introspection.table_names(include_views=False)
    found = {}
    with connection.cursor() as cursor:
        for name in names:
            cursor.execute(f"SELECT * FROM {quote(name)}")
            found[name] = _fingerprint(cursor.fetchall())
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name, seq FROM sqlite_sequence")
        else:
            cursor.execute(
                "SELECT sequencename, last_value FROM pg_sequences "
                "WHERE schemaname = current_schema()"
            )
        found["(id counters)"] = _fingerprint(cursor.fetchall())
    return found


def content_tables() -> dict[str, tuple[int, str]]:
    found = tables()
    del found[VERSION_TABLE]
    return found


def media_files() -> dict[str, str]:
    """Every file under MEDIA_ROOT: its SHA-256."""
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _fingerprint(rows) -> tuple[int, str]:
    # memoryview (bytea) has no stable repr; SQLite's shadow tables hold bytes.
    lines = sorted(
        repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
        for row in rows
    )
    return len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()
