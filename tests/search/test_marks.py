"""Which words a result marks, and the passage it quotes."""

from search.engine import _marks


def marked(text: str, *typed: str) -> str:
    return str(_marks(typed).highlight(text))


def test_every_form_of_a_word_is_marked():
    text = "Stretching: one stretch, two stretches."
    assert marked(text, "stretching") == (
        "<mark>Stretching</mark>: one <mark>stretch</mark>, two <mark>stretches</mark>."
    )


def test_short_words_mark_their_short_forms_only():
    text = "Tight hips, one hip, a hippocampus; legs and a leg; it, its, item."
    assert marked(text, "hips") == (
        "Tight <mark>hips</mark>, one <mark>hip</mark>, a hippocampus; "
        "legs and a leg; it, its, item."
    )
    assert marked(text, "legs", "it") == (
        "Tight hips, one hip, a hippocampus; <mark>legs</mark> and a "
        "<mark>leg</mark>; <mark>it</mark>, its, item."
    )


def test_the_passage_quoted_starts_before_the_word_it_was_found_by():
    text = "x" * 80 + "\nhamstring stretch then more words " + "y " * 100
    passage = str(_marks(("hamstring",)).excerpt(text))
    assert "<mark>hamstring</mark> stretch" in passage
    assert passage.startswith("… ") and passage.endswith(" …")
    assert len(passage) < 200


def test_nothing_found_quotes_nothing():
    assert str(_marks(("zebra",)).excerpt("No such animal here.")) == ""
