"""The update log's lines for the home page and /updates/ (articles.update_log),
and the condition guides' lists (conditions.pages): what the ORM gives, from
statements kept per content version."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import statements, update_log
from articles.filters import UpdateFilter
from articles.models import ArticleUpdate, Status
from articles.statements import KeptRows
from conditions.models import Condition
from conditions.pages import all_guides, home_guides

from ..factories import ConditionFactory, ExerciseFactory, UpdateFactory
from ..page_loaders import snapshot


def library():
    exercise = ExerciseFactory(title="Bird dog", body="Long. " * 100)
    condition = ConditionFactory(title="Sciatica")
    UpdateFactory(article=exercise, date=dt.date(2024, 3, 1), kind="science")
    UpdateFactory(article=condition, date=dt.date(2024, 2, 1), kind="minor")
    UpdateFactory(article=exercise, date=dt.date(2024, 2, 1), kind="correction")
    UpdateFactory(article=ExerciseFactory(draft=True), date=dt.date(2025, 1, 1))
    scheduled = ExerciseFactory(published_at=timezone.now() + dt.timedelta(days=1))
    UpdateFactory(article=scheduled, date=dt.date(2025, 1, 1))
    UpdateFactory(article=ConditionFactory(draft=True), date=dt.date(2025, 1, 1))


def orm_lines(updates) -> list[update_log.LogLine]:
    """The lines as the template wrote them from the ORM's entries."""
    return [
        update_log.LogLine(
            date=u.date,
            kind=u.get_kind_display(),
            description=u.description,
            title=u.article.title,
            url=u.article.get_absolute_url(),
        )
        for u in updates
    ]


@pytest.mark.django_db
def test_newest_lines_are_what_the_orm_gives():
    library()
    for count in (1, 2, 5):
        expected = orm_lines(ArticleUpdate.objects.for_list()[:count])
        assert len(expected) == min(count, 3)
        assert update_log.newest(count) == expected
    assert [(line.title, line.kind) for line in update_log.newest(5)] == [
        ("Bird dog", "New research"),
        ("Bird dog", "Correction"),
        ("Sciatica", "Minor edit"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [{}, {"kind": ["science", "minor"]}, {"kind": ["correction", "science", "stale"]}],
    ids=["all", "two kinds", "a stale kind set aside"],
)
def test_a_page_of_lines_is_what_the_orm_gives(data):
    library()
    base = ArticleUpdate.objects.public().with_article_link()
    filterset = UpdateFilter(data or None, queryset=base)
    filterset.is_valid()
    rows = KeptRows(ArticleUpdate, f"test:{data!r}", lambda: filterset.qs)[1:3]
    reference = UpdateFilter(data or None, queryset=ArticleUpdate.objects.for_list())
    reference.is_valid()
    expected = orm_lines(reference.qs[1:3])
    assert expected
    for page in (rows, filterset.qs[1:3]):
        assert update_log.page_lines(page) == expected


@pytest.mark.django_db
def test_a_row_without_its_article_gives_no_line():
    # Deleting an article deletes its log, and `public()` reads the entry and
    # its article in one statement, so no page gets such a row; only a raw
    # delete could leave one, and a line without an article has nothing to
    # link to.
    library()
    rows = ArticleUpdate.objects.public().with_article_link()
    rows = list(rows.values_list(*update_log.COLUMNS)[:2])
    rows[0] = (*rows[0][:-2], None, None)
    (line,) = update_log.lines("default", rows)
    assert line.description == rows[1][2]


@pytest.mark.django_db
def test_condition_lists_are_the_orms_with_their_text_left_unread():
    ConditionFactory(title="Sciatica", summary="Leg pain.", featured=True)
    ConditionFactory(title="Arthritis")
    ConditionFactory(title="Draft", draft=True)
    ConditionFactory(title="Soon", published_at=timezone.now() + dt.timedelta(days=1))
    shown = ("title", "slug", "summary")
    for made, expected in (
        (home_guides(6), Condition.objects.for_home().only(*shown)),
        (all_guides(), Condition.objects.published().only(*shown)),
    ):
        assert [snapshot(c) for c in made] == [snapshot(c) for c in expected]
    assert [c.title for c in home_guides(1)] == ["Sciatica"]
    assert [c.title for c in all_guides()] == ["Arthritis", "Sciatica"]


def home_log(client) -> list[str]:
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return [f"{u.title}: {u.description}" for u in response.context["updates"]]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_kept_once_per_content_version_with_rows_read_every_time(client, compiles):
    exercise = ExerciseFactory(title="Bridge")
    UpdateFactory(article=exercise, description="First.")
    assert home_log(client) == ["Bridge: First."]
    # The home page's guides and its entries; a second request compiles nothing.
    assert len(compiles) == 2
    assert home_log(client) == ["Bridge: First."]
    assert len(compiles) == 2
    assert client.get(reverse("articles:updates")).status_code == 200
    assert len(compiles) == 3
    # A write that changes no content version still shows: rows are not kept.
    ArticleUpdate.objects.update(description="Changed.")
    assert home_log(client) == ["Bridge: Changed."]
    assert "Changed." in client.get(reverse("articles:updates")).content.decode()
    assert len(compiles) == 3
    UpdateFactory(article=exercise, description="Second.", date=dt.date(2030, 1, 1))
    assert home_log(client) == ["Bridge: Second.", "Bridge: Changed."]
    assert len(compiles) == 5
    # Each count has its own statement.
    assert [u.description for u in update_log.newest(1)] == ["Second."]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_scheduled_articles_entries_show_when_its_time_comes(
    client, compiles, monkeypatch
):
    soon = timezone.now() + dt.timedelta(minutes=5)
    later = ExerciseFactory(title="Clam", status=Status.PUBLISHED, published_at=soon)
    UpdateFactory(article=ExerciseFactory(title="Bridge"), description="Old.")
    UpdateFactory(article=later, description="New.", date=dt.date(2030, 1, 1))
    assert home_log(client) == ["Bridge: Old."]
    assert home_log(client) == ["Bridge: Old."]
    moved = soon + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: moved)
    assert home_log(client) == ["Clam: New.", "Bridge: Old."]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_visitors_filters_do_not_push_out_the_home_pages_statements(
    client, compiles, monkeypatch
):
    monkeypatch.setattr(statements, "MAX_KEPT", 2)
    UpdateFactory(article=ExerciseFactory(title="Bridge"), description="First.")
    home_log(client)
    home = len(compiles)
    for kind in ("stretch", "exercise", "stretch,exercise"):
        client.get("/exercises/", {"kind": kind.split(",")})
    assert len(compiles) == home + 3
    assert home_log(client) == ["Bridge: First."]
    assert len(compiles) == home + 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_region_picker_is_kept_in_each_process(client, compiles, monkeypatch):
    # Unpickling it from the shared cache on every request cost the home page
    # more than its query did.
    from articles import freshness

    UpdateFactory(article=ExerciseFactory(title="Bridge"))
    home_log(client)
    shared = []
    read = freshness._shared
    monkeypatch.setattr(
        freshness,
        "_shared",
        lambda name, *args, **kwargs: (
            shared.append(name) or read(name, *args, **kwargs)
        ),
    )
    home_log(client)
    assert "region-picker" not in shared
