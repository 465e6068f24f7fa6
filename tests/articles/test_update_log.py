import datetime as dt

import pytest
from django.utils import timezone

from exercises.models import Exercise

from ..factories import ConditionFactory, ExerciseFactory, UpdateFactory

pytestmark = pytest.mark.django_db


def _aware(year, month=1, day=1):
    return timezone.make_aware(dt.datetime(year, month, day, 12))


def test_update_count_and_first_year_come_from_publication():
    exercise = ExerciseFactory(published_at=_aware(2015))
    for year in (2016, 2019, 2024):
        UpdateFactory(article=exercise, date=dt.date(year, 3, 1))

    assert exercise.update_count == 3
    assert exercise.first_published_year == 2015


def test_logged_history_older_than_publication_sets_first_year():
    # Moved from an older site: the log starts before publication here.
    exercise = ExerciseFactory(published_at=_aware(2020))
    UpdateFactory(article=exercise, date=dt.date(2009, 5, 1), kind="new")
    assert exercise.first_published_year == 2009


def test_draft_without_log_has_no_first_year():
    draft = ExerciseFactory(draft=True)
    assert draft.update_count == 0
    assert draft.first_published_year is None


def test_logs_of_different_articles_do_not_mix():
    exercise = ExerciseFactory()
    condition = ConditionFactory()
    UpdateFactory(article=exercise)
    UpdateFactory(article=condition)
    UpdateFactory(article=condition)
    assert exercise.update_count == 1
    assert condition.update_count == 2


def test_prefetched_log_costs_no_query(django_assert_num_queries):
    exercise = ExerciseFactory(published_at=_aware(2015))
    UpdateFactory(article=exercise)
    loaded = Exercise.objects.prefetch_related("updates").get(pk=exercise.pk)
    with django_assert_num_queries(0):
        assert loaded.update_count == 1
        assert loaded.first_published_year == 2015


def test_deleting_an_article_deletes_its_log():
    exercise = ExerciseFactory()
    update = UpdateFactory(article=exercise)
    exercise.delete()
    assert not type(update).objects.filter(pk=update.pk).exists()
