"""Long, odd or hostile input gives a normal page, never a server error: words
are only ever words to the database, never its search syntax or SQL."""

import pytest

from search.models import SearchEntry

from ..factories import ConditionFactory, ExerciseFactory, StepFactory
from ..helpers import index_for_search
from .pages import LIST, URL, hits, search, titles, tree, visible_text

pytestmark = pytest.mark.django_db

HOSTILE = [
    "'; DROP TABLE search_searchentry; --",
    "' OR 1=1 --",
    '"',
    '"bird',
    '"bird dog',
    "*",
    "bird*",
    "*bird",
    "NEAR(bird dog)",
    "NEAR(bird dog, 2)",
    "bird NEAR dog",
    "bird AND dog",
    "bird OR",
    "OR",
    "NOT dog",
    "-dog",
    "bird -dog",
    "title:bird",
    "{title}: bird",
    "{title names}: bird",
    "^bird",
    "bird + dog",
    "(bird",
    "bird)",
    "bird & dog | !cat",
    "bird:*",
    "bird <-> dog",
    "bird:A",
    "%",
    "_",
    "%_%",
    "\\",
    "?!.,;:-()[]{}<>/@#~`|",
    "\x00",
    "bird\x00dog",
    "\x00\x00\x00",
    "bird\tdog\nstretch\r",
    "🧘",
    "bird 🐦 dog 🐕",
    "背中の痛み stretch",
    "боль в спине bird",
    "ألم الظهر",
    "Rückenschmerzen Übung",
    "ⅫⅫ ² ٣",
    "ﬁsh ß",
    "a",
    "the",
    "and or not",
    "1",
    "99999999999999999999999",
    pytest.param("x" * 200, id="200 x"),
    pytest.param(" ".join(["bird"] * 30), id="30 words"),
    pytest.param("bird dog " * 1112, id="10,000 characters"),
    pytest.param("a" * 10_000, id="a 10,000-character word"),
    "<script>alert(1)</script>",
]


@pytest.fixture
def library():
    bird_dog = ExerciseFactory(title="Bird dog", aliases="Quadruped arm and leg raise")
    StepFactory(exercise=bird_dog, text="Reach the right arm and the left leg.")
    ExerciseFactory(title="Dead bug", kind="stretch")
    ConditionFactory(title="Sciatica", other_names="Trapped nerve")
    index_for_search()
    return bird_dog


