"""The exercise page, and where its query shape lives."""

import ast
from pathlib import Path

import pytest

import exercises.models
from exercises.models import ExerciseImage

from ..factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    ExerciseFactory,
    ImageFactory,
)


def imported_modules(path: Path) -> set[str]:
    """Every absolute import in a module, including ones inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found.add(node.module)
    return found


def test_exercise_models_do_not_import_conditions():
    """conditions.models imports exercises.models, so the reverse is a cycle.

    Query shapes that cross apps belong in exercises.selectors or the views.
    """
    package = Path(exercises.models.__file__).parent
    crossing = {
        f"{path.name} imports {module}"
        for path in sorted(package.glob("*.py"))
        for module in imported_modules(path)
        if module.split(".")[0] == "conditions"
    }
    assert crossing == set()


@pytest.mark.django_db
def test_page_links_published_conditions_helps_first_then_by_title(client):
    exercise = ExerciseFactory()
    for title, relation in [
        ("Zygapophyseal pain", "helps"),
        ("Acute disc injury", "avoid"),
        ("Back spasm", "helps"),
        ("Hypermobility", "caution"),
    ]:
        ConditionExerciseFactory(
            exercise=exercise,
            relation=relation,
            condition=ConditionFactory(title=title),
        )
    ConditionExerciseFactory(
        exercise=exercise, condition=ConditionFactory(title="Draft one", draft=True)
    )

    response = client.get(exercise.get_absolute_url())

    links = response.context["details"].conditions
    assert [link.title for link in links] == [
        "Back spasm",
        "Zygapophyseal pain",
        "Hypermobility",
        "Acute disc injury",
    ]
    assert "Draft one" not in response.content.decode()


@pytest.mark.django_db
def test_a_picture_whose_file_name_was_lost_is_left_out(client):
    """An image row with no file name (a raw update, a restore gone wrong) is
    skipped, not a 500; its caption still shows."""
    exercise = ExerciseFactory()
    image = ImageFactory(exercise=exercise, caption="Lost picture")
    ExerciseImage.objects.filter(pk=image.pk).update(image="")

    response = client.get(exercise.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert "Lost picture" in page and "<picture>" not in page
