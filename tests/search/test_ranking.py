"""What /search/ finds and in which order: exact names first, then the title and
names above the summary above everything else; stemming, the start of the last
word, region names; results labelled and counted by type; matches marked."""

import pytest

from ..factories import (
    ConditionFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
    VariantFactory,
)
from ..helpers import index_for_search
from .pages import (
    LIST,
    current_type,
    hits,
    params_of,
    search,
    titles,
    type_links,
    visible_text,
)

pytestmark = pytest.mark.django_db


# Exact names ------------------------------------------------------------------


def test_an_exact_title_comes_first(client):
    # Rivals with the words more often and in more places than the exact one.
    ExerciseFactory(
        title="Bird dog to bird dog crawl",
        aliases="Bird dog flow",
        summary="Bird dog, then a bird dog with a reach: the bird dog sequence.",
    )
    ExerciseFactory(title="Dog and bird balance", summary="Bird dog bird dog.")
    exact = ExerciseFactory(
        title="Bird dog",
        summary="On hands and knees, reach one arm forward and the other leg back.",
    )
    index_for_search()
    assert titles(search(client, "bird dog"))[0] == exact.title
    # Spelt differently, it is still the same name.
    assert titles(search(client, "BIRD-DOG"))[0] == exact.title


def test_an_exact_alias_comes_first(client):
    ExerciseFactory(
        title="Dead bug to dead bug march",
        summary="A dead bug, then a dead bug march, for the dead bug fan.",
    )
    aliased = ExerciseFactory(
        title="Supine opposite arm and leg lower", aliases="Dead bug\nBeetle"
    )
    index_for_search()
    assert titles(search(client, "dead bug"))[0] == aliased.title


def test_an_exact_other_name_of_a_condition_comes_first(client):
    ExerciseFactory(
        title="Wallet sciatica release for wallet sciatica",
        summary="Eases wallet sciatica: take the wallet out.",
    )
    condition = ConditionFactory(
        title="Piriformis syndrome",
        other_names="Deep gluteal syndrome\nWallet sciatica",
    )
    index_for_search()
    first = hits(search(client, "wallet sciatica"))[0]
    assert (first.title, first.kind) == (condition.title, "Condition")


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("IT band", "Iliotibial band syndrome"),
        ("ITBS", "Iliotibial band syndrome"),
        ("runner's knee", "Iliotibial band syndrome"),
        ("tight hip flexor", "Tight hip flexors"),
        ("sciatica stretch", "Piriformis stretch"),
        ("sciatica", "Sciatica"),
    ],
)
def test_what_people_type_reaches_the_page_they_mean_first(client, typed, first):
    """The searches the issue lists, among pages that share their words."""
    ConditionFactory(
        title="Iliotibial band syndrome",
        other_names="IT band syndrome\nITBS\nRunner's knee",
    )
    ExerciseFactory(
        title="Resistance band row",
        summary="Pull the band to the ribs; it works the upper back.",
    )
    ExerciseFactory(title="Band pull-apart", summary="Pull the band across the chest.")
    ConditionFactory(title="Tight hip flexors", summary="Hips tight after sitting.")
    ExerciseFactory(
        title="Kneeling hip flexor stretch",
        kind="stretch",
        summary="Lengthens tight hip flexors.",
    )
    ConditionFactory(title="Sciatica", other_names="Trapped sciatic nerve")
    ExerciseFactory(
        title="Piriformis stretch",
        kind="stretch",
        summary="Eases sciatica from a tight piriformis.",
    )
    ExerciseFactory(title="Nerve flossing for sciatica")
    index_for_search()
    assert titles(search(client, typed))[0] == first


# Where the words are -----------------------------------------------------------


def test_title_and_names_rank_above_summary_above_body_and_steps(client):
    """The same rare word in a different place of each article. The lower
    places hold it more often, so counting words alone would put them first."""
    word = "zephyrine"
    in_title = ExerciseFactory(
        title=f"Slow {word} side-lying hip opening with a long breath out"
    )
    in_alias = ExerciseFactory(title="Side-lying opener", aliases=f"The {word}")
    in_summary = ExerciseFactory(
        summary=f"A {word} move: lie on the side, knees bent, and open the top "
        "knee while the feet stay together; slowly, with the back still."
    )
    in_body = ExerciseFactory(body=f"{word} " * 12)
    in_steps = ExerciseFactory()
    StepFactory.create_batch(4, exercise=in_steps, text=f"{word} {word} {word}")
    ExerciseFactory(title="Side plank", body="Nothing to do with it.")
    index_for_search()

    found = titles(search(client, word))
    assert len(found) == 5
    assert set(found[:2]) == {in_title.title, in_alias.title}
    assert found[2] == in_summary.title
    assert set(found[3:]) == {in_body.title, in_steps.title}