@pytest.mark.parametrize("q", HOSTILE)
def test_odd_queries_give_a_normal_search_page(client, library, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    page = tree(response)
    assert [" ".join(h.itertext()) for h in page.iter("h1")] == ["Search"]
    # The search box holds what was typed, for correcting (NULs taken out).
    box = page.find(".//input[@id='search-q']")
    assert box.get("value") == " ".join(q.replace("\x00", " ").split())[:200]
    # The page says how many results, or that there are none, or asks for words.
    text = visible_text(response)
    assert (
        " result" in text
        or "Nothing on the site matches" in text
        or "Type what hurts" in text
    )


@pytest.mark.parametrize("q", HOSTILE)
def test_odd_queries_give_a_normal_exercise_list(client, library, q):
    assert client.get(LIST, {"q": q}).status_code == 200


def test_the_search_tables_survive_sql_looking_input(client, library):
    search(client, "'; DROP TABLE search_searchentry; --")
    search(client, '"); DELETE FROM search_fts; --')
    assert SearchEntry.objects.count() == 3
    assert titles(search(client, "bird dog"))[0] == library.title


@pytest.mark.parametrize(
    "q",
    [
        '"bird',
        "bird*",
        "NEAR(bird dog)",
        "bird AND dog",
        "-dog",
        "bird NOT dog",
        "^bird",
        "title:bird",
        "{title}: bird",
        "{summary}: bird",
        "\x00bird\x00",
        "bird 🐦",
    ],
)
def test_search_syntax_is_read_as_plain_words(client, library, q):
    """Operators, quotes and column filters neither fail nor filter: the words
    around them are still searched ("-dog" and "NOT dog" exclude nothing)."""
    assert library.title in titles(search(client, q))


def test_a_very_long_query_is_shortened_and_the_page_says_so(client, library):
    q = "bird dog " + "stretch " * 1250  # 10,008 characters
    response = search(client, q)
    assert "Your search was shortened to its first 200 characters." in (
        visible_text(response)
    )
    box = tree(response).find(".//input[@id='search-q']")
    assert len(box.get("value")) <= 200 and box.get("maxlength") == "200"
    assert box.get("value").startswith("bird dog stretch")


def test_a_query_within_the_limit_is_not_said_to_be_shortened(client, library):
    response = search(client, "bird dog " * 22)  # 198 characters
    assert "shortened" not in visible_text(response)


def test_a_single_10000_character_word_gives_a_page(client, library):
    response = search(client, "b" * 10_000)
    assert "shortened" in visible_text(response)
    assert hits(response) == []


@pytest.mark.parametrize("q", ["", "   ", "?!.,", "\x00", "🧘🧘", "*", '"'])
def test_a_query_without_words_asks_for_some(client, library, q):
    text = visible_text(search(client, q))
    assert "Type what hurts, the name of an exercise, or a condition" in text
    assert " result" not in text and "Nothing on the site matches" not in text


@pytest.mark.parametrize(
    "page", ["abc", "0", "-1", "1.5", "1e3", "٣", "²", "0x1", "\x00"]
)
def test_a_page_number_that_is_not_a_number_is_not_found(client, library, page):
    response = client.get(URL, {"q": "bird", "page": page, "type": "exercise"})
    assert response.status_code == 404
    body = response.content.decode()
    assert "of these results</h1>" in body
    assert "Pages are numbered 1, 2, 3 and so on." in body
    # The search is kept; only the page goes.
    assert '<a href="?q=bird&amp;type=exercise">First page' in body


@pytest.mark.parametrize("page", ["", " ", "1"])
def test_a_blank_page_number_is_the_first_page(
    client, library, django_user_model, page
):
    assert client.get(URL, {"q": "bird", "page": page}).status_code == 200
    # With a session cookie the page cache leaves blank values in the query.
    client.force_login(django_user_model.objects.create_user("a", is_staff=True))
    assert client.get(URL, {"q": "bird", "page": page}).status_code == 200


def test_a_page_past_the_end_is_not_found(client, library):
    assert client.get(URL, {"q": "bird", "page": "1"}).status_code == 200
    past = client.get(URL, {"q": "bird", "page": "2"})
    assert past.status_code == 404
    body = past.content.decode()
    assert "There is no page “2” of these results" in body
    assert "They fill 1 page." in body
    assert '<a href="?q=bird">First page' in body
    # Nothing found: only the first page exists.
    assert client.get(URL, {"q": "xqzvwk", "page": "2"}).status_code == 404
    # The largest page whose first result the database can still count to.
    assert (
        client.get(URL, {"q": "bird", "page": "461168601842738791"}).status_code == 404
    )


@pytest.mark.parametrize(
    "page", ["461168601842738792", "99999999999999999999", "9" * 5000]
)
def test_a_huge_page_number_is_not_found(client, library, page):
    client.raise_request_exception = False
    assert client.get(URL, {"q": "bird", "page": page}).status_code == 404


@pytest.mark.parametrize("kind", ["banana", "Stretch", "stretches", "\x00", "'; --"])
def test_an_unknown_type_shows_every_type_with_a_notice(client, library, kind):
    everything = search(client, "bird dog stretch sciatica")
    response = search(client, "bird dog stretch sciatica", type=kind)
    text = visible_text(response)
    assert "; showing every type." in text
    assert titles(response) == titles(everything)
    assert len(titles(response)) > 1


def test_an_unknown_type_is_shortened_in_the_notice(client, library):
    text = visible_text(search(client, "bird", type="x" * 500))
    assert "No type of page called “" + "x" * 39 + "…”" in text
