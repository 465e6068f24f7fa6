"""The "Make it easier or harder" section shows only what the public may see."""

import datetime as dt

import pytest
from django.utils import timezone

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db

HEADING = "Make it easier or harder"


@pytest.fixture
def draft():
    return ExerciseFactory(title="Draft option", draft=True)


@pytest.fixture
def scheduled():
    tomorrow = timezone.now() + dt.timedelta(days=1)
    return ExerciseFactory(title="Scheduled option", published_at=tomorrow)


def page(client, **options) -> str:
    exercise = ExerciseFactory(**options)
    return client.get(exercise.get_absolute_url()).content.decode()


def test_only_unpublished_options_and_no_notes_leave_no_section(
    client, draft, scheduled
):
    body = page(client, easier_option=draft, harder_option=scheduled)
    assert HEADING not in body
    assert "Easier:" not in body and "Harder:" not in body


def test_an_unpublished_option_with_a_note_shows_the_note_without_a_link(
    client, draft, scheduled
):
    body = page(
        client,
        easier_option=draft,
        easier_note="Move the leg only",
        harder_option=scheduled,
    )
    assert HEADING in body
    assert "<strong>Easier:</strong> Move the leg only</li>" in body
    assert "Harder:" not in body
    assert "Draft option" not in body and "Scheduled option" not in body


def test_a_published_option_is_linked(client, scheduled):
    live = ExerciseFactory(title="Supported lunge")
    body = page(client, easier_option=live, harder_option=scheduled)
    assert f'<a href="{live.get_absolute_url()}">Supported lunge</a>' in body
    assert "Harder:" not in body
