"""articles.cursors: the site's own statements bound on the server, prepared,
and a page's reads sent in one round trip on PostgreSQL, each giving the rows
it gives alone."""

import pytest
from django.db import DatabaseError, connection, connections, transaction
from django.test import override_settings

from articles import freshness
from articles.cursors import read_all, statement_cursor
from exercises.models import ExerciseStep

from ..factories import ExerciseFactory, StepFactory
from ..helpers import postgres_protocol

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's protocol"
)
on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's placeholders"
)

TABLE = '"exercises_exercisestep"'
STEPS = f'SELECT "text" FROM {TABLE} WHERE "exercise_id" = %s ORDER BY "order", "id"'
COUNT = f'SELECT COUNT(*) FROM {TABLE} WHERE "exercise_id" IN (%s, %s)'


@pytest.fixture
def reads():
    first, empty, second = ExerciseFactory(), ExerciseFactory(), ExerciseFactory()
    for text in ("Kneel.", "Reach."):
        StepFactory(exercise=first, text=text)
    StepFactory(exercise=second, text="Lie down; breathe 100%.")
    return [
        (STEPS, [first.pk]),
        (STEPS, [empty.pk]),  # no rows: the ones after keep their places
        (STEPS, [second.pk]),
        (COUNT, [first.pk, second.pk]),
    ]


def one_by_one(reads):
    rows = []
    with connection.cursor() as cursor:
        for sql, params in reads:
            cursor.execute(sql, params)
            rows.append(cursor.fetchall())
    return rows


def executed(reads, cursor=None) -> tuple[list, list[str]]:
    statements = []

    def counting(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counting):
        if cursor is None:
            with statement_cursor(connection) as cursor:
                return read_all(cursor, reads), statements
        return read_all(cursor, reads), statements


def test_each_read_gets_its_own_rows(reads):
    rows, statements = executed(reads)
    assert rows == one_by_one(reads)
    assert [r[0] for r in rows[0]] == ["Kneel.", "Reach."]
    assert rows[1] == []
    assert rows[2] == [("Lie down; breathe 100%.",)]
    assert rows[3] == [(3,)]
    # Each statement goes through Django's cursor wrapper, as its own.
    assert statements == [sql for sql, _ in reads]


def test_a_single_read_is_sent_as_it_is(reads):
    rows, statements = executed(reads[:1])
    assert statements == [STEPS]
    assert rows == one_by_one(reads[:1])


@on_postgresql
def test_the_reads_take_one_round_trip(reads):
    with postgres_protocol() as sent:
        rows, _ = executed(reads)
    assert sent.round_trips == 1
    assert rows == one_by_one(reads)


@on_postgresql
def test_a_client_binding_cursor_reads_one_at_a_time(reads):
    # Django's own cursors write the values into the text: nothing to prepare,
    # so no pipeline either.
    with connection.cursor() as cursor, postgres_protocol() as sent:
        rows, statements = executed(reads, cursor)
    assert rows == one_by_one(reads)
    assert (sent.round_trips, len(statements)) == (len(reads), len(reads))


@on_postgresql
def test_statements_are_prepared_after_the_threshold(reads, prepared_after_five):
    for _ in range(6):
        executed(reads)
    with postgres_protocol() as sent:
        rows, _ = executed(reads)
    # Bound and run, parsed no more.
    assert sent.parsed == 0
    assert rows == one_by_one(reads)
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = {row[0] for row in cursor.fetchall()}
    assert 'WHERE "exercise_id" = $1' in " ".join(prepared)


@on_postgresql
def test_without_a_threshold_nothing_is_prepared(reads, monkeypatch):
    # DATABASE_PREPARED_STATEMENTS=0, behind a pooler that cannot carry them.
    monkeypatch.setattr(connection.connection, "prepare_threshold", None)
    for _ in range(7):
        executed(reads)
    with postgres_protocol() as sent:
        rows, _ = executed(reads)
    assert (sent.parsed, sent.round_trips) == (len(reads), 1)
    assert rows == one_by_one(reads)


BROKEN = (f"SELECT no_such_column FROM {TABLE}", [])


@on_postgresql
def test_a_failing_read_raises_djangos_error_and_leaves_the_connection_working(
    reads, prepared_after_five
):
    for _ in range(5):
        executed(reads)
    # The sixth run would prepare the reads, but the first one fails, so the
    # server skips the rest; the rollback to the savepoint forgets them (the
    # test itself runs inside a transaction).
    with pytest.raises(DatabaseError), transaction.atomic():
        executed([BROKEN, *reads])
    assert ExerciseStep.objects.count() == 3
    rows, _ = executed(reads)
    assert rows == one_by_one(reads)


@pytest.fixture
def committed_reads():
    exercise = ExerciseFactory()
    StepFactory(exercise=exercise, text="Kneel.")
    return [(STEPS, [exercise.pk]), (COUNT, [exercise.pk, exercise.pk])]


def half_prepare(reads):
    """Runs `reads` up to psycopg's threshold, then fails the run that would
    prepare them, before any of them."""
    for _ in range(connection.connection.prepare_threshold):
        executed(reads)
    executed([BROKEN, *reads])


