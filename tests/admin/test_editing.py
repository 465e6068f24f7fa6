"""Saving, publishing and the refusal of conflicting edits in the admin."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from conditions.models import Condition
from exercises.models import Exercise

from ..factories import (
    AuthorUserFactory,
    ConditionFactory,
    ExerciseFactory,
    StepFactory,
    UpdateFactory,
)
from ..helpers import admin_change_url
from .formdata import admin_form_data

pytestmark = pytest.mark.django_db


change_url = admin_change_url


def changelist_url(model):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")


def test_publish_action_publishes_drafts_and_sets_date(author_client):
    drafts = [ExerciseFactory(draft=True), ExerciseFactory(draft=True)]
    before = timezone.now()
    response = author_client.post(
        changelist_url(Exercise),
        {"action": "publish", "_selected_action": [d.pk for d in drafts]},
        follow=True,
    )
    assert "Published 2 article(s)." in [
        m.message for m in response.context["messages"]
    ]
    for draft in drafts:
        draft.refresh_from_db()
        assert draft.status == Status.PUBLISHED
        assert draft.published_at >= before


def test_publish_action_keeps_original_date_when_republishing(author_client):
    first = timezone.now() - dt.timedelta(days=900)
    condition = ConditionFactory(status=Status.DRAFT, published_at=first)
    author_client.post(
        changelist_url(Condition),
        {"action": "publish", "_selected_action": [condition.pk]},
    )
    condition.refresh_from_db()
    assert condition.status == Status.PUBLISHED
    assert condition.published_at == first


def test_unpublish_action_hides_article_from_visitors(author_client, client):
    exercise = ExerciseFactory()
    author_client.post(
        changelist_url(Exercise),
        {"action": "unpublish", "_selected_action": [exercise.pk]},
    )
    assert client.get(exercise.get_absolute_url()).status_code == 404


def test_saving_with_published_status_stamps_the_date(author_client):
    draft = ExerciseFactory(draft=True)
    data = admin_form_data(author_client.get(change_url(draft)))
    data["status"] = "published"
    response = author_client.post(change_url(draft), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.published_at is not None
    assert draft.is_published()


@pytest.mark.parametrize("factory", [ExerciseFactory, ConditionFactory])
def test_second_of_two_concurrent_saves_is_refused(factory, author_client):
    article = factory(summary="Original summary.")
    other_author = AuthorUserFactory(first_name="Alex", last_name="Kim")
    other_client = type(author_client)()
    other_client.force_login(other_author)

    # Both open the same article before either saves.
    mine = admin_form_data(author_client.get(change_url(article)))
    theirs = admin_form_data(other_client.get(change_url(article)))

    theirs["summary"] = "Their summary."
    assert other_client.post(change_url(article), theirs).status_code == 302

    mine["summary"] = "My carefully typed summary."
    response = author_client.post(change_url(article), mine)

    assert response.status_code == 200  # the form again, not a redirect
    page = response.content.decode()
    assert "have NOT been saved" in page
    assert "Alex Kim saved this article" in page
    assert "My carefully typed summary." in page  # nothing typed is lost
    article.refresh_from_db()
    assert article.summary == "Their summary."


def test_saving_again_after_a_conflict_is_a_deliberate_overwrite(author_client):
    article = ExerciseFactory()
    mine = admin_form_data(author_client.get(change_url(article)))
    Exercise.objects.filter(pk=article.pk).unpublish()  # someone else's change

    mine["summary"] = "Mine after all."
    refused = author_client.post(change_url(article), mine)
    assert refused.status_code == 200

    resubmit = admin_form_data(refused)
    assert resubmit["summary"] == "Mine after all."
    assert author_client.post(change_url(article), resubmit).status_code == 302
    article.refresh_from_db()
    assert article.summary == "Mine after all."


def test_conflicting_inline_edit_is_refused_too(author_client):
    step = StepFactory(text="Kneel on all fours.")
    article = step.exercise
    mine = admin_form_data(author_client.get(change_url(article)))
    theirs = admin_form_data(author_client.get(change_url(article)))

    theirs["steps-0-text"] = "Their step."
    assert author_client.post(change_url(article), theirs).status_code == 302
    mine["steps-0-text"] = "My step."
    assert author_client.post(change_url(article), mine).status_code == 200

    step.refresh_from_db()
    assert step.text == "Their step."


def test_sequential_saves_each_bump_the_version(author_client):
    article = ExerciseFactory()
    for summary in ("One.", "Two."):
        data = admin_form_data(author_client.get(change_url(article)))
        data["summary"] = summary
        assert author_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.summary == "Two."
    assert article.version == 3


def test_publish_action_invalidates_an_open_form(author_client):
    # An author with the page open must not silently undo a publication.
    article = ExerciseFactory(draft=True)
    data = admin_form_data(author_client.get(change_url(article)))
    author_client.post(
        changelist_url(Exercise),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert author_client.post(change_url(article), data).status_code == 200
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_publish_action_is_recorded_in_the_history(author_client, author_user):
    from django.contrib.admin.models import LogEntry

    draft = ExerciseFactory(draft=True)
    author_client.post(
        changelist_url(Exercise), {"action": "publish", "_selected_action": [draft.pk]}
    )
    entry = LogEntry.objects.get(object_id=str(draft.pk))
    assert entry.user == author_user
    assert "Published" in entry.get_change_message()


def test_version_check_locks_the_row_until_the_save_commits(author_client):
    # Without the lock two saves arriving together could both pass the check.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if not connection.features.has_select_for_update:
        pytest.skip("SQLite serialises writers; the row lock exists on PostgreSQL")
    article = ExerciseFactory()
    data = admin_form_data(author_client.get(change_url(article)))
    with CaptureQueriesContext(connection) as captured:
        assert author_client.post(change_url(article), data).status_code == 302
    table = Exercise._meta.db_table
    assert any(
        "FOR UPDATE" in q["sql"] and table in q["sql"]
        for q in captured.captured_queries
    )


def test_variants_are_refused_on_a_non_stretch(author_client):
    exercise = ExerciseFactory(kind="exercise")
    data = admin_form_data(author_client.get(change_url(exercise)))
    data.update(
        {
            "variants-TOTAL_FORMS": "1",
            "variants-0-name": "Foot in",
            "variants-0-slug": "foot-in",
            "variants-0-change": "Turn the foot in.",
            "variants-0-emphasis": "Inner rotators",
            "variants-0-order": "0",
        }
    )
    refused = author_client.post(change_url(exercise), data)
    assert refused.status_code == 200
    assert "Variants are for stretches" in refused.content.decode()
    assert not exercise.variants.exists()

    data["kind"] = "stretch"
    assert author_client.post(change_url(exercise), data).status_code == 302
    assert exercise.variants.get().emphasis == "Inner rotators"


@pytest.mark.parametrize("changelist", ["exercises_exercise", "authors_author"])
def test_admin_search_with_a_nul_character_is_harmless(author_client, changelist):
    ExerciseFactory()
    url = reverse(f"admin:{changelist}_changelist")
    response = author_client.get(url, {"q": "bird\x00dog"})
    assert response.status_code == 200


def open_then_lose_a_row(client, exercise, row) -> dict:
    """The change form as `client` opened it, after which someone else deleted
    `row` from the article and saved."""
    data = admin_form_data(client.get(change_url(exercise)))
    row.delete()
    Exercise.objects.get(pk=exercise.pk).save()
    return data


def save_twice(client, exercise, data):
    """Post a stale form (refused, with the conflict message), then save again
    as the author does after reading it. Returns both responses."""
    refused = client.post(change_url(exercise), data)
    assert refused.status_code == 200
    assert "have NOT been saved" in refused.content.decode()
    return refused, client.post(change_url(exercise), admin_form_data(refused))


@pytest.mark.parametrize("deleted", ["steps", "updates"])
def test_conflict_after_someone_deleted_an_inline_row_can_still_be_saved(
    author_client, deleted
):
    step = StepFactory(text="Kneel on all fours.")
    exercise = step.exercise
    entry = UpdateFactory(article=exercise, description="First version.")
    mine = open_then_lose_a_row(
        author_client, exercise, step if deleted == "steps" else entry
    )

    mine["steps-0-text"] = "Kneel on all fours, hands under shoulders."
    mine["summary"] = "My summary."
    refused, response = save_twice(author_client, exercise, mine)
    assert "Select a valid choice" not in refused.content.decode()

    # Saving again keeps everything this author typed, the row included.
    assert response.status_code == 302, response.context["errors"]
    exercise.refresh_from_db()
    assert exercise.summary == "My summary."
    assert list(exercise.steps.values_list("text", flat=True)) == [
        "Kneel on all fours, hands under shoulders."
    ]
    assert list(exercise.updates.values_list("description", flat=True)) == [
        "First version."
    ]


def test_a_restored_row_is_saved_and_logged_once(author_client):
    from django.contrib.admin.models import LogEntry

    step = StepFactory(text="Kneel.")
    exercise = step.exercise
    mine = open_then_lose_a_row(author_client, exercise, step)
    assert save_twice(author_client, exercise, mine)[1].status_code == 302

    assert list(exercise.steps.values_list("text", flat=True)) == ["Kneel."]
    entry = LogEntry.objects.filter(object_id=str(exercise.pk)).latest("action_time")
    added = [m for m in entry.get_change_message().split(". ") if "Added" in m]
    assert len(added) == 1, entry.get_change_message()


def test_a_deleted_picture_does_not_block_the_save(author_client):
    from exercises.models import ExerciseImage

    from ..images.files import image_bytes, upload

    exercise = ExerciseFactory()
    picture = ExerciseImage.objects.create(
        exercise=exercise,
        image=upload(image_bytes(size=(200, 100))),
        alt_text="Kneeling.",
    )
    mine = open_then_lose_a_row(author_client, exercise, picture)
    mine["summary"] = "Mine."
    assert save_twice(author_client, exercise, mine)[1].status_code == 302
    assert Exercise.objects.get(pk=exercise.pk).summary == "Mine."
    assert not exercise.images.exists()


def test_restoring_a_row_needs_the_add_permission(client):
    from django.contrib.auth.models import Permission

    user = AuthorUserFactory()
    user.groups.clear()
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_exercise", "change_exercise", "change_exercisestep"]
        )
    )
    client.force_login(user)
    step = StepFactory(text="Kneel.")
    exercise = step.exercise
    mine = open_then_lose_a_row(client, exercise, step)
    assert save_twice(client, exercise, mine)[1].status_code == 302
    assert not exercise.steps.exists()


def test_a_row_deleted_by_both_authors_stays_deleted(author_client):
    step = StepFactory(text="Kneel on all fours.")
    exercise = step.exercise
    mine = open_then_lose_a_row(author_client, exercise, step)
    mine["steps-0-DELETE"] = "on"
    assert save_twice(author_client, exercise, mine)[1].status_code == 302
    assert not exercise.steps.exists()
