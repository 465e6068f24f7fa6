"""Drafts are never found, counted or suggested; scheduled articles only once
their time has come."""

import datetime as dt

import pytest
from django.utils import timezone

from articles.models import Status

from ..factories import ConditionFactory, ExerciseFactory, StepFactory
from ..helpers import index_for_search
from .pages import LIST, search, titles, type_links, visible_text

pytestmark = pytest.mark.django_db


def listed(client, q) -> list[str]:
    return [e.title for e in client.get(LIST, {"q": q}).context["object_list"]]


@pytest.fixture
def drafts():
    """A published page and drafts of each type sharing its words; one draft
    was published once and taken back."""
    live = ExerciseFactory(title="Zygomatic release", kind="stretch")
    hidden = [
        ExerciseFactory(title="Zygomatic stretch", kind="stretch", draft=True),
        ExerciseFactory(title="Zygomatic press", draft=True, aliases="Jaw press"),
        ConditionFactory(title="Zygomatic fracture", draft=True),
    ]
    StepFactory(exercise=hidden[0], text="Massage the zygomatic arch.")
    withdrawn = ExerciseFactory(title="Zygomatic arch opener", kind="stretch")
    index_for_search()
    withdrawn.status = Status.DRAFT
    withdrawn.save()
    index_for_search()
    return live, [*hidden, withdrawn]


def test_drafts_are_not_found(client, drafts):
    live, hidden = drafts
    response = search(client, "zygomatic")
    assert titles(response) == [live.title]
    for q in ["zygomatic stretch", "zygomatic fracture", "jaw press", "arch"]:
        found = titles(search(client, q))
        assert not {d.title for d in hidden} & set(found), q


def test_drafts_are_not_counted(client, drafts):
    response = search(client, "zygomatic")
    assert "1 result for “zygomatic”" in visible_text(response)
    # One type with results: no type filter to show.
    assert type_links(response) == {}
    assert titles(search(client, "zygomatic", type="exercise")) == []
    assert titles(search(client, "zygomatic", type="condition")) == []


def test_drafts_are_not_found_by_the_exercise_list_search(client, drafts):
    live, _ = drafts
    assert listed(client, "zygomatic") == [live.title]
    assert listed(client, "jaw press") == []


def test_a_draft_is_never_suggested(client):
    draft = ExerciseFactory(title="Zygomatic stretch", kind="stretch", draft=True)
    ConditionFactory(title="Zygomatic arch fracture", draft=True)
    index_for_search()
    for q in ["zygomatc", "zygomatc stretch", "zygomatc xqzvwk"]:
        response = search(client, q)
        assert titles(response) == [], q
        page = visible_text(response)
        assert "zygomatic" not in page.lower(), q
        assert "Did you mean" not in page and "Showing results for" not in page, q
        in_list = client.get(LIST, {"q": q}).content.decode().lower()
        assert "did you mean" not in in_list and "zygomatic" not in in_list, q

    # Published, the same name is suggested: the test above can tell.
    draft.status = Status.PUBLISHED
    draft.published_at = timezone.now() - dt.timedelta(minutes=1)
    draft.save()
    index_for_search()
    assert titles(search(client, "zygomatc")) == [draft.title]
    assert "Did you mean zygomatic xqzvwk?" in visible_text(
        search(client, "zygomatc xqzvwk")
    )
    in_list = visible_text(client.get(LIST, {"q": "zygomatc"}))
    assert "Did you mean zygomatic?" in in_list


@pytest.fixture
def scheduled():
    soon = timezone.now() + dt.timedelta(hours=1)
    article = ExerciseFactory(
        title="Zygomatic stretch",
        kind="stretch",
        status=Status.PUBLISHED,
        published_at=soon,
    )
    ExerciseFactory(title="Bird dog")
    index_for_search()
    return article


def test_a_scheduled_article_is_not_found_counted_or_suggested_early(client, scheduled):
    assert titles(search(client, "zygomatic")) == []
    assert "Nothing on the site matches" in visible_text(search(client, "zygomatic"))
    page = visible_text(search(client, "zygomatc xqzvwk"))
    assert "zygomatic" not in page.lower()
    assert listed(client, "zygomatic") == []


def test_a_scheduled_article_is_found_once_its_time_comes(
    client, scheduled, monkeypatch
):
    later = scheduled.published_at + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = search(client, "zygomatic")
    assert titles(response) == [scheduled.title]
    assert "1 result for “zygomatic”" in visible_text(response)
    assert titles(search(client, "zygomatc")) == [scheduled.title]
    assert listed(client, "zygomatic") == [scheduled.title]
