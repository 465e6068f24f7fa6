"""Whole public pages cached for anonymous visitors, never stale after a change."""

import datetime as dt
import json
import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from exercises.models import Equipment, Exercise

from .admin.formdata import admin_form_data
from .factories import (
    AuthorUserFactory,
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
)
from .helpers import admin_change_url

# Real commits: the version is bumped when a change commits, as in production.
# serialized_rollback restores what migrations made (the groups, the version row).
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("page_cache_on"),
]
LIST = reverse("exercises:list")


@pytest.fixture
def staff() -> Client:
    client = Client()
    client.force_login(AuthorUserFactory())
    return client


def get(client, url, **params):
    """The page and the number of queries it cost."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    return response, len(captured)


def public_urls() -> list[str]:
    exercise = ExerciseFactory(title="Bird dog")
    StepFactory(exercise=exercise)
    condition = ConditionFactory()
    return [
        "/",
        LIST,
        f"{LIST}?kind=stretch",
        exercise.get_absolute_url(),
        reverse("conditions:list"),
        condition.get_absolute_url(),
        exercise.author.get_absolute_url(),
        reverse("articles:updates"),
    ]


def test_a_cached_page_costs_one_query_and_no_rendering(client):
    for url in public_urls():
        first, first_queries = get(client, url)
        again, again_queries = get(client, url)
        assert first.status_code == again.status_code == 200, url
        assert again.content == first.content, url
        assert again_queries == 1, url  # the content version, nothing else
        assert first_queries > 1, url
        assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")


def test_anonymous_pages_set_no_cookie_and_write_nothing(client):
    for url in public_urls():
        for _ in range(2):  # a miss, then a hit
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            assert not response.cookies, url
            writes = [
                q["sql"]
                for q in captured.captured_queries
                if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
            ]
            assert writes == [], url


def test_unknown_parameters_and_their_order_share_one_entry(client):
    # More than a page, so the page carries links with its parameters.
    ExerciseFactory.create_batch(30, kind="stretch")
    first, _ = get(client, f"{LIST}?kind=stretch&sort=title")
    same, queries = get(client, f"{LIST}?utm_source=news&sort=title&kind=stretch")
    assert queries == 1
    assert same.content == first.content
    # The page itself never repeats a parameter it does not read.
    assert b"page=2" in first.content
    assert b"utm_source" not in first.content and b"utm_source" not in same.content
    # And the other way round: the first request carries the stray parameter.
    cache.clear()
    stray, _ = get(client, f"{LIST}?utm_source=news&kind=stretch&sort=title")
    assert b"page=2" in stray.content and b"utm_source" not in stray.content


def test_different_filters_are_different_pages(client):
    ExerciseFactory(title="A stretch", kind="stretch")
    ExerciseFactory(title="An exercise", kind="exercise")
    stretches, _ = get(client, LIST, kind="stretch")
    exercises, queries = get(client, LIST, kind="exercise")
    assert queries > 1
    assert (
        b"An exercise" in exercises.content and b"An exercise" not in stretches.content
    )


def test_author_save_in_the_admin_shows_on_the_next_request(client, staff):
    exercise = ExerciseFactory(summary="Old summary.")
    assert b"Old summary." in get(client, exercise.get_absolute_url())[0].content
    assert b"Old summary." in get(client, LIST)[0].content

    data = admin_form_data(staff.get(admin_change_url(exercise)))
    data["summary"] = "New summary."
    assert staff.post(admin_change_url(exercise), data).status_code == 302

    assert b"New summary." in client.get(exercise.get_absolute_url()).content
    assert b"New summary." in client.get(LIST).content


def test_inline_and_many_to_many_changes_show_on_the_next_request(client):
    step = StepFactory(text="Kneel down.")
    exercise = step.exercise
    ExerciseRegionFactory(exercise=exercise, region=RegionFactory(name="Hips"))
    roller = EquipmentFactory(name="Foam roller")  # made before the page is cached
    client.get(exercise.get_absolute_url())

    step.text = "Kneel on a mat."
    step.save()
    assert b"Kneel on a mat." in client.get(exercise.get_absolute_url()).content

    client.get(exercise.get_absolute_url())
    exercise.equipment.add(roller)
    assert b"Foam roller" in client.get(exercise.get_absolute_url()).content

    region = exercise.regions.get()
    region.name = "Hip joint"
    region.save()
    assert b"Hip joint" in client.get(LIST).content


def test_publish_unpublish_and_delete_show_on_the_next_request(client, staff):
    draft = ExerciseFactory(title="Fresh draft", draft=True)
    changelist = reverse("admin:exercises_exercise_changelist")
    assert b"Fresh draft" not in client.get(LIST).content

    staff.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
    assert b"Fresh draft" in client.get(LIST).content
    assert client.get(draft.get_absolute_url()).status_code == 200

    staff.post(changelist, {"action": "unpublish", "_selected_action": [draft.pk]})
    assert b"Fresh draft" not in client.get(LIST).content
    assert client.get(draft.get_absolute_url()).status_code == 404

    Exercise.objects.filter(pk=draft.pk).publish()
    assert b"Fresh draft" in client.get(LIST).content
    draft.delete()
    assert b"Fresh draft" not in client.get(LIST).content


def test_deleting_equipment_and_conditions_shows_on_the_next_request(client):
    Equipment.objects.create(name="Yoga block", slug="yoga-block")
    condition = ConditionFactory(title="Hip bursitis")
    assert b"Yoga block" in client.get(LIST).content
    assert b"Hip bursitis" in client.get(reverse("conditions:list")).content
    Equipment.objects.get(slug="yoga-block").delete()
    condition.delete()
    assert b"Yoga block" not in client.get(LIST).content
    assert b"Hip bursitis" not in client.get(reverse("conditions:list")).content


def test_an_import_shows_on_the_next_request(client, tmp_path):
    record = {
        "id": "Cache_Test_Stretch",
        "name": "Cache test stretch",
        "force": None,
        "level": "beginner",
        "mechanic": None,
        "equipment": None,
        "primaryMuscles": ["lower back"],
        "secondaryMuscles": [],
        "instructions": ["Lie down.", "Breathe."],
        "category": "stretching",
        "images": [],
    }
    (tmp_path / "exercises.json").write_text(json.dumps([record]))
    assert b"Cache test stretch" not in client.get(LIST).content
    call_command(
        "import_exercises", str(tmp_path), "--publish", stdout=open(os.devnull, "w")
    )
    assert b"Cache test stretch" in client.get(LIST).content


def test_a_scheduled_article_appears_when_its_time_comes(client, monkeypatch):
    soon = timezone.now() + dt.timedelta(minutes=5)
    ExerciseFactory(title="Scheduled one", status=Status.PUBLISHED, published_at=soon)
    assert b"Scheduled one" not in client.get(LIST).content
    assert get(client, LIST)[1] == 1  # cached

    later = soon + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert b"Scheduled one" in client.get(LIST).content


def test_region_counts_are_counted_once_per_change(client, settings, monkeypatch):
    """The home page's counts summarise the library: counted once per content
    version (page cache or not), and counted again after any change."""
    settings.BACKPAIN_PAGE_CACHE = False
    hips = RegionFactory(name="Hips", slug="hips")
    client.get("/")  # warm per-process caches (content types)
    ExerciseRegionFactory(exercise=ExerciseFactory(), region=hips)
    first, counting = get(client, "/")
    assert b"1 exercise</span>" in first.content
    again, counted = get(client, "/")
    assert again.content == first.content and counted == counting - 2

    ExerciseRegionFactory(exercise=ExerciseFactory(), region=hips)
    assert b"2 exercises</span>" in client.get("/").content
    soon = timezone.now() + dt.timedelta(minutes=5)
    scheduled = ExerciseFactory(status=Status.PUBLISHED, published_at=soon)
    ExerciseRegionFactory(exercise=scheduled, region=hips)
    assert b"2 exercises</span>" in client.get("/").content
    later = soon + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert b"3 exercises</span>" in client.get("/").content


def test_list_counts_are_counted_once_per_change(client, settings):
    settings.BACKPAIN_PAGE_CACHE = False
    client.get(LIST)  # warm per-process caches (content types)
    ExerciseFactory(kind="stretch")
    first, counting = get(client, LIST, kind="stretch")
    assert b"1 exercise matches your filters" in first.content
    # Neither another order nor another page counts again.
    sorted_, counted = get(client, LIST, kind="stretch", sort="hardest")
    # Kept: the count and the checkboxes' choices (see the test below).
    assert b"1 exercise matches" in sorted_.content and (counting, counted) == (7, 3)

    ExerciseFactory(kind="stretch")
    assert b"2 exercises match" in client.get(LIST, {"kind": "stretch"}).content
    draft = ExerciseFactory(kind="stretch", draft=True)
    assert b"2 exercises match" in client.get(LIST, {"kind": "stretch"}).content
    Exercise.objects.filter(pk=draft.pk).publish()
    assert b"3 exercises match" in client.get(LIST, {"kind": "stretch"}).content
    assert b"3 exercises</p>" in client.get(LIST).content.replace(b".</p>", b"</p>")


def test_made_up_parameters_never_multiply_the_counts_kept(client, settings):
    """A session cookie skips the page cache's normalising; the count is kept
    by the cleaned filters, so random parameters and values reuse it."""
    settings.BACKPAIN_PAGE_CACHE = False
    client.get(LIST)  # warm per-process caches (content types)
    ExerciseFactory(kind="stretch")
    client.cookies["sessionid"] = "made-up"
    _, counting = get(client, LIST, kind="stretch", junk="1")
    _, counted = get(client, LIST, kind=["stretch", "nonsense"], junk="2", sort="x")
    assert (counting, counted) == (7, 3)


def test_logged_in_authors_always_get_a_fresh_page(client, staff):
    exercise = ExerciseFactory(summary="Before.")
    client.get(exercise.get_absolute_url())
    # A write that bypasses the model (and so the cache's invalidation) shows
    # what the cache holds: visitors still see the cached page...
    Exercise.objects.filter(pk=exercise.pk).update(summary="After.")
    assert b"Before." in client.get(exercise.get_absolute_url()).content
    # ...while an author sees the database as it is.
    assert b"After." in staff.get(exercise.get_absolute_url()).content


def test_matching_etag_or_date_gets_304(client):
    exercise = ExerciseFactory()
    first = client.get(exercise.get_absolute_url())
    etag, modified = first["ETag"], first["Last-Modified"]
    assert first["Cache-Control"] == "public, no-cache"

    again = client.get(exercise.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    since = client.get(exercise.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304

    exercise.summary = "Changed."
    exercise.save()
    changed = client.get(exercise.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_pages_that_are_not_public_are_never_cached(client, staff):
    draft = ExerciseFactory(draft=True)
    assert staff.get(draft.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    missing, _ = get(client, "/exercises/no-such-exercise/")
    again, queries = get(client, "/exercises/no-such-exercise/")
    assert missing.status_code == again.status_code == 404
    assert queries > 1  # a 404 is not kept
    # Nor is a list's page that does not exist, though it is a public page.
    ExerciseFactory()
    for _ in range(2):
        past = client.get(LIST, {"page": "9"})
        assert past.status_code == 404 and "There is no page" in past.content.decode()
        # Rendered each time (a page from the cache renders nothing).
        assert [t.name for t in past.templates] == ["no_such_page.html"]
        assert "ETag" not in past and "X-Page-Cache" not in past
    assert client.get(reverse("admin:login")).status_code == 200
    assert "ETag" not in client.get(reverse("admin:login"))


def test_the_setting_turns_the_cache_off(client, settings):
    settings.BACKPAIN_PAGE_CACHE = False
    ExerciseFactory()
    _, first = get(client, LIST)
    response, again = get(client, LIST)
    assert "X-Page-Cache" not in response
    # Read each time: the version, the page of exercises and their regions.
    # The count of matches and the checkboxes' regions, equipment and
    # conditions are kept for the content version (7 queries the first time).
    assert (first, again) == (7, 3)
    # Conditional GET still works, from the content alone.
    assert client.get(LIST, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_works_with_a_shared_redis_cache(client, settings):
    redis_url = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
    import redis

    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no Redis at {redis_url}")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"backpain-test-{os.getpid()}",
        }
    }
    from django.core.cache import caches

    caches["default"].clear()
    exercise = ExerciseFactory(summary="In Redis.")
    assert b"In Redis." in client.get(exercise.get_absolute_url()).content
    assert get(client, exercise.get_absolute_url())[1] == 1
    exercise.summary = "Changed in Redis."
    exercise.save()
    assert b"Changed in Redis." in client.get(exercise.get_absolute_url()).content
    caches["default"].clear()
