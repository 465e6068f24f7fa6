"""exercises.pages reads the exercise page as the ORM did, only faster.

The reference is the ORM path it replaced: `exercise_detail_queryset()` seen
through `visible_to(user)`, with `ArticleDetailView`'s credentials prefetch,
and the page's values built from those instances (`presenters.page_of`). The
exercise and what `select_related` caches on it are compared field by field,
with their types; everything else the page shows, value by value.
"""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from exercises import pages
from exercises.models import Exercise, ExerciseStep
from exercises.pages import exercise_page
from exercises.presenters import page_of
from exercises.views import ExerciseDetailView
from images.presenters import StoredImage

from .. import page_loaders
from ..factories import (
    AuthorUserFactory,
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    ImageFactory,
    RegionFactory,
    StepFactory,
    UpdateFactory,
    UserFactory,
    VariantFactory,
    _jpeg,
)
from ..page_loaders import ANONYMOUS, scenarios, sent_once_prepared, snapshot

pytestmark = pytest.mark.django_db


def through_orm(slug: str, user):
    return page_loaders.through_orm(ExerciseDetailView, slug, user)


def through_view(slug: str, user):
    return page_loaders.through_view(ExerciseDetailView, slug, user)


def rich_exercise(**kwargs) -> Exercise:
    """Every part of the page, with ties that only the full ordering settles."""
    reviewer = CredentialFactory(title="Physiotherapist", year=None).author
    CredentialFactory(author=reviewer, title="Sports massage", order=1)
    easier = ExerciseFactory(title="Easier one")
    harder = ExerciseFactory(title="Harder draft", draft=True)
    exercise = ExerciseFactory(
        kind="stretch",
        difficulty=2,
        aliases="Side bend\nLateral flexion",
        cautions="Stop if it hurts\nGo slowly",
        hold_seconds_min=5,
        hold_seconds_max=10,
        reps_min=3,
        reps_max=5,
        sets=2,
        per_side=True,
        frequency="daily",
        easier_option=easier,
        easier_note="Sit down",
        harder_option=harder,
        harder_note="Add a weight",
        last_reviewed_on=dt.date(2024, 2, 29),
        reviewed_by=reviewer,
        body="Some **text**.",
        **kwargs,
    )
    CredentialFactory(author=exercise.author, title="Later", order=2, year=2001)
    CredentialFactory(author=exercise.author, title="Old", order=0, year=2010)
    CredentialFactory(author=exercise.author, title="New", order=0, year=2020)
    CredentialFactory(author=exercise.author, title="Undated", order=0, year=None)
    for order in (1, 0, 0):
        StepFactory(exercise=exercise, order=order)
    ImageFactory(exercise=exercise, order=1, caption="Start", credit="Us")
    ImageFactory(exercise=exercise, order=0, alt_text="", is_decorative=True)
    VariantFactory(exercise=exercise, order=0, name="Plain")
    VariantFactory(
        exercise=exercise,
        order=0,
        name="Pictured",
        image=SimpleUploadedFile("in.jpg", _jpeg(), content_type="image/jpeg"),
        image_alt="Foot turned in",
    )
    for name in ("Mat", "Chair", "Band"):
        exercise.equipment.add(EquipmentFactory(name=name))
    UpdateFactory(article=exercise, date=dt.date(2024, 5, 1), kind="science")
    UpdateFactory(article=exercise, date=dt.date(2024, 5, 1), created_by=UserFactory())
    UpdateFactory(article=exercise, date=dt.date(2023, 1, 1), kind="new")
    UpdateFactory(article=easier, date=dt.date(2024, 6, 1))  # not this page's
    for name, order, role in [
        ("Lower back", 1, "primary"),
        ("Hips", 0, "secondary"),
        ("Abdominals", 1, "primary"),
        ("Sides", 0, "primary"),
    ]:
        ExerciseRegionFactory(
            exercise=exercise, region=RegionFactory(name=name, order=order), role=role
        )
    for title, relation, extra in [
        ("Zeta pain", "helps", {}),
        ("Alpha pain", "helps", {}),
        ("Middle pain", "caution", {}),
        ("Beta pain", "avoid", {}),
        ("Draft pain", "helps", {"draft": True}),
        (
            "Scheduled pain",
            "helps",
            {"published_at": timezone.now() + dt.timedelta(days=1)},
        ),
    ]:
        ConditionExerciseFactory(
            exercise=exercise,
            relation=relation,
            note=f"Because of {title}",
            condition=ConditionFactory(title=title, **extra),
        )
    ConditionExerciseFactory(exercise=easier)  # not this page's
    return exercise


