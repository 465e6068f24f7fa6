"""The filters' markup, written by the templates, is what Django's widgets write.

The checkboxes (includes/_checkbox.html, through articles.presenters
.rendered_options), the sort menu and the search box are written by the
templates instead of by the widgets' templates; ids, names, values, checked
states and labels must not change, or labels and links to them break.
"""

import re
from html.parser import HTMLParser

import pytest
from django.utils.html import escape

from ..factories import (
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


def squeezed(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", str(html))).strip()


def attributes(tag: str) -> list[tuple[str, str | None]]:
    """A start tag's attributes, in order, their values unescaped."""
    parser = HTMLParser()
    found = []
    parser.handle_starttag = lambda name, attrs: found.extend(attrs)
    parser.feed(tag)
    return found


def widget_markup(bound_field) -> list[str]:
    """Each box as Django's CheckboxSelectMultiple and the label would write it."""
    return [
        f'{box.tag()} <label for="{box.id_for_label}">{escape(box.choice_label)}'
        "</label>"
        for box in bound_field
    ]


@pytest.fixture
def choices():
    hips = RegionFactory(name="Hips", slug="hips")
    RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    RegionFactory(name="Neck & shoulders", slug="neck")
    EquipmentFactory(name="Mat", slug="mat")
    EquipmentFactory(name="Foam roller", slug="foam-roller")
    ConditionFactory(title="Tight hip flexors", slug="tight-hip-flexors")
    ConditionFactory(title="Hidden draft", slug="hidden", draft=True)
    ExerciseFactory()


QUERIES = {
    "nothing chosen": {},
    "some chosen": {
        "region": ["hip-flexors", "elbow"],
        "kind": "stretch",
        "difficulty": ["beginner", "advanced"],
        "equipment": ["none", "mat"],
        "condition": "tight-hip-flexors",
        "sort": "hardest",
    },
    "several orders": {"sort": "updated,easiest"},
    "unknown order": {"sort": "zz"},
    "a search": {"q": ' "hip" <stretch> & '},
}


@pytest.mark.parametrize("params", QUERIES.values(), ids=QUERIES.keys())
def test_exercise_filters_match_the_widgets(client, choices, params):
    response = client.get("/exercises/", params)
    page = response.content.decode()
    form = response.context["filter"].form
    boxes = 0
    for name in ("region", "kind", "difficulty", "equipment", "condition"):
        for markup in widget_markup(form[name]):
            assert markup in page
            boxes += 1
    assert page.count('type="checkbox"') == boxes
    select = re.search(r"<select.*?</select>", page, re.S).group()
    assert squeezed(select) == squeezed(form["sort"])
    search_box = re.search(r'<input type="search" name=.*?>', page).group()
    # The same attributes in the same order (escaped as MarkupSafe escapes).
    assert attributes(search_box) == attributes(str(form["q"]))


def test_sub_regions_are_indented_and_drafts_not_offered(client, choices):
    page = client.get("/exercises/").content.decode()
    assert '<li class="depth-0"><input type="checkbox" name="region" value="hips"' in (
        page
    )
    assert '<li class="depth-1"><input type="checkbox" name="region" ' in page
    assert 'value="hip-flexors"' in page
    assert "Neck &amp; shoulders" in page
    assert "Hidden draft" not in page


@pytest.mark.parametrize("params", [{}, {"kind": ["science", "nonsense"]}])
def test_update_log_filter_matches_the_widget(client, params):
    response = client.get("/updates/", params)
    page = response.content.decode()
    for markup in widget_markup(response.context["filter"].form["kind"]):
        assert markup in page
