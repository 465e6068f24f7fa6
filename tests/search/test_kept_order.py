"""A search's best matches are kept in order per content version (search.engine
._page): every page reads the same order as ranking afresh, and a save re-ranks
on the very next search. Real commits, so the kept order is really kept."""

import pytest
from django.utils.html import strip_tags

from exercises.models import Exercise
from search import engine
from search.text import Query

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def every_page(q: str, per_page: int = 2) -> list[str]:
    titles, page = [], 1
    while hits := engine.search(Query.parse(q), page=page, per_page=per_page).hits:
        titles += [strip_tags(hit.title) for hit in hits]
        page += 1
    return titles


def afresh(q: str) -> list[str]:
    match = engine.backend().match(Query.parse(q).words)
    ids = engine._ranked(
        match, kind=None, exact=Query.parse(q).key, offset=0, limit=100, using="default"
    )
    entries = engine.SearchEntry.objects.in_bulk(ids)
    return [entries[pk].title for pk in ids]


def test_pages_follow_the_ranking_past_what_is_kept(monkeypatch):
    monkeypatch.setattr(engine, "RANKED_KEPT", 4)  # pages 1-2 kept, 3-4 not
    ExerciseFactory(title="Hip stretch")
    for n in range(6):
        ExerciseFactory(
            title=f"Seated twist {n}", summary="Loosens the hip. " * (n + 1)
        )
    ranked = afresh("hip")
    assert len(ranked) == 7 and ranked[0] == "Hip stretch"
    assert every_page("hip") == ranked
    assert every_page("hip") == ranked  # now from what was kept

    # A save changes the order on the next search.
    Exercise.objects.filter(title="Seated twist 0").get().delete()
    renamed = Exercise.objects.get(title="Seated twist 3")
    renamed.title = "Hip twist"
    renamed.save()
    ranked = afresh("hip")
    assert "Hip twist" in ranked[:2] and "Seated twist 0" not in ranked
    assert every_page("hip") == ranked
