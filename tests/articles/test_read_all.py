"""articles.pages.Plan.read_all: a page's reads in one round trip on PostgreSQL,
with the rows each read gives alone."""

import pytest
from django.db import connection
from django.db.backends.utils import CursorWrapper

from articles.pages import Plan
from exercises.models import ExerciseStep

from ..factories import ExerciseFactory, StepFactory

pytestmark = pytest.mark.django_db

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
            with connection.cursor() as cursor:
                return Plan.read_all(cursor, reads), statements
        return Plan.read_all(cursor, reads), statements


def test_each_read_gets_its_own_rows(reads):
    rows, _ = executed(reads)
    assert rows == one_by_one(reads)
    assert [r[0] for r in rows[0]] == ["Kneel.", "Reach."]
    assert rows[1] == []
    assert rows[2] == [("Lie down; breathe 100%.",)]
    assert rows[3] == [(3,)]


def test_one_round_trip_on_postgresql_one_each_elsewhere(reads):
    _, statements = executed(reads)
    if connection.vendor == "postgresql":
        assert len(statements) == 1
        assert statements[0].count("SELECT") == len(reads)
    else:
        assert len(statements) == len(reads)


def test_a_single_read_is_sent_as_it_is(reads):
    rows, statements = executed(reads[:1])
    assert statements == [STEPS]
    assert rows == one_by_one(reads[:1])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="psycopg's binding modes")
def test_server_side_binding_sends_one_statement_at_a_time(reads):
    # With OPTIONS["server_side_binding"], Django's cursors bind on the server,
    # where a query holds a single statement.
    import psycopg

    connection.ensure_connection()
    cursor = CursorWrapper(psycopg.Cursor(connection.connection), connection)
    rows, statements = executed(reads, cursor)
    assert rows == one_by_one(reads)
    assert len(statements) == len(reads)
    assert ExerciseStep.objects.count() == 3  # the connection still works