def test_every_part_of_an_article_is_searched(client):
    """Steps, variants, cautions, notes, equipment and each condition section."""
    parts = {
        "steps": lambda w: StepFactory(text=f"Press through the {w}.").exercise,
        "variant": lambda w: VariantFactory(change=f"Turn the {w} in.").exercise,
        "cautions": lambda w: ExerciseFactory(cautions=f"Stop if the {w} hurts."),
        "easier": lambda w: ExerciseFactory(easier_note=f"Rest the {w}."),
        "symptoms": lambda w: ConditionFactory(symptoms=f"Ache in the {w}."),
        "treatment": lambda w: ConditionFactory(treatment=f"Ice the {w}."),
        "urgent": lambda w: ConditionFactory(urgent_care=f"A numb {w}."),
        "doctor": lambda w: ConditionFactory(see_doctor=f"A sore {w}."),
    }
    made = {name: make(f"{name}word") for name, make in parts.items()}
    roller = ExerciseFactory()
    roller.equipment.create(name="Peanutball", slug="peanut-ball")
    index_for_search()
    for name, article in made.items():
        assert titles(search(client, f"{name}word")) == [article.title], name
    assert titles(search(client, "peanutball")) == [roller.title]


def test_stemming_finds_other_forms_of_a_word(client):
    stretch = ExerciseFactory(title="Kneeling hip flexor stretch", kind="stretch")
    lunge = ExerciseFactory(title="Walking lunge")
    ExerciseFactory(title="Bird dog")
    index_for_search()
    for typed, article in [
        ("stretches", stretch),
        ("stretching", stretch),
        ("lunges", lunge),
        ("lunging", lunge),
    ]:
        response = search(client, typed)
        assert titles(response) == [article.title], typed
        assert "Showing results for" not in visible_text(response), typed


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("hamstr", "Standing hamstring stretch"),
        ("pirifor", "Piriformis stretch"),
        ("standing hamstr", "Standing hamstring stretch"),
    ],
)
def test_the_last_word_may_be_the_start_of_a_word(client, typed, title):
    ExerciseFactory(title="Standing hamstring stretch", kind="stretch")
    ExerciseFactory(title="Piriformis stretch", kind="stretch")
    ExerciseFactory(title="Hamster crawl")
    index_for_search()
    response = search(client, typed)
    assert titles(response) == [title]
    # Found as typed, not by correcting it to a known word.
    assert "Showing results for" not in visible_text(response)


def test_region_names_are_searched(client):
    thoracic = RegionFactory(name="Thoracic spine")
    exercise = ExerciseFactory(title="Open book")
    ExerciseRegionFactory(exercise=exercise, region=thoracic)
    condition = ConditionFactory(title="Rib pain")
    condition.regions.add(thoracic)
    ExerciseFactory(title="Bird dog")
    index_for_search()
    found = hits(search(client, "thoracic"))
    assert {(hit.title, hit.url) for hit in found} == {
        (exercise.title, exercise.get_absolute_url()),
        (condition.title, condition.get_absolute_url()),
    }


# Types and counts -----------------------------------------------------------


@pytest.fixture
def sacrum_library():
    """Pages of every type about the sacrum, and one that is not."""
    made = {
        "Exercise": ExerciseFactory.create_batch(2, summary="Moves the sacrum."),
        "Stretch": ExerciseFactory.create_batch(
            3, kind="stretch", summary="Eases the sacrum."
        ),
        "Condition": ConditionFactory.create_batch(1, summary="Pain at the sacrum."),
    }
    ExerciseFactory(title="Neck roll", kind="stretch")
    index_for_search()
    return made


def test_results_are_labelled_by_type(client, sacrum_library):
    found = {(hit.kind, hit.title) for hit in hits(search(client, "sacrum"))}
    assert found == {
        (kind, article.title)
        for kind, articles in sacrum_library.items()
        for article in articles
    }


def test_the_page_counts_results_per_type(client, sacrum_library):
    response = search(client, "sacrum")
    total = sum(len(articles) for articles in sacrum_library.values())
    assert f"{total} results for “sacrum”" in visible_text(response)
    assert set(type_links(response)) == {
        f"All ({total})",
        f"Exercises ({len(sacrum_library['Exercise'])})",
        f"Stretches ({len(sacrum_library['Stretch'])})",
        f"Conditions ({len(sacrum_library['Condition'])})",
    }
    assert current_type(response) == f"All ({total})"


