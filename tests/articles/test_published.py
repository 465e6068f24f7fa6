import datetime as dt

import pytest
from django.db import IntegrityError
from django.utils import timezone

from articles.models import Status
from conditions.models import Condition
from exercises.models import Exercise

from ..factories import ConditionFactory, ExerciseFactory

pytestmark = pytest.mark.django_db


def test_published_hides_drafts_and_scheduled_articles():
    live = ExerciseFactory()
    ExerciseFactory(draft=True)
    ExerciseFactory(published_at=timezone.now() + dt.timedelta(days=2))
    assert list(Exercise.objects.published()) == [live]


def test_condition_shares_the_same_rules():
    live = ConditionFactory()
    ConditionFactory(draft=True)
    assert list(Condition.objects.published()) == [live]


def test_publishing_sets_the_date_once():
    first = timezone.now() - dt.timedelta(days=400)
    exercise = ExerciseFactory(published_at=first)

    Exercise.objects.filter(pk=exercise.pk).unpublish()
    exercise.refresh_from_db()
    assert exercise.status == Status.DRAFT

    Exercise.objects.filter(pk=exercise.pk).publish()
    exercise.refresh_from_db()
    assert exercise.status == Status.PUBLISHED
    assert exercise.published_at == first


def test_first_publication_stamps_now():
    draft = ExerciseFactory(draft=True)
    before = timezone.now()
    assert Exercise.objects.filter(pk=draft.pk).publish() == 1
    draft.refresh_from_db()
    assert draft.published_at >= before
    assert draft.is_published()


def test_database_refuses_published_article_without_date():
    with pytest.raises(IntegrityError):
        ExerciseFactory(status=Status.PUBLISHED, published_at=None)
