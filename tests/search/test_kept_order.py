"""A broad search's best matches are kept in order per content version
(search.engine._page): every page reads the same order as ranking afresh, and a
save re-ranks on the very next search. Real commits, so the kept order is
really kept."""

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


@pytest.fixture
def rankings(monkeypatch) -> list[tuple[int, int]]:
    """(offset, limit) of each ranking query."""
    ranked = []
    real = engine._ranked

    def counted(*args, **kwargs):
        ranked.append((kwargs["offset"], kwargs["limit"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "_ranked", counted)
    return ranked


def test_pages_follow_the_ranking_past_what_is_kept(monkeypatch, rankings):
    monkeypatch.setattr(engine, "RANKED_FROM", 3)  # 7 matches: broad enough
    monkeypatch.setattr(engine, "RANKED_KEPT", 4)  # pages 1-2 kept, 3-4 not
    ExerciseFactory(title="Hip stretch")
    for n in range(6):
        ExerciseFactory(
            title=f"Seated twist {n}", summary="Loosens the hip. " * (n + 1)
        )
    ranked = afresh("hip")
    assert len(ranked) == 7 and ranked[0] == "Hip stretch"
    rankings.clear()
    assert every_page("hip") == ranked
    assert rankings == [(0, 4), (4, 2), (6, 2)]  # kept once, then pages 3 and 4
    rankings.clear()
    assert every_page("hip") == ranked
    assert rankings == [(4, 2), (6, 2)]  # pages 1 and 2 from what was kept

    # A save changes the order on the next search.
    Exercise.objects.filter(title="Seated twist 0").get().delete()
    renamed = Exercise.objects.get(title="Seated twist 3")
    renamed.title = "Hip twist"
    renamed.save()
    ranked = afresh("hip")
    assert "Hip twist" in ranked[:2] and "Seated twist 0" not in ranked
    assert every_page("hip") == ranked


def test_a_narrow_search_keeps_no_order(rankings):
    # Fewer matches than RANKED_FROM: ranking them is cheap, and keeping the
    # order of every rare search would fill the shared cache.
    for n in range(3):
        ExerciseFactory(title=f"Hip stretch {n}")
    expected = afresh("hip")
    for _ in range(2):
        rankings.clear()
        assert every_page("hip", per_page=2) == expected
        assert rankings == [(0, 2), (2, 2)]
