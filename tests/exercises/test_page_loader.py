"""exercises.pages reads the exercise page as the ORM did, only faster.

The reference is the ORM path it replaced: `exercise_detail_queryset()` seen
through `visible_to(user)`, with `ArticleDetailView`'s credentials prefetch.
Everything the ORM leaves on the instances is compared: field values and their
types, the cached foreign keys, the prefetched rows in order, and the querysets
the related managers answer from.
"""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.http import Http404
from django.utils import timezone

from exercises import pages
from exercises.models import Exercise, ExerciseStep
from exercises.pages import exercise_page
from exercises.views import ExerciseDetailView

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
from ..page_loaders import (
    ANONYMOUS,
    scenarios,
    sent_once_prepared,
    shape,
    snapshot,
    stored_querysets,
)

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

    assert snapshot(loaded) == snapshot(expected)
    assert snapshot(loaded.author) == snapshot(expected.author)
    assert snapshot(loaded.reviewed_by) == snapshot(expected.reviewed_by)


def test_rich_page_has_every_part_in_order():
    """The comparison above is only as good as its data: check the data shows."""
    exercise = exercise_page(slug=rich_exercise().slug, user=ANONYMOUS)

    assert [c.title for c in exercise.author.credentials.all()][-1] == "Later"
    assert len(exercise.reviewed_by.credentials.all()) == 2
    assert [len(exercise.steps.all()), len(exercise.images.all())] == [3, 2]
    assert [v.name for v in exercise.variants.all()] == ["Plain", "Pictured"]
    assert [e.name for e in exercise.equipment.all()] == ["Band", "Chair", "Mat"]
    assert [u.date.year for u in exercise.updates.all()] == [2024, 2024, 2023]
    assert [r.name for r in exercise.primary_regions] == [
        "Sides",
        "Abdominals",
        "Lower back",
    ]
    assert [r.name for r in exercise.secondary_regions] == ["Hips"]
    assert [link.condition.title for link in exercise.public_condition_links] == [
        "Alpha pain",
        "Zeta pain",
        "Middle pain",
        "Beta pain",
    ]
    assert exercise.easier_option.is_published()
    assert not exercise.harder_option.is_published()


def test_values_have_the_types_the_orm_gives():
    exercise = exercise_page(slug=rich_exercise().slug, user=ANONYMOUS)
    image = next(i for i in exercise.images.all() if not i.is_decorative)

    assert timezone.is_aware(exercise.published_at)
    assert timezone.is_aware(exercise.easier_option.created_at)
    assert timezone.is_aware(exercise.public_condition_links[0].condition.updated_at)
    assert type(exercise.last_reviewed_on) is dt.date
    assert exercise.per_side is True
    assert exercise.author.photo_renditions == {}
    assert isinstance(image.renditions, dict) and image.renditions["sources"]
    assert image.image.renditions == image.renditions
    assert image.image.url.startswith("/")
    assert [type(u.date) for u in exercise.updates.all()] == [dt.date] * 3
    assert exercise.dosage.in_words()
    assert exercise.alias_list == ["Side bend", "Lateral flexion"]
    assert exercise.caution_list == ["Stop if it hurts", "Go slowly"]
    assert exercise.get_kind_display() == "Stretch"
    assert exercise.review_is_overdue(dt.date(2027, 3, 1))
    assert (
        exercise.variants.all()[0]
        .get_absolute_url()
        .endswith("#variant-" + (exercise.variants.all()[0].slug))
    )


ACROSS = {
    "steps": "exercise__title",
    "images": "exercise__title",
    "variants": "exercise__title",
    "equipment": "exercises__title",
    "updates": "description",
    "target_regions": "exercise__title",
    "author.credentials": "author__display_name",
    "reviewed_by.credentials": "author__display_name",
}


def test_related_managers_answer_from_the_querysets_the_orm_stores():
    """Built without the managers (see articles.pages), so checked against them:
    plain, counted, and chained into a new query."""
    slug = rich_exercise().slug
    loaded = dict(stored_querysets(exercise_page(slug=slug, user=ANONYMOUS)))
    expected = dict(stored_querysets(through_orm(slug, ANONYMOUS)))

    assert loaded.keys() == expected.keys() == ACROSS.keys()
    for name, queryset in expected.items():
        assert shape(loaded[name], ACROSS[name]) == shape(queryset, ACROSS[name]), name


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
    titles = [link.condition.title for link in loaded.public_condition_links]
    assert "Draft pain" not in titles and "Scheduled pain" not in titles
    assert len(titles) == 4


def test_linked_conditions_are_read_without_their_text():
    exercise = rich_exercise()
    links = exercise_page(slug=exercise.slug, user=ANONYMOUS).public_condition_links
    assert links
    for link in links:
        assert {
            "body",
            "symptoms",
            "urgent_care",
        } <= link.condition.get_deferred_fields()
        assert link.condition.title and link.condition.slug


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
