"""Cursors for the site's own SQL: statements whose text is fixed and whose
values come as parameters (the page loaders, kept statements, the version row).

On PostgreSQL, most of what those statements cost the database was planning
them, on every request: 0.28 ms for the exercise page's article query, against
0.07 ms to run it, and about 0.5 ms for the rest of the page's reads together.
Django's cursors bind values on the client (psycopg's `ClientCursor`), so each
request sends new text and nothing can be prepared. These cursors bind them on
the server, so psycopg prepares a statement on a connection once it has run
`prepare_threshold` times there (settings.py sets it; Django leaves it off).
`read_all` sends a page's reads together, in pipeline mode: one round trip.

A prepared statement is parsed once per connection; PostgreSQL plans its
first five runs with their values, then keeps a generic plan when that costs
no more, and stops planning it (`pg_prepared_statements` counts both: 20 of
the 23 statements a tour of the pages prepares; the exercise list's rows are
still planned each time, with their values). Preparing pays only on
connections that live for many requests (DATABASE_CONN_MAX_AGE, as production
sets it).

The ORM's own queries keep Django's cursors; everything here goes through
Django's cursor wrapper, so query logging, `execute_wrapper` and the tests'
query counts see each statement (in a pipeline they time only its sending).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from types import SimpleNamespace

from django.db import DatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper


def binds_on_server(connection: BaseDatabaseWrapper) -> bool:
    """Whether `statement_cursor` gives server-binding cursors here:
    PostgreSQL through psycopg 3."""
    return connection.vendor == "postgresql" and _psycopg3()


@functools.cache
def _psycopg3() -> bool:
    from django.db.backends.postgresql.psycopg_any import is_psycopg3

    return is_psycopg3


@contextmanager
def statement_cursor(connection: BaseDatabaseWrapper) -> Iterator[CursorWrapper]:
    """A cursor for fixed SQL with parameters: on PostgreSQL one that binds
    on the server, so the statement can be prepared; on SQLite one that
    rewrites each statement's placeholders once; elsewhere the connection's
    own."""
    if binds_on_server(connection):
        opened = _server_binding_cursor(connection)
    elif _stock_sqlite(connection):
        opened = _kept_qmark_cursor(connection)
    else:
        opened = connection.cursor()
    with opened as cursor:
        yield cursor


def ints_as_bigint(sender, connection: BaseDatabaseWrapper, **kwargs) -> None:
    """Sends every int parameter as a bigint (a `connection_created` receiver).

    psycopg types each int by its size (smallint, integer, bigint), and keeps a
    prepared statement per text and parameter types: a page of cards whose ids
    straddle 32,767 would be a new statement nearly every time, pushing the
    others out of psycopg's hundred. Client-binding cursors write ints the same
    either way. The SQL here only compares ints with columns; an int handed to
    a function that takes an integer (substr, make_interval, …) would need
    `%s::integer` in a statement run through these cursors.
    """
    if binds_on_server(connection):
        from psycopg.types.numeric import Int8Dumper

        connection.connection.adapters.register_dumper(int, Int8Dumper)


def read_all(
    cursor: CursorWrapper, reads: Sequence[tuple[str, Sequence]]
) -> list[list[tuple]]:
    """The rows of each (sql, params) in `reads`, in order.

    With a server-binding cursor (`statement_cursor` on PostgreSQL) they go in
    pipeline mode, each on a cursor of its own: one round trip for a page's
    reads, where each cost one (a wait on the database, and about 0.15 ms of
    CPU in psycopg). Elsewhere they run one by one, as on SQLite, where a
    statement costs no round trip. In a pipeline, an error surfaces on a later
    statement's execute or when the pipeline ends, as Django's DatabaseError
    either way.
    """
    connection = cursor.db
    if not _pipelines(cursor):
        rows = []
        for sql, params in reads:
            cursor.execute(sql, params)
            rows.append(cursor.fetchall())
        return rows
    with _forgetting_on_error(connection), ExitStack() as cursors:
        each = [
            cursors.enter_context(_server_binding_cursor(connection)) for _ in reads
        ]
        with connection.wrap_database_errors, connection.connection.pipeline():
            for one, (sql, params) in zip(each, reads, strict=True):
                one.execute(sql, params)
        # Leaving the pipeline waited for every result.
        return [one.fetchall() for one in each]


@contextmanager
def _forgetting_on_error(connection: BaseDatabaseWrapper) -> Iterator[None]:
    """Drops psycopg's prepared statements when a pipeline fails.

    psycopg counts a statement as prepared once it has asked for it, without
    checking that the server did when the statement has run before: after a
    failure earlier in the same pipeline (a timeout, a cancel), the server
    skipped that request, and every later run would fail with "prepared
    statement does not exist" for as long as the connection lives.

    Outside a transaction, the connection is closed, and the next query opens
    another. Inside one, the transaction is marked to roll back, even if the
    caller goes on after catching the error (PostgreSQL would refuse its
    COMMIT anyway): psycopg drops its statements on `Connection.rollback()`,
    and on a ROLLBACK TO SAVEPOINT it sees sent, which Django's savepoints
    are, each name being new.
    """
    try:
        yield
    except DatabaseError:
        if connection.in_atomic_block:
            connection.set_rollback(True)
        else:
            connection.close()
        raise


def _pipelines(cursor: CursorWrapper) -> bool:
    if not binds_on_server(cursor.db):
        return False
    pg = _postgresql()
    # A pipeline needs libpq 14; a client-binding cursor would send each
    # statement with its values written in, which nothing can prepare.
    return pg.pipelines and not isinstance(cursor.cursor, pg.ClientCursor)


def _wrapped_cursor(
    connection: BaseDatabaseWrapper,
    create: Callable[[], object],
    logged: Callable[[object], CursorWrapper],
) -> CursorWrapper:
    # What `connection.cursor()` does (BaseDatabaseWrapper._cursor), with
    # `create` in place of DatabaseWrapper.create_cursor, and `logged` making
    # the cursor that logs statements when queries are logged.
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        raw = create()
    connection.validate_thread_sharing()
    if connection.queries_logged:
        return logged(raw)
    return connection.make_cursor(raw)


def _server_binding_cursor(connection: BaseDatabaseWrapper) -> CursorWrapper:
    # The cursor class Django uses when OPTIONS["server_side_binding"] is set.
    pg = _postgresql()

    def create():
        raw = pg.ServerBindingCursor(connection.connection)
        # As DatabaseWrapper.create_cursor: the connection's time zone, when it
        # differs from the one its dates were set up with.
        loader = connection.connection.adapters.get_loader(pg.TIMESTAMPTZ, pg.TEXT)
        if connection.timezone != loader.timezone:
            pg.register_tzloader(connection.timezone, raw)
        return raw

    return _wrapped_cursor(
        connection, create, lambda raw: pg.LoggedCursor(raw, connection)
    )


def _kept_qmark_cursor(connection: BaseDatabaseWrapper) -> CursorWrapper:
    return _wrapped_cursor(
        connection,
        lambda: connection.connection.cursor(factory=_sqlite().KeptQmarkCursor),
        connection.make_debug_cursor,
    )


def _stock_sqlite(connection: BaseDatabaseWrapper) -> bool:
    # A backend built on Django's SQLite one that makes its own cursors (to
    # instrument them, say) keeps them.
    return (
        connection.vendor == "sqlite"
        and getattr(connection.create_cursor, "__func__", None)
        is _sqlite().create_cursor
    )


@functools.cache
def _sqlite() -> SimpleNamespace:
    """The SQLite path's cursor class, made once, and only where there is
    SQLite."""
    from django.db.backends.sqlite3.base import DatabaseWrapper, SQLiteCursorWrapper

    # Django's own rewrite ("format" style to "qmark"), kept per text; it
    # reads nothing of the cursor.
    qmark = functools.lru_cache(maxsize=1024)(
        functools.partial(SQLiteCursorWrapper.convert_query, None)
    )

    class KeptQmarkCursor(SQLiteCursorWrapper):
        """Django's SQLite cursor, rewriting `%s` to `?` once per statement
        text: a regular expression over the whole text on every run was about
        a seventh of the exercise page's reads. The loaders' texts are fixed;
        the lists' are kept per filter and page (articles.statements), so a
        bounded LRU holds the ones in use, and one falling out is only
        rewritten again."""

        def convert_query(self, query, *, param_names=None):
            if param_names is None:
                return qmark(query)
            return super().convert_query(query, param_names=param_names)

    return SimpleNamespace(
        KeptQmarkCursor=KeptQmarkCursor,
        create_cursor=DatabaseWrapper.create_cursor,
        qmark=qmark,
    )


@functools.cache
def _postgresql() -> SimpleNamespace:
    """What the server-binding path uses of psycopg and Django's backend,
    imported once, and only where there is PostgreSQL: a site on SQLite never
    loads libpq."""
    from django.db.backends.postgresql.base import (
        TIMESTAMPTZ_OID,
        CursorDebugWrapper,
        ServerBindingCursor,
    )
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg import ClientCursor, Error, Pipeline
    from psycopg.pq import Format

    class LoggedCursor(CursorDebugWrapper):
        """Logs each statement with its values written in, as Django logs its
        own with OPTIONS["server_side_binding"]: its usual way reads the text
        back from a client-binding cursor, and logged None from this one."""

        def execute(self, sql, params=None):
            with self.debug_sql(self._shown(sql, params), params):
                return CursorWrapper.execute(self, sql, params)

        def _shown(self, sql: str, params) -> str:
            try:
                return self.db.ops.compose_sql(sql, params)
            except Error:  # the statement's own error comes from running it
                return sql

    return SimpleNamespace(
        ClientCursor=ClientCursor,
        LoggedCursor=LoggedCursor,
        ServerBindingCursor=ServerBindingCursor,
        TEXT=Format.TEXT,
        TIMESTAMPTZ=TIMESTAMPTZ_OID,
        pipelines=Pipeline.is_supported(),
        register_tzloader=register_tzloader,
    )
