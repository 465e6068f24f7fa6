"""Restoring an earlier version of an article from its History: the article comes
back with its steps, pictures, variants and update log, through ordinary saves,
and only as far as the restorer may change it."""

import datetime as dt

import pytest

from articles.models import Status
from authors.models import Author
from conditions.models import ConditionExercise
from exercises.models import Exercise

from ..factories import (
    AuthorFactory,
    ConditionExerciseFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    ImageFactory,
    RegionFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from .pages import edit, messages_of, restore, revision_url, versions_of

pytestmark = pytest.mark.django_db


def texts(rows, attribute="text") -> list[str]:
    return [getattr(row, attribute) for row in rows.all()]


@pytest.fixture
def stretch(author_client):
    """A stretch saved twice: first as below, then with every part changed."""
    exercise = ExerciseFactory(kind="stretch", body="Old body.")
    StepFactory(exercise=exercise, text="Kneel.")
    ImageFactory(exercise=exercise, alt_text="Old picture")
    VariantFactory(exercise=exercise, name="Foot turned in")
    UpdateFactory(article=exercise, description="First written.")
    edit(author_client, exercise)

    exercise.variants.all().delete()
    StepFactory(exercise=exercise, text="A step added later.")
    UpdateFactory(article=exercise, description="Rewritten.")
    edit(
        author_client,
        exercise,
        body="New body.",
        **{"steps-0-text": "Kneel down.", "images-0-alt_text": "New picture"},
    )
    return Exercise.objects.get(pk=exercise.pk)


def test_restoring_brings_back_the_article_and_every_part(author_client, stretch):
    first, _ = versions_of(stretch)
    response = restore(author_client, revision_url(stretch, first))
    assert response.status_code == 302

    stretch.refresh_from_db()
    assert stretch.body == "Old body."
    assert texts(stretch.steps) == ["Kneel."]
    assert texts(stretch.images, "alt_text") == ["Old picture"]
    assert texts(stretch.variants, "name") == ["Foot turned in"]
    assert texts(stretch.updates, "description") == ["First written."]


def test_a_restore_is_stored_and_can_be_undone(author_client, author_user, stretch):
    first, second = versions_of(stretch)
    restore(author_client, revision_url(stretch, first))

    *_, restored = versions_of(stretch)
    assert restored.revision.user == author_user
    assert restored.revision.get_comment().startswith("Restored the version of")

    restore(author_client, revision_url(stretch, second))
    stretch.refresh_from_db()
    assert stretch.body == "New body."
    assert sorted(texts(stretch.steps)) == ["A step added later.", "Kneel down."]
    assert not stretch.variants.exists()


def test_the_edit_lock_counts_on_and_never_reuses_a_number(author_client, stretch):
    first, _ = versions_of(stretch)
    before = stretch.version
    restore(author_client, revision_url(stretch, first))
    stretch.refresh_from_db()
    # A form opened at the old version must still be refused.
    assert stretch.version == before + 1
    assert first.field_dict["version"] < before


def test_nothing_is_restored_over_a_save_made_after_the_page_opened(
    author_client, stretch
):
    first, _ = versions_of(stretch)
    url = revision_url(stretch, first)
    seen = author_client.get(url).context["seen_version"]
    edit(author_client, stretch, summary="Saved meanwhile.")

    response = author_client.post(url, {"seen_version": seen}, follow=True)

    assert any("Someone saved this page" in m for m in messages_of(response))
    stretch.refresh_from_db()
    assert (stretch.body, stretch.summary) == ("New body.", "Saved meanwhile.")
    assert len(versions_of(stretch)) == 3


@pytest.mark.parametrize("seen", ["²", "-1", "1.0", "x"])
def test_a_hand_made_seen_version_is_a_bad_request(author_client, stretch, seen):
    first, _ = versions_of(stretch)
    response = author_client.post(revision_url(stretch, first), {"seen_version": seen})
    assert response.status_code == 400
    stretch.refresh_from_db()
    assert stretch.body == "New body."


def test_a_plain_author_keeps_the_byline_and_review(
    author_client, editor_client, stretch
):
    first, _ = versions_of(stretch)
    reviewer = AuthorFactory()
    edit(
        editor_client,
        stretch,
        author=AuthorFactory().pk,
        reviewed_by=reviewer.pk,
        last_reviewed_on="2026-03-04",
    )
    stretch.refresh_from_db()
    now = (stretch.author_id, stretch.reviewed_by_id, stretch.last_reviewed_on)

    page = author_client.get(revision_url(stretch, first))
    assert page.context["kept_fields"] == [
        "author",
        "reviewed by",
        "last reviewed on",
        "next review due",
    ]
    assert "These stay as they are now" in page.content.decode()
    restore(author_client, revision_url(stretch, first))

    stretch.refresh_from_db()
    assert stretch.body == "Old body."
    assert (stretch.author_id, stretch.reviewed_by_id, stretch.last_reviewed_on) == now


def test_an_editor_restores_the_byline_too(editor_client, stretch):
    first, _ = versions_of(stretch)
    edit(editor_client, stretch, author=AuthorFactory().pk)

    restore(editor_client, revision_url(stretch, first))

    stretch.refresh_from_db()
    assert stretch.author_id == first.field_dict["author_id"]


def test_what_was_deleted_since_is_left_out_and_named(author_client):
    easier = ExerciseFactory(title="Knee rocking")
    region = RegionFactory(name="Sacrum")
    exercise = ExerciseFactory(easier_option=easier)
    ExerciseRegionFactory(exercise=exercise, region=region)
    StepFactory(exercise=exercise, text="Lie down.")
    edit(author_client, exercise)
    exercise.target_regions.all().delete()
    region.delete()
    easier.delete()
    edit(author_client, exercise, body="Changed.")
    first, _ = versions_of(exercise)

    response = restore(author_client, revision_url(exercise, first))

    exercise.refresh_from_db()
    assert exercise.body == ""
    assert exercise.easier_option is None
    assert not exercise.target_regions.exists()
    assert texts(exercise.steps) == ["Lie down."]
    (warning,) = [
        m for m in messages_of(author_client.get(response.url)) if "Left out" in m
    ]
    assert "easier option" in warning and "target region" in warning


def test_a_version_whose_address_is_taken_now_is_refused(author_client):
    exercise = ExerciseFactory(slug="bird-dog", body="Old body.")
    edit(author_client, exercise)
    edit(author_client, exercise, slug="bird-dog-kneeling", body="New body.")
    ExerciseFactory(slug="bird-dog")
    first, _ = versions_of(exercise)

    response = restore(author_client, revision_url(exercise, first))

    assert any(
        "Slug already exists" in m for m in messages_of(author_client.get(response.url))
    )
    exercise.refresh_from_db()
    assert (exercise.slug, exercise.body) == ("bird-dog-kneeling", "New body.")


def test_restoring_an_exercise_leaves_links_from_conditions_alone(author_client):
    exercise = ExerciseFactory(body="Old body.")
    edit(author_client, exercise)
    link = ConditionExerciseFactory(exercise=exercise)
    edit(author_client, exercise, body="New body.")
    first, _ = versions_of(exercise)

    restore(author_client, revision_url(exercise, first))

    exercise.refresh_from_db()
    assert exercise.body == "Old body."
    assert ConditionExercise.objects.filter(pk=link.pk).exists()


def test_restoring_a_draft_version_makes_the_article_a_draft(author_client):
    exercise = ExerciseFactory(draft=True)
    edit(author_client, exercise)
    edit(author_client, exercise, status=Status.PUBLISHED)
    first, _ = versions_of(exercise)

    page = author_client.get(revision_url(exercise, first))
    assert "Draft: visitors will not see it" in page.content.decode()
    restore(author_client, revision_url(exercise, first))

    exercise.refresh_from_db()
    assert exercise.status == Status.DRAFT
    assert not exercise.is_published()


def test_a_plain_author_restoring_a_profile_keeps_its_login(
    author_client, author_user, admin_client
):
    profile = AuthorFactory(bio="Old bio.")  # a reviewer without a login
    edit(author_client, profile)
    edit(admin_client, profile, user=author_user.pk, bio="New bio.")
    first, _ = versions_of(profile)

    restore(author_client, revision_url(profile, first))

    profile = Author.objects.get(pk=profile.pk)
    assert profile.bio == "Old bio."
    assert profile.user == author_user


def test_a_review_date_comes_back_with_its_reviewer(editor_client):
    reviewer = AuthorFactory()
    exercise = ExerciseFactory(
        reviewed_by=reviewer, last_reviewed_on=dt.date(2025, 1, 2)
    )
    edit(editor_client, exercise)
    edit(editor_client, exercise, reviewed_by=None, last_reviewed_on=None)
    first, _ = versions_of(exercise)

    restore(editor_client, revision_url(exercise, first))

    exercise.refresh_from_db()
    assert (exercise.reviewed_by, exercise.last_reviewed_on) == (
        reviewer,
        dt.date(2025, 1, 2),
    )


def test_a_version_the_models_cannot_read_is_refused_not_an_error(author_client):
    exercise = ExerciseFactory()
    edit(author_client, exercise)
    (version,) = versions_of(exercise)
    version.serialized_data = version.serialized_data.replace(
        '"difficulty": 1', '"difficulty": "hard"'
    )
    version.save()
    url = revision_url(exercise, version)

    opened = author_client.get(url, follow=True)
    pressed = author_client.post(url, follow=True)

    for response in (opened, pressed):
        assert any("incompatible version data" in m for m in messages_of(response))
    assert versions_of(exercise) == [version]
