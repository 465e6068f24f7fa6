"""Searches typed with mistakes still reach their page, and the page says what
it searched for instead, with a way back to the search as typed."""

import pytest

from ..factories import ConditionFactory, ExerciseFactory
from ..helpers import index_for_search
from .pages import LIST, follow, link, params_of, search, titles, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    """Names close enough to one another that a careless correction picks the
    wrong one."""
    made = {
        "bird dog": ExerciseFactory(title="Bird dog"),
        "psoriatic": ConditionFactory(
            title="Psoriatic arthritis of the spine", other_names="PsA"
        ),
        "piriformis": ExerciseFactory(title="Piriformis stretch", kind="stretch"),
    }
    ExerciseFactory(title="Glute bridge", aliases="Bridge")
    ExerciseFactory(title="Dead bug")
    ExerciseFactory(title="Cat camel", summary="Round and arch the back.")
    ConditionFactory(title="Rheumatoid arthritis", other_names="RA")
    ConditionFactory(title="Ankylosing spondylitis")
    index_for_search()
    return made


@pytest.mark.parametrize("typed", ["brid dog", "brid dgo", "birddog", "bi rd dog"])
def test_a_mistyped_exercise_name_reaches_its_page(client, library, typed):
    response = search(client, typed)
    assert titles(response)[0] == library["bird dog"].title
    assert "Showing results for bird dog." in visible_text(response)


def test_a_misspelt_condition_reaches_its_page(client, library):
    response = search(client, "psoriatric")
    assert titles(response) == [library["psoriatic"].title]
    assert "Showing results for psoriatic." in visible_text(response)


def test_the_page_says_what_it_searched_for_instead(client, library):
    response = search(client, "brid dgo")
    page = visible_text(response)
    assert "Showing results for bird dog." in page
    assert "Search for “brid dgo” as typed" in page
    as_typed = link(response, "as typed")
    assert params_of(as_typed) == {"q": ["brid dgo"], "as_typed": ["1"]}


def test_searching_as_typed_does_not_correct(client, library):
    corrected = search(client, "brid dgo")
    response = follow(client, link(corrected, "as typed"))
    assert response.status_code == 200
    page = visible_text(response)
    assert "Showing results for" not in page
    assert library["bird dog"].title not in titles(response)
    # What was typed stays in the search box, to be fixed by hand.
    assert 'value="brid dgo"' in response.content.decode()


def test_a_correct_search_is_not_corrected(client, library):
    response = search(client, "bird dog")
    assert "Showing results for" not in visible_text(response)
    assert titles(response)[0] == library["bird dog"].title


def test_a_correction_keeps_the_type_filter(client, library):
    response = search(client, "psoriatric", type="condition")
    assert titles(response) == [library["psoriatic"].title]
    assert params_of(link(response, "as typed")) == {
        "q": ["psoriatric"],
        "type": ["condition"],
        "as_typed": ["1"],
    }


def test_when_nothing_is_found_a_did_you_mean_link_is_offered(client, library):
    # One word is a known one misspelt; no page has the other at all.
    response = search(client, "piriformus xqzvwk")
    assert titles(response) == []
    page = visible_text(response)
    assert "Nothing on the site matches “piriformus xqzvwk”." in page
    assert "Did you mean piriformis xqzvwk?" in page
    assert params_of(link(response, "piriformis xqzvwk")) == {
        "q": ["piriformis xqzvwk"]
    }


def test_no_did_you_mean_when_nothing_is_close(client, library):
    page = visible_text(search(client, "xqzvwk"))
    assert "Nothing on the site matches “xqzvwk”." in page
    assert "Did you mean" not in page and "Showing results for" not in page


@pytest.mark.parametrize(
    "route", ["search as typed", "follow did-you-mean", "typed with field syntax"]
)
def test_searches_that_fall_back_to_similar_names_give_a_page(client, library, route):
    """Nothing has every word as typed: pages with some of the words, or (on
    PostgreSQL) names that look alike, are shown."""
    if route == "search as typed":
        # "bird dgo" would be corrected; as typed, its words or names like it.
        response = client.get("/search/", {"q": "bird dgo", "as_typed": "1"})
    elif route == "follow did-you-mean":
        suggested = link(search(client, "piriformus xqzvwk"), "piriformis xqzvwk")
        response = follow(client, suggested)
    else:
        response = client.get("/search/", {"q": "title:bird"})
    assert response.status_code == 200
    assert titles(response)
    page = visible_text(response)
    assert "these names look similar" in page or "have some of the words" in page


# The exercise list's search box --------------------------------------------


def listed(response) -> list[str]:
    return [e.title for e in response.context["object_list"]]


def test_the_exercise_list_offers_a_spelling_that_keeps_its_filters(client, library):
    response = client.get(LIST, {"q": "brid dgo", "kind": "exercise", "page": "1"})
    assert listed(response) == []
    suggestion = link(response, "bird dog")
    assert params_of(suggestion) == {"q": ["bird dog"], "kind": ["exercise"]}
    assert listed(follow(client, LIST + suggestion)) == [library["bird dog"].title]
    site = params_of(link(response, "Search the whole site"))
    assert site == {"q": ["brid dgo"]}


def test_the_exercise_list_suggests_only_spellings_that_find_exercises(client, library):
    response = client.get(LIST, {"q": "psoriatric"})
    assert listed(response) == []
    page = response.content.decode()
    if "Did you mean" in page:
        assert listed(follow(client, LIST + link(response, "psoriatic")))
