"""conditions.pages reads the condition page as the ORM did, only faster.

The reference is the ORM path it replaced: `Condition.objects.for_detail()` seen
through `visible_to(user)`, with `ArticleDetailView`'s credentials prefetch.
Everything the ORM leaves on the instances is compared: field values and their
types (and which are deferred), the cached foreign keys, the prefetched rows in
order, the `to_attr` lists, and the querysets the related managers answer from.
"""

import datetime as dt

import pytest
from django.db import connection, connections
from django.http import Http404
from django.test import RequestFactory
from django.utils import timezone

from articles.views import ArticleDetailView
from conditions import pages
from conditions.models import Condition
from conditions.pages import condition_page
from conditions.views import ConditionDetailView
from exercises.models import BodyRegion, Exercise

from .. import page_loaders
from ..factories import (
    AuthorUserFactory,
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    ExerciseFactory,
    RegionFactory,
    UpdateFactory,
    UserFactory,
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
    return page_loaders.through_orm(ConditionDetailView, slug, user)


def through_view(slug: str, user):
    return page_loaders.through_view(ConditionDetailView, slug, user)


def rich_condition(**kwargs) -> Condition:
    """Every part of the page, with ties that only the full ordering settles."""
    reviewer = CredentialFactory(title="Physiotherapist", year=None).author
    CredentialFactory(author=reviewer, title="Sports massage", order=1)
    condition = ConditionFactory(
        title="Middle back pain",
        other_names="Thoracic pain\nUpper back ache",
        body="Some **text**.[^1]\n\n[^1]: A source.",
        symptoms="Aches",
        causes="Sitting",
        treatment="Moving",
        featured=True,
        last_reviewed_on=dt.date(2024, 2, 29),
        reviewed_by=reviewer,
        **kwargs,
    )
    CredentialFactory(author=condition.author, title="Later", order=2, year=2001)
    CredentialFactory(author=condition.author, title="Old", order=0, year=2010)
    CredentialFactory(author=condition.author, title="New", order=0, year=2020)
    CredentialFactory(author=condition.author, title="Undated", order=0, year=None)
    UpdateFactory(article=condition, date=dt.date(2024, 5, 1), kind="science")
    UpdateFactory(article=condition, date=dt.date(2024, 5, 1), created_by=UserFactory())
    UpdateFactory(article=condition, date=dt.date(2023, 1, 1), kind="new")
    for name, order in [("Upper back", 1), ("Ribs", 0), ("Neck", 1)]:
        condition.regions.add(RegionFactory(name=name, order=order))
    RegionFactory(name="Knees")  # not this page's

    other = ConditionFactory(title="Other pain")
    for title, extra in [
        ("Zeta pain", {}),
        ("Alpha pain", {}),
        ("Draft pain", {"draft": True}),
        ("Scheduled pain", {"published_at": timezone.now() + dt.timedelta(days=1)}),
    ]:
        condition.related.add(ConditionFactory(title=title, **extra))
    other.related.add(ConditionFactory(title="Not linked here"))
    # The template leaves a condition out of its own list.
    condition.related.add(condition)

    for title, relation, order, extra in [
        ("Zeta lift", "helps", 0, {}),
        ("Alpha lift", "helps", 0, {}),
        ("Aardvark stretch", "helps", 0, {}),
        ("Late walk", "helps", 2, {}),
        ("Careful twist", "caution", 1, {}),
        ("Bad bend", "avoid", 0, {}),
        ("Draft lift", "helps", 0, {"draft": True}),
        (
            "Scheduled lift",
            "helps",
            0,
            {"published_at": timezone.now() + dt.timedelta(days=1)},
        ),
    ]:
        ConditionExerciseFactory(
            condition=condition,
            relation=relation,
            order=order,
            note=f"Because of {title}",
            exercise=ExerciseFactory(**{"title": title, **extra}),
        )
    ConditionExerciseFactory(condition=other)  # not this page's
    # An exercise's update under the condition's id: the content type tells
    # them apart.
    namesake = Exercise.objects.filter(pk=condition.pk).first()
    UpdateFactory(article=namesake or ExerciseFactory(pk=condition.pk))
    return condition


SCENARIOS = scenarios(rich_condition, ConditionFactory)


@pytest.mark.parametrize(
    ("make", "kwargs", "previewing"), SCENARIOS.values(), ids=SCENARIOS.keys()
)
def test_loader_gives_what_the_orm_gives(author_user, make, kwargs, previewing):
    condition = make(**kwargs)
    user = author_user if previewing else ANONYMOUS

    loaded = condition_page(slug=condition.slug, user=user)
    expected = through_orm(condition.slug, user)

    assert snapshot(loaded) == snapshot(expected)
    assert snapshot(loaded.author) == snapshot(expected.author)
    assert snapshot(loaded.reviewed_by) == snapshot(expected.reviewed_by)


def test_rich_page_has_every_part_in_order():
    """The comparison above is only as good as its data: check the data shows."""
    condition = condition_page(slug=rich_condition().slug, user=ANONYMOUS)

    # Where an undated one sorts depends on the database's NULLs.
    assert [c.title for c in condition.author.credentials.all()][-1] == "Later"
    assert len(condition.reviewed_by.credentials.all()) == 2
    assert [u.date.year for u in condition.updates.all()] == [2024, 2024, 2023]
    assert [r.name for r in condition.regions.all()] == ["Ribs", "Neck", "Upper back"]
    assert [c.title for c in condition.public_related] == [
        "Alpha pain",
        "Middle back pain",
        "Zeta pain",
    ]
    assert [link.exercise.title for link in condition.public_exercise_links] == [
        "Aardvark stretch",
        "Alpha lift",
        "Zeta lift",
        "Late walk",
        "Careful twist",
        "Bad bend",
    ]
    assert all(link.condition is condition for link in condition.public_exercise_links)


def test_values_have_the_types_the_orm_gives():
    condition = condition_page(slug=rich_condition().slug, user=ANONYMOUS)
    related = condition.public_related[0]
    exercise = condition.public_exercise_links[0].exercise

    assert timezone.is_aware(condition.published_at)
    assert timezone.is_aware(exercise.updated_at)
    assert type(condition.last_reviewed_on) is dt.date
    assert condition.featured is True
    assert condition.author.photo_renditions == {}
    assert [type(u.date) for u in condition.updates.all()] == [dt.date] * 3
    assert condition.other_name_list == ["Thoracic pain", "Upper back ache"]
    assert condition.update_count == 3
    assert condition.review_is_overdue(dt.date(2027, 3, 1))
    assert related.get_deferred_fields() == {
        f.attname
        for f in Condition._meta.concrete_fields
        if f.name not in ("id", "title", "slug")
    }
    assert related.get_absolute_url().endswith(f"/{related.slug}/")
    assert exercise.get_absolute_url().endswith(f"/{exercise.slug}/")


ACROSS = {
    "updates": "description",
    "regions": "conditions__title",
    "author.credentials": "author__display_name",
    "reviewed_by.credentials": "author__display_name",
}


def test_related_managers_answer_from_the_querysets_the_orm_stores():
    """Built without the managers (see articles.pages), so checked against them:
    plain, counted, and chained into a new query."""
    slug = rich_condition().slug
    loaded = dict(stored_querysets(condition_page(slug=slug, user=ANONYMOUS)))
    expected = dict(stored_querysets(through_orm(slug, ANONYMOUS)))

    assert loaded.keys() == expected.keys() == ACROSS.keys()
    for name, queryset in expected.items():
        assert shape(loaded[name], ACROSS[name]) == shape(queryset, ACROSS[name]), name


def test_drafts_and_scheduled_conditions_are_hidden_from_visitors(client):
    draft = ConditionFactory(draft=True)
    scheduled = ConditionFactory(published_at=timezone.now() + dt.timedelta(hours=1))
    for condition in (draft, scheduled):
        assert condition_page(slug=condition.slug, user=ANONYMOUS) is None
        assert client.get(condition.get_absolute_url()).status_code == 404


def test_only_users_who_may_view_conditions_preview(author_user):
    draft = ConditionFactory(draft=True)
    plain_user = UserFactory()
    inactive_author = AuthorUserFactory(is_active=False)

    assert condition_page(slug=draft.slug, user=author_user) is not None
    assert condition_page(slug=draft.slug, user=plain_user) is None
    assert condition_page(slug=draft.slug, user=inactive_author) is None


def test_preview_still_links_only_published_exercises_and_conditions(author_user):
    condition = rich_condition(status="draft", published_at=None)
    loaded = condition_page(slug=condition.slug, user=author_user)

    exercises = [link.exercise.title for link in loaded.public_exercise_links]
    related = [other.title for other in loaded.public_related]
    assert "Draft lift" not in exercises and "Scheduled lift" not in exercises
    assert len(exercises) == 6
    # The draft itself is no longer published either.
    assert related == ["Alpha pain", "Zeta pain"]


def test_linked_exercises_are_read_without_their_text():
    condition = rich_condition()
    links = condition_page(slug=condition.slug, user=ANONYMOUS).public_exercise_links
    assert links
    for link in links:
        assert {"body", "cautions", "summary"} <= link.exercise.get_deferred_fields()
        assert link.exercise.title and link.exercise.slug


@pytest.mark.parametrize("slug", ["no-such-condition", "draft"])
def test_unknown_or_draft_slug_gives_the_orms_404(slug):
    if slug == "draft":
        slug = ConditionFactory(draft=True).slug
    with pytest.raises(Http404) as expected:
        through_orm(slug, ANONYMOUS)
    with pytest.raises(Http404) as raised:
        through_view(slug, ANONYMOUS)
    assert str(raised.value) == str(expected.value)


def test_loader_reads_in_six_queries(django_assert_num_queries):
    condition = rich_condition()
    condition_page(slug=condition.slug, user=ANONYMOUS)  # content types kept
    with django_assert_num_queries(6):
        condition_page(slug=condition.slug, user=ANONYMOUS)
    with django_assert_num_queries(1):
        condition_page(slug="no-such-condition", user=ANONYMOUS)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's protocol")
def test_loader_takes_two_round_trips_of_prepared_statements_on_postgresql(
    prepared_after_five,
):
    condition = rich_condition()
    # The article, then the rest at once (articles.cursors.read_all); each
    # statement only bound and run, none parsed again.
    assert sent_once_prepared(
        lambda: condition_page(slug=condition.slug, user=ANONYMOUS)
    ) == (2, 0)


@pytest.mark.parametrize("previewing", [False, True], ids=["visitor", "previewer"])
def test_rendering_the_page_reads_nothing_more(
    author_user, django_assert_num_queries, previewing
):
    condition = rich_condition(status="draft" if previewing else "published")
    user = author_user if previewing else ANONYMOUS
    for render in page_loaders.renderers(
        ConditionDetailView, "conditions/condition_detail.html", condition, user
    ):
        with django_assert_num_queries(0):
            page = render()
        assert "Alpha lift" in page and "Draft lift" not in page
        assert "Zeta pain" in page and "Draft pain" not in page
        assert "Upper back" in page and "Physiotherapist" in page


@pytest.mark.parametrize("previewing", [False, True], ids=["visitor", "previewer"])
def test_page_renders_as_it_did_through_the_orm(author_user, previewing):
    condition = rich_condition(status="draft" if previewing else "published")
    request = RequestFactory().get(condition.get_absolute_url())
    request.user = author_user if previewing else ANONYMOUS
    view = ConditionDetailView()
    view.setup(request, slug=condition.slug)
    html = []
    for read in (view.get_object, lambda: ArticleDetailView.get_object(view)):
        view.object = read()
        context = view.get_context_data(object=view.object)
        html.append(view.render_to_response(context).render().content)
    assert html[0] == html[1]
    assert b"Alpha lift" in html[0]


def test_orderings_the_sql_cannot_copy_are_refused(monkeypatch):
    """A Meta.ordering naming a relation (which the ORM expands to that model's
    ordering) would make the loader's order differ; it must fail loudly."""
    monkeypatch.setattr(BodyRegion._meta, "ordering", ["parent", "name"])
    with pytest.raises(ValueError, match="BodyRegion"):
        pages._Plan(connections["default"])


def test_the_page_is_read_through_the_loader():
    # ArticleDetailView falls back to the queryset without a loader: still
    # right, but slower, which no other test would notice.
    assert ConditionDetailView.page_loader is condition_page