def test_the_type_filter_shows_one_type_and_keeps_the_counts(client, sacrum_library):
    everything = search(client, "sacrum")
    link = type_links(everything)[f"Stretches ({len(sacrum_library['Stretch'])})"]
    assert params_of(link) == {"q": ["sacrum"], "type": ["stretch"]}

    stretches = search(client, "sacrum", type="stretch")
    assert {(hit.kind, hit.title) for hit in hits(stretches)} == {
        ("Stretch", s.title) for s in sacrum_library["Stretch"]
    }
    count = len(sacrum_library["Stretch"])
    assert f"{count} results among stretches for “sacrum”" in visible_text(stretches)
    # The other types stay one click away, with their counts.
    assert set(type_links(stretches)) == set(type_links(everything))
    assert current_type(stretches) == f"Stretches ({count})"
    assert params_of(type_links(stretches)[current_type(everything)]) == {
        "q": ["sacrum"]
    }


def test_a_type_with_one_result_is_counted_in_the_singular(client, sacrum_library):
    conditions = search(client, "sacrum", type="condition")
    assert "1 result among conditions for “sacrum”" in visible_text(conditions)


def test_a_type_without_matches_says_so_and_not_that_nothing_matches(client):
    ExerciseFactory(summary="Moves the sacrum.")
    index_for_search()
    page = visible_text(search(client, "sacrum", type="condition"))
    assert "0 results among conditions for “sacrum”" in page
    assert "Nothing on the site matches" not in page


# How results are shown --------------------------------------------------------


def test_matches_are_marked_and_everything_else_is_escaped(client):
    exercise = ExerciseFactory(
        title="Hip <b>opener</b> & cat stretch",
        summary='Opens the hips <img src=x onerror="alert(1)"> & more.',
    )
    StepFactory(exercise=exercise, text="Kneel <script>alert(2)</script> & breathe.")
    index_for_search()
    body = search(client, "opener").content.decode()
    assert (
        "Hip &lt;b&gt;<mark>opener</mark>&lt;/b&gt; &amp; cat stretch</a></h2>" in body
    )
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more." in body
    assert "<b>" not in body and "<img src=x" not in body

    # A passage of the body is shown when the words are only there, escaped too.
    body = search(client, "breathe").content.decode()
    assert "&lt;script&gt;alert(2)&lt;/script&gt; &amp; <mark>breathe</mark>" in body
    assert "<script>alert" not in body


def test_other_forms_of_the_searched_word_are_marked(client):
    ExerciseFactory(title="Hip stretch", summary="Stretching the hips, gently.")
    index_for_search()
    body = search(client, "stretches").content.decode()
    assert "Hip <mark>stretch</mark></a>" in body
    assert "<mark>Stretching</mark> the hips" in body


@pytest.mark.parametrize(
    ("typed", "marked"), [("stretching", "stretch"), ("lunging", "lunge")]
)
def test_a_page_found_by_the_stem_of_an_ing_word_has_the_match_marked(
    client, typed, marked
):
    ExerciseFactory(title=f"Walking {marked}")
    index_for_search()
    response = search(client, typed)
    assert titles(response) == [f"Walking {marked}"]
    assert f"Walking <mark>{marked}</mark>" in response.content.decode()


def test_a_search_word_inside_markup_characters_is_not_marked_raw(client):
    """Searching for what an escape is made of ("amp", "lt") marks nothing that
    breaks the escaping."""
    ExerciseFactory(title="Amp & lt <lt> stretch")
    index_for_search()
    body = search(client, "amp lt").content.decode()
    assert "<mark>Amp</mark> &amp; <mark>lt</mark> &lt;<mark>lt</mark>&gt;" in body


# The exercise list's search box uses the same engine --------------------------


def test_the_exercise_list_search_stems_and_completes_words(client):
    hamstring = ExerciseFactory(title="Standing hamstring stretch", kind="stretch")
    lunge = ExerciseFactory(title="Walking lunge")
    ExerciseFactory(title="Bird dog")
    open_book = ExerciseFactory(title="Open book")
    ExerciseRegionFactory(exercise=open_book, region=RegionFactory(name="Thoracic"))
    index_for_search()

    def listed(q):
        return [e.title for e in client.get(LIST, {"q": q}).context["object_list"]]

    assert listed("hamstr") == [hamstring.title]
    assert listed("lunging") == [lunge.title]
    assert listed("thoracic") == [open_book.title]
