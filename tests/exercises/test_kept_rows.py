"""The exercise list's SQL is kept per content version (articles.statements); its
rows are read on every request. Real commits, so the content version moves."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles import statements
from articles.filters import LenientMultipleChoiceField, ShortenedCharField
from articles.models import ContentVersion, Status
from exercises.models import Exercise

from ..factories import (
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    UpdateFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LIST = "/exercises/"


def titles(client, **params) -> list[str]:
    response = client.get(LIST, params)
    assert response.status_code == 200
    return [card.title for card in response.context["cards"]]


def test_the_sql_is_compiled_once_and_the_rows_read_every_time(client, compiles):
    hips = RegionFactory(slug="hips")
    for title in ("Bridge", "Clam"):
        ExerciseRegionFactory(exercise=ExerciseFactory(title=title), region=hips)
    assert titles(client, region="hips") == ["Bridge", "Clam"]
    assert len(compiles) == 1
    # A write that changes no content version still shows: rows are not kept.
    Exercise.objects.filter(title="Clam").update(title="Clamshell")
    assert titles(client, region="hips") == ["Bridge", "Clamshell"]
    assert len(compiles) == 1
    # Other filters, another order or another page: other SQL.
    titles(client, region="hips", sort="hardest")
    assert titles(client, region="hips", kind="stretch") == []
    assert len(compiles) == 3
    # The same filters in another order, with made-up parameters: the same SQL.
    client.get(LIST, {"kind": "stretch", "utm_source": "x", "region": "hips"})
    assert len(compiles) == 3


def test_a_change_of_content_compiles_again(client, compiles):
    ExerciseFactory(title="Bridge")
    assert titles(client) == ["Bridge"]
    ExerciseFactory(title="Clam")
    assert titles(client) == ["Bridge", "Clam"]
    assert len(compiles) == 2


def test_a_scheduled_exercise_is_listed_when_its_time_comes(
    client, compiles, monkeypatch
):
    # The kept SQL compares with the time it was compiled; the version counts
    # publications that have passed, so the first to pass compiles again.
    ExerciseFactory(title="Bridge")
    soon = timezone.now() + dt.timedelta(minutes=5)
    ExerciseFactory(title="Clam", status=Status.PUBLISHED, published_at=soon)
    assert titles(client) == ["Bridge"]
    assert titles(client) == ["Bridge"]
    later = soon + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert titles(client) == ["Bridge", "Clam"]
    assert len(compiles) == 2


def test_each_page_has_its_own_rows(client, compiles):
    for number in range(30):
        ExerciseFactory(title=f"Exercise {number:02}")
    first, second = titles(client), titles(client, page=2)
    assert (len(first), len(second)) == (24, 6)
    assert second[0] == "Exercise 24"
    assert len(compiles) == 2


def test_columns_are_converted_as_the_orm_converts_them():
    # JSON, and on SQLite a date-time: the database hands back text.
    ContentVersion.objects.update_or_create(
        pk=1,
        defaults={"changed_at": timezone.now(), "scheduled": ["2030-01-01T00:00"]},
    )
    queryset = ContentVersion.objects.values_list("scheduled", "changed_at", "pk")
    rows = statements.compiled(queryset).rows()
    assert rows == list(queryset)
    assert isinstance(rows[0][0], list) and isinstance(rows[0][1], dt.datetime)


def test_columns_past_the_values_asked_for_are_refused():
    # A DISTINCT ordered by a column it does not give adds that column.
    queryset = Exercise.objects.order_by("title").distinct().values_list("pk")
    with pytest.raises(ValueError, match="beyond"):
        statements.compiled(queryset)


def test_a_query_that_can_match_nothing_gives_no_rows():
    statement = statements.compiled(Exercise.objects.filter(pk__in=[]))
    assert statement.sql is None
    assert statement.rows() == []


def test_only_so_many_statements_are_kept(client, compiles, monkeypatch):
    monkeypatch.setattr(statements, "MAX_KEPT", 2)
    ExerciseFactory(title="Bridge")
    for sort in ("hardest", "easiest", "updated", "hardest"):
        assert titles(client, sort=sort) == ["Bridge"]
    # The third cleared the first two, so the first came back uncompiled.
    assert len(compiles) == 4


def bridge_and_clam():
    hips = RegionFactory(slug="hips")
    exercise = ExerciseFactory(title="Bridge")
    ExerciseRegionFactory(exercise=exercise, region=hips)
    UpdateFactory(article=exercise, kind="science")
    UpdateFactory(article=ExerciseFactory(title="Clam"), kind="minor")


@pytest.fixture
def refusing(monkeypatch):
    """Fields that refuse "bad": no filter refuses a value today (each sets bad
    values aside), and a form with errors leaves cleaned filters that do not
    name the query."""

    def refuse(field_class):
        clean = field_class.clean

        def refusing_clean(self, value):
            if value == "bad" or value == ["bad"]:
                raise ValidationError("Refused.")
            return clean(self, value)

        monkeypatch.setattr(field_class, "clean", refusing_clean)

    return refuse


def test_a_filter_form_with_errors_keeps_neither_rows_nor_count(
    client, compiles, refusing
):
    bridge_and_clam()
    refusing(ShortenedCharField)
    # What was valid (the region) still applies, through the ORM.
    assert titles(client, region="hips", q="bad") == ["Bridge"]
    assert compiles == []
    # Its count was not kept under the cleaned filters (none, as the form has
    # errors), where it would stand for the whole list.
    assert client.get(LIST).context["paginator"].count == 2


def test_the_update_log_with_form_errors_lists_through_the_orm(
    client, compiles, refusing
):
    bridge_and_clam()
    refusing(LenientMultipleChoiceField)
    response = client.get("/updates/", {"kind": "bad"})
    assert len(response.context["lines"]) == 2
    assert compiles == []


def test_kept_rows_take_one_slice_for_a_page():
    rows = statements.KeptRows(Exercise, "rows:test", Exercise.objects.none)
    page = rows[24:48]
    assert page.bounds == (24, 48) and not rows.sliced and page.sliced
    for wrong in (lambda: rows[3], lambda: rows[0:24:2], lambda: page[0:2]):
        with pytest.raises(TypeError):
            wrong()