on_committed_data = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@on_postgresql
@on_committed_data
def test_outside_a_transaction_a_failing_read_leaves_nothing_half_prepared(
    committed_reads, prepared_after_five, monkeypatch
):
    with pytest.raises(DatabaseError):
        half_prepare(committed_reads)
    # The connection that asked for them was closed; this is a new one.
    connection.ensure_connection()
    monkeypatch.setattr(connection.connection, "prepare_threshold", 5)
    rows, _ = executed(committed_reads)
    assert rows == [[("Kneel.",)], [(1,)]]


@on_postgresql
@on_committed_data
def test_a_transaction_that_caught_a_failing_read_rolls_back_and_forgets_them(
    committed_reads, prepared_after_five
):
    with transaction.atomic():
        with pytest.raises(DatabaseError):
            half_prepare(committed_reads)
        # Going on as if nothing happened: PostgreSQL would refuse the COMMIT,
        # and psycopg would keep the statements it never got.
    rows, _ = executed(committed_reads)
    assert rows == [[("Kneel.",)], [(1,)]]


@on_postgresql
@on_committed_data
def test_a_single_failing_statement_keeps_the_connection(prepared_after_five):
    # Nothing can be left half prepared without a pipeline: no reconnecting
    # (and preparing everything again) for a failed statement.
    raw = connection.connection
    with pytest.raises(DatabaseError), statement_cursor(connection) as cursor:
        cursor.execute("SELECT 1 / %s", [0])
    assert connection.connection is raw


@on_postgresql
def test_int_parameters_go_as_bigint_whatever_their_size():
    # One prepared statement for a list of ids, however large each id is.
    with statement_cursor(connection) as cursor:
        cursor.execute("SELECT pg_typeof(%s)::text, pg_typeof(%s)::text", [5, 70000])
        assert cursor.fetchall() == [("bigint", "bigint")]


@on_postgresql
def test_dates_come_back_in_the_connections_time_zone():
    sql = "SELECT TIMESTAMPTZ '2026-01-01 12:00:00+00'"
    with override_settings(USE_TZ=False, TIME_ZONE="Europe/Paris"):
        with connection.cursor() as cursor:
            cursor.execute(sql)
            djangos = cursor.fetchone()[0]
        with statement_cursor(connection) as cursor:
            cursor.execute(sql)
            ours = cursor.fetchone()[0]
    assert djangos.tzinfo is None  # naive, in Paris time
    assert (ours, ours.tzinfo) == (djangos, None)


def test_logged_statements_show_their_values(reads):
    from django.test.utils import CaptureQueriesContext

    first = reads[0][1][0]
    with CaptureQueriesContext(connection) as captured:
        executed(reads)
    assert len(captured) == len(reads)
    assert f'"exercise_id" = {first}' in captured[0]["sql"]


@on_postgresql
def test_the_lists_statements_and_the_version_are_prepared(client, prepared_after_five):
    ExerciseFactory.create_batch(3, kind="stretch")
    for _ in range(6):
        assert client.get("/exercises/", {"kind": "stretch"}).status_code == 200
        # Read outside a request each time; pages read it once per request
        # (in a test's open transaction, with changes waiting, not at all).
        freshness.current()
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    # The content version (articles.freshness), the page's rows (a kept
    # statement, articles.statements) and the cards' regions (exercise_cards).
    for table in ("articles_contentversion", "exercises_exercise"):
        assert any(f'FROM "{table}"' in sql for sql in prepared), table
    assert any('"exercises_exerciseregion" "x"' in sql for sql in prepared)


@on_sqlite
def test_sqlite_placeholders_are_rewritten_once_per_statement(reads):
    from articles.cursors import _sqlite

    # Django's cursor rewrites "%s" to "?" over the whole text on every run.
    _sqlite().qmark.cache_clear()
    for _ in range(3):
        rows, statements = executed(reads)
        assert rows == [
            [("Kneel.",), ("Reach.",)],
            [],
            [("Lie down; breathe 100%.",)],
            [(3,)],
        ]
    kept = _sqlite().qmark.cache_info()
    assert (kept.misses, kept.hits) == (2, 10)  # two texts, twelve statements


@on_sqlite
def test_sqlite_statements_keep_djangos_percent_escapes_and_named_values():
    with statement_cursor(connection) as cursor:
        cursor.execute("SELECT %s || '%%', '%%s'", ["100"])
        assert cursor.fetchall() == [("100%", "%s")]
        cursor.execute("SELECT %(n)s + 1", {"n": 41})
        assert cursor.fetchall() == [(42,)]


@on_sqlite
def test_a_backend_making_its_own_sqlite_cursors_keeps_them(monkeypatch):
    made = []
    wrapper = type(connections["default"])
    stock = wrapper.create_cursor

    def own(self, name=None):
        made.append(name)
        return stock(self, name)

    monkeypatch.setattr(wrapper, "create_cursor", own)
    with statement_cursor(connection) as cursor:
        cursor.execute("SELECT %s", [1])
        assert cursor.fetchall() == [(1,)]
    assert made == [None]
