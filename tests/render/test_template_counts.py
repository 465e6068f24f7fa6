"""Lists render a fixed set of templates, however many rows and checkboxes.

An include, or a widget's template, per card, per checkbox or per log entry
made the exercise list about five times slower than its queries; these fail if
one comes back.
"""

import pytest

pytestmark = pytest.mark.django_db

PAGES = {
    "exercise list": ("/exercises/", {}),
    "filtered list": ("/exercises/", {"kind": "exercise", "sort": "hardest"}),
    "update log": ("/updates/", {}),
    "update log filtered": ("/updates/", {"kind": "minor"}),
    "home": ("/", {}),
}
# The page (with Jinja2 its base and partials are part of it, see
# tests/render/test_jinja2.py) and the search box's widget (input + attrs).
MOST_TEMPLATES = 4


def templates_rendered(client, url, params) -> list[str]:
    response = client.get(url, params)
    assert response.status_code == 200
    return [template.name for template in response.templates]


@pytest.mark.parametrize(("url", "params"), PAGES.values(), ids=PAGES.keys())
def test_templates_rendered_do_not_grow_with_rows_or_choices(
    client, grow_library, url, params
):
    grow_library(exercises=1, regions=1, equipment=1, conditions=1)
    few = templates_rendered(client, url, params)
    grow_library(exercises=60, regions=8, equipment=12, conditions=6)
    many = templates_rendered(client, url, params)
    assert many == few
    assert len(many) <= MOST_TEMPLATES, many


def test_the_list_writes_its_checkboxes_and_cards_itself(client, grow_library):
    grow_library(exercises=30, regions=8, equipment=12, conditions=6)
    response = client.get("/exercises/")
    body = response.content.decode()
    # A full page of cards and dozens of boxes…
    assert body.count('<article class="card">') == 24
    assert body.count('type="checkbox"') >= 40
    # …and not one template per box, per <option> or per card, nor a widget's
    # template for the search box.
    names = [template.name for template in response.templates]
    assert names == ["exercises/exercise_list.html"]
