"""Cursors for the site's own SQL: statements whose text is fixed and whose
values come as parameters (the page loaders, kept statements, the version row).

On PostgreSQL, most of what those statements cost the database was planning
them, on every request: 0.28 ms for the exercise page's article query, against
0.07 ms to run it, and about 0.5 ms for the rest of the page's reads together.
Django's cursors bind values on the client (psycopg's `ClientCursor`), so each
request sends new text and nothing can be prepared. These cursors bind them on
the server, so psycopg prepares a statement on a connection once it has run
`prepare_threshold` times there (settings.py sets it; Django leaves it off), and
PostgreSQL plans it once for the connection's life. `read_all` sends a page's
reads together, in pipeline mode: one round trip.

The ORM's own queries keep Django's cursors; everything here goes through
Django's cursor wrapper, so query logging, `execute_wrapper` and the tests'
query counts see each statement.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper


def binds_on_server(connection: BaseDatabaseWrapper) -> bool:
    """Whether `statement_cursor` gives server-binding cursors here:
    PostgreSQL through psycopg 3."""
    if connection.vendor != "postgresql":
        return False
    from django.db.backends.postgresql.psycopg_any import is_psycopg3

    return is_psycopg3


@contextmanager
def statement_cursor(connection: BaseDatabaseWrapper) -> Iterator[CursorWrapper]:
    """A cursor for fixed SQL with parameters: on PostgreSQL one that binds
    on the server, so the statement can be prepared; elsewhere the
    connection's own."""
    if not binds_on_server(connection):
        with connection.cursor() as cursor:
            yield cursor
        return
    with _server_binding_cursor(connection) as cursor:
        yield cursor


def read_all(
    cursor: CursorWrapper, reads: Sequence[tuple[str, Sequence]]
) -> list[list[tuple]]:
    """The rows of each (sql, params) in `reads`, in order.

    With a server-binding cursor (`statement_cursor` on PostgreSQL) they go in
    pipeline mode, each on a cursor of its own: one round trip for a page's
    reads, where each cost one (a wait on the database, and about 0.15 ms of
    CPU in psycopg). Elsewhere they run one by one, as on SQLite, where a
    statement costs no round trip.
    """
    connection = cursor.db
    if len(reads) < 2 or not _pipelines(cursor):
        rows = []
        for sql, params in reads:
            cursor.execute(sql, params)
            rows.append(cursor.fetchall())
        return rows
    with ExitStack() as cursors:
        each = [
            cursors.enter_context(_server_binding_cursor(connection)) for _ in reads
        ]
        with connection.wrap_database_errors, connection.connection.pipeline():
            for one, (sql, params) in zip(each, reads, strict=True):
                one.execute(sql, params)
        # Leaving the pipeline waited for every result.
        return [one.fetchall() for one in each]


def _pipelines(cursor: CursorWrapper) -> bool:
    if not binds_on_server(cursor.db):
        return False
    # Imported here: a site on SQLite never loads libpq.
    from psycopg import ClientCursor, Pipeline

    # A pipeline needs libpq 14; a client-binding cursor would send each
    # statement with its values written in, which nothing can prepare.
    return Pipeline.is_supported() and not isinstance(cursor.cursor, ClientCursor)


def _server_binding_cursor(connection: BaseDatabaseWrapper) -> CursorWrapper:
    # What `connection.cursor()` does (BaseDatabaseWrapper._cursor), with the
    # cursor class Django uses when OPTIONS["server_side_binding"] is set.
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        raw = ServerBindingCursor(connection.connection)
    connection.validate_thread_sharing()
    if connection.queries_logged:
        return _LoggedCursor(raw, connection)
    return connection.make_cursor(raw)


class _LoggedCursor(CursorDebugWrapper):
    """Logs each statement with its values written in, as Django logs its own
    with OPTIONS["server_side_binding"]: its usual way reads them back from a
    client-binding cursor, and has nothing to read from this one."""

    def execute(self, sql, params=None):
        with self.debug_sql(self._shown(sql, params), params):
            return CursorWrapper.execute(self, sql, params)

    def _shown(self, sql: str, params) -> str:
        from psycopg import errors

        try:
            return self.db.ops.compose_sql(sql, params)
        except errors.DataError:
            return sql
