"""Figures summarising the library are worked out once per content version."""

import pytest

from articles import freshness

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db


def counter():
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    return compute


def test_worked_out_once_while_the_content_stays_the_same():
    compute = counter()
    assert freshness.derived("figure", compute) == 1
    assert freshness.derived("figure", compute) == 1
    assert freshness.derived("another figure", compute) == 2


def test_fresh_inside_a_transaction_that_changed_content():
    """The version moves only when the change commits; until then this
    connection must not be shown figures from before its own change."""
    compute = counter()
    assert freshness.derived("figure", compute) == 1
    ExerciseFactory()
    assert freshness.derived("figure", compute) == 2
    assert freshness.derived("figure", compute) == 3


def test_long_names_of_any_text_make_valid_keys():
    name = "count:exercises:list?q=" + "bird dog " * 500 + "\x00 é 🐕"
    assert freshness.derived(name, lambda: 7) == 7
    assert freshness.derived(name, lambda: 8) == 7


def test_kept_each_works_out_each_key_once_up_to_a_bound():
    compute = counter()
    assert freshness.kept_each("figures", "a", compute, most=2) == 1
    assert freshness.kept_each("figures", "a", compute, most=2) == 1
    assert freshness.kept_each("figures", "b", compute, most=2) == 2
    # A third key starts again: "a" is worked out anew.
    assert freshness.kept_each("figures", "c", compute, most=2) == 3
    assert freshness.kept_each("figures", "a", compute, most=2) == 4
    assert freshness.kept_each("figures", "c", compute, most=2) == 3


def test_kept_each_is_worked_out_again_for_a_new_version():
    compute = counter()
    assert freshness.kept_each("figures", "a", compute, most=9) == 1
    ExerciseFactory()  # waiting to commit: nothing from before it is used
    assert freshness.kept_each("figures", "a", compute, most=9) == 2
