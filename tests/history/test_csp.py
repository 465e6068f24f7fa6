"""The history pages work under the strict Content-Security-Policy: no inline
script, no style element or attribute (django-reversion-compare's templates had
both; ours replace them)."""

import html5lib
import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from exercises.models import Exercise

from ..factories import ExerciseFactory, StepFactory
from .pages import (
    compare_url,
    edit,
    history_url,
    recover_list_url,
    recover_url,
    revision_url,
    versions_of,
)

pytestmark = pytest.mark.django_db


def inline_code(html: str) -> list[str]:
    """What a strict policy would refuse to run or apply."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if "style" in element.attrib:
            found.append(f"style= on <{element.tag}>")
        found += [
            f"{a}= on <{element.tag}>" for a in element.attrib if a.startswith("on")
        ]
        if element.tag == "style":
            found.append("<style>")
        if (
            element.tag == "script"
            and not element.get("src")
            and element.get("type") != "application/json"
        ):
            found.append("inline <script>")
    return found


def assert_strict(response) -> None:
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert inline_code(response.content.decode()) == []


def test_every_history_page_runs_without_inline_code(admin_client):
    exercise = ExerciseFactory()
    StepFactory(exercise=exercise)
    edit(admin_client, exercise)
    edit(admin_client, exercise, body="Changed.", **{"steps-0-text": "Changed."})
    first, second = versions_of(exercise)
    deleted = ExerciseFactory()
    admin_client.post(
        reverse("admin:exercises_exercise_delete", args=[deleted.pk]), {"post": "yes"}
    )
    (deleted_version,) = versions_of(deleted)

    for url, params in [
        (reverse("admin:exercises_exercise_changelist"), {}),
        (history_url(exercise), {}),
        (compare_url(exercise), {"version_id1": first.pk, "version_id2": second.pk}),
        (revision_url(exercise, first), {}),
        (recover_list_url(Exercise), {}),
        (recover_url(Exercise, deleted_version), {}),
    ]:
        assert_strict(admin_client.get(url, params))


def test_the_packages_comparison_list_is_overridden():
    # The package's partial hides a radio button with style="visibility:hidden".
    html = render_to_string(
        "reversion-compare/action_list_partial.html",
        {
            "compare_view": True,
            "comparable": True,
            "action_list": [{"first": True}, {"second": True}],
        },
    )
    assert inline_code(html) == []
    assert 'class="history-unused"' in html


def test_the_fallback_comparison_of_unreadable_versions_too(admin_client):
    exercise = ExerciseFactory()
    edit(admin_client, exercise)
    edit(admin_client, exercise, body="Changed.")
    first, second = versions_of(exercise)
    # As if stored before a field changed type: the models cannot load it.
    first.serialized_data = first.serialized_data.replace(
        '"difficulty": 1', '"difficulty": "hard"'
    )
    first.save()

    response = admin_client.get(
        compare_url(exercise), {"version_id1": first.pk, "version_id2": second.pk}
    )

    assert response.templates[0].name == "reversion-compare/compare_raw.html"
    assert_strict(response)