SCENARIOS = scenarios(rich_exercise, ExerciseFactory)


@pytest.mark.parametrize(
    ("make", "kwargs", "previewing"), SCENARIOS.values(), ids=SCENARIOS.keys()
)
def test_loader_gives_what_the_orm_gives(author_user, make, kwargs, previewing):
    exercise = make(**kwargs)
    user = author_user if previewing else ANONYMOUS

    loaded = exercise_page(slug=exercise.slug, user=user)
    expected = through_orm(exercise.slug, user)

    assert snapshot(loaded.exercise, own=True) == snapshot(expected, own=True)
    assert loaded.details == page_of(expected).details
    assert loaded.byline == page_of(expected).byline
    assert loaded.update_log == page_of(expected).update_log
    assert loaded == page_of(expected)


def test_rich_page_has_every_part_in_order():
    """The comparison above is only as good as its data: check the data shows."""
    page = exercise_page(slug=rich_exercise().slug, user=ANONYMOUS)
    details = page.details

    assert [title for title, _ in page.byline.author.credentials][-1] == "Later"
    assert len(page.byline.review.reviewer.credentials) == 2
    assert [len(details.steps), len(details.images)] == [3, 2]
    assert [v.name for v in details.variants] == ["Plain", "Pictured"]
    assert details.equipment == ("Band", "Chair", "Mat")
    assert [e.date.year for e in page.update_log.entries] == [2024, 2024, 2023]
    assert details.works == ("Sides", "Abdominals", "Lower back")
    assert details.also_works == ("Hips",)
    assert [link.title for link in details.conditions] == [
        "Alpha pain",
        "Zeta pain",
        "Middle pain",
        "Beta pain",
    ]
    assert page.exercise.easier_option.is_published()
    assert not page.exercise.harder_option.is_published()


def test_values_have_the_types_the_orm_gives(django_assert_num_queries):
    page = exercise_page(slug=rich_exercise().slug, user=ANONYMOUS)
    exercise, details = page.exercise, page.details
    decorative, pictured = details.images
    plain, with_image = details.variants

    # All read already: none of these is a query.
    with django_assert_num_queries(0):
        assert timezone.is_aware(exercise.published_at)
        assert timezone.is_aware(exercise.easier_option.published_at)
        assert type(exercise.last_reviewed_on) is dt.date
        assert exercise.per_side is True
        # Of the joined rows, only what the page shows is read.
        assert {"body", "created_at"} <= exercise.easier_option.get_deferred_fields()
        assert "photo_renditions" in exercise.author.get_deferred_fields()
        assert [type(i.is_decorative) for i in details.images] == [bool, bool]
        assert decorative.is_decorative and not pictured.is_decorative
        assert isinstance(pictured.image, StoredImage)
        assert isinstance(pictured.image.renditions, dict)
        assert pictured.image.renditions["sources"]
        assert pictured.image.url.startswith("/")
        assert plain.image is None
        assert with_image.image.renditions["sources"] and with_image.image_alt
        assert [type(e.date) for e in page.update_log.entries] == [dt.date] * 3
        assert details.dose == exercise.dosage.in_words() != ""
        assert details.aliases == ("Side bend", "Lateral flexion")
        assert details.kind == "Stretch"


def test_the_exercise_keeps_no_partial_relations(django_assert_num_queries):
    """Its relations are the page's values, not caches on the instance: asked
    for, a related manager reads the database."""
    page = exercise_page(slug=rich_exercise().slug, user=ANONYMOUS)
    assert not getattr(page.exercise, "_prefetched_objects_cache", None)
    with django_assert_num_queries(1):
        assert len(page.exercise.steps.all()) == 3


def test_drafts_and_scheduled_exercises_are_hidden_from_visitors(client):
    draft = ExerciseFactory(draft=True)
    scheduled = ExerciseFactory(published_at=timezone.now() + dt.timedelta(hours=1))
    for exercise in (draft, scheduled):
        assert exercise_page(slug=exercise.slug, user=ANONYMOUS) is None
        assert client.get(exercise.get_absolute_url()).status_code == 404


def test_only_users_who_may_view_exercises_preview(author_user):
    draft = ExerciseFactory(draft=True)
    plain_user = UserFactory()
    inactive_author = AuthorUserFactory(is_active=False)

    assert exercise_page(slug=draft.slug, user=author_user) is not None
    assert exercise_page(slug=draft.slug, user=plain_user) is None
    assert exercise_page(slug=draft.slug, user=inactive_author) is None


def test_preview_still_links_only_published_conditions(author_user):
    exercise = rich_exercise(status="draft", published_at=None)
    loaded = exercise_page(slug=exercise.slug, user=author_user)
    titles = [link.title for link in loaded.details.conditions]
    assert "Draft pain" not in titles and "Scheduled pain" not in titles
    assert len(titles) == 4


def test_linked_conditions_are_read_without_their_text():
    exercise = rich_exercise()
    with CaptureQueriesContext(connection) as read:
        exercise_page(slug=exercise.slug, user=ANONYMOUS)
    [links] = [q["sql"] for q in read.captured_queries if '"ce"' in q["sql"]]
    assert '"c"."title"' in links and '"c"."slug"' in links
    for column in ("body", "symptoms", "urgent_care", "summary"):
        assert f'"c"."{column}"' not in links


@pytest.mark.parametrize("slug", ["no-such-exercise", "draft"])
def test_unknown_or_draft_slug_gives_the_orms_404(slug):
    if slug == "draft":
        slug = ExerciseFactory(draft=True).slug
    with pytest.raises(Http404) as expected:
        through_orm(slug, ANONYMOUS)
    with pytest.raises(Http404) as raised:
        through_view(slug, ANONYMOUS)
    assert str(raised.value) == str(expected.value)


def test_loader_reads_in_nine_queries(django_assert_num_queries):
    exercise = rich_exercise()
    exercise_page(slug=exercise.slug, user=ANONYMOUS)  # content types kept
    with django_assert_num_queries(9):
        exercise_page(slug=exercise.slug, user=ANONYMOUS)
    with django_assert_num_queries(1):
        exercise_page(slug="no-such-exercise", user=ANONYMOUS)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's protocol")
def test_loader_takes_two_round_trips_of_prepared_statements_on_postgresql(
    prepared_after_five,
):
    exercise = rich_exercise()
    # The article, then the rest at once (articles.cursors.read_all); each
    # statement only bound and run, none parsed again.
    assert sent_once_prepared(
        lambda: exercise_page(slug=exercise.slug, user=ANONYMOUS)
    ) == (2, 0)


@pytest.mark.parametrize("previewing", [False, True], ids=["visitor", "previewer"])
def test_rendering_the_page_reads_nothing_more(
    author_user, django_assert_num_queries, previewing
):
    exercise = rich_exercise(status="draft" if previewing else "published")
    user = author_user if previewing else ANONYMOUS
    for render in page_loaders.renderers(
        ExerciseDetailView, "exercises/exercise_detail.html", exercise, user
    ):
        with django_assert_num_queries(0):
            page = render()
        assert "Alpha pain" in page and "Draft pain" not in page


def test_orderings_the_sql_cannot_copy_are_refused(monkeypatch):
    """A Meta.ordering naming a relation (which the ORM expands to that model's
    ordering) would make the loader's order differ; it must fail loudly."""
    monkeypatch.setattr(ExerciseStep._meta, "ordering", ["exercise", "pk"])
    with pytest.raises(ValueError, match="ExerciseStep"):
        pages._Plan(connections["default"])


def test_the_page_is_read_through_the_loader():
    # ArticleDetailView falls back to the queryset without a loader: still
    # right, but six times slower, which no other test would notice.
    assert ExerciseDetailView.page_loader is exercise_page
