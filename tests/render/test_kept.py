"""What pages look up once per content version, with real commits: after the
first request, the lookup costs only the content version's query, which the page
cache reads for every request anyway (the cache is off here, so it shows)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import Condition
from exercises.models import BodyRegion, Exercise

from ..factories import (
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def queries(client, url, **params) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_a_regions_condition_guides_are_looked_up_once(client):
    hips = RegionFactory(slug="hips", name="Hips")
    ExerciseRegionFactory(region=hips)
    ConditionFactory(title="Hip osteoarthritis").regions.add(hips)
    cold, page = queries(client, "/exercises/", region="hips")
    assert "Hip osteoarthritis" in page
    warm, _ = queries(client, "/exercises/", region="hips")
    queries(client, "/exercises/")  # its count, kept too
    plain, _ = queries(client, "/exercises/")
    assert warm == plain
    assert cold > warm


def test_article_links_are_looked_up_once(client):
    ExerciseFactory(slug="bird-dog", title="Bird dog")
    plain = ExerciseFactory()
    linked = ExerciseFactory(body="See [[exercise:bird-dog]].")
    queries(client, plain.get_absolute_url())  # per-process caches
    cold, page = queries(client, linked.get_absolute_url())
    assert 'href="/exercises/bird-dog/"' in page
    warm, _ = queries(client, linked.get_absolute_url())
    baseline, _ = queries(client, plain.get_absolute_url())
    assert warm == baseline + 1 == cold - 1
    # Unpublishing the target commits a new version: the link goes at once.
    Exercise.objects.filter(slug="bird-dog").unpublish()
    _, page = queries(client, linked.get_absolute_url())
    assert 'href="/exercises/bird-dog/"' not in page


def test_the_lists_checkboxes_follow_each_change_at_once(client):
    """The region, equipment and condition choices are kept per content
    version: each save that adds, renames or unpublishes one shows on the very
    next request."""
    RegionFactory(slug="hips", name="Hips")
    guide = ConditionFactory(title="Hip bursitis", slug="hip-bursitis")
    cold, page = queries(client, "/exercises/")
    warm, _ = queries(client, "/exercises/")
    assert cold - warm >= 3  # regions, equipment, conditions
    assert 'value="hips"' in page and 'value="hip-bursitis"' in page

    EquipmentFactory(name="Foam roller", slug="foam-roller")
    RegionFactory(slug="neck", name="Neck")
    _, page = queries(client, "/exercises/")
    assert 'value="foam-roller"' in page and 'value="neck"' in page

    BodyRegion.objects.filter(slug="hips").update(name="Hip")  # bypasses save()
    BodyRegion.objects.get(slug="neck").save()  # a save moves the version
    _, page = queries(client, "/exercises/")
    assert '<label for="id_region_0">Hip</label>' in page.replace("\n", "")

    Condition.objects.filter(pk=guide.pk).unpublish()
    _, page = queries(client, "/exercises/")
    assert 'value="hip-bursitis"' not in page
    # A link to the unpublished guide is set aside, not an error.
    assert queries(client, "/exercises/", condition="hip-bursitis")[1]


def test_the_checkboxes_are_written_once_per_content_version(client, monkeypatch):
    """Each box is rendered checked and unchecked once; a request only picks,
    so a visitor's choice still shows and a save still shows at once."""
    from articles import presenters

    RegionFactory(slug="hips", name="Hips")
    RegionFactory(slug="neck", name="Neck")
    written = []
    real = presenters.options
    monkeypatch.setattr(
        presenters, "options", lambda *a, **k: written.append(1) or real(*a, **k)
    )
    checked_hips = 'value="hips" id="id_region_0" checked>'
    _, page = queries(client, "/exercises/", region="hips")
    assert written and checked_hips in page
    written.clear()
    _, page = queries(client, "/exercises/", region="neck", kind="stretch")
    assert not written
    assert checked_hips not in page
    assert 'value="neck" id="id_region_1" checked>' in page
    assert 'value="stretch" id="id_kind_1" checked>' in page

    RegionFactory(slug="back", name="Back")
    _, page = queries(client, "/exercises/", region="back")
    assert written
    assert 'value="back" id="id_region_0" checked>' in page


def test_while_templates_reload_so_do_the_checkboxes(client, monkeypatch):
    """In development (DEBUG: Jinja2 reloads edited templates) an edited
    checkbox template shows on the next request, without a content change."""
    from django.template import engines

    from articles import presenters

    RegionFactory(slug="hips", name="Hips")
    monkeypatch.setattr(engines["jinja2"].env, "auto_reload", True)
    written = []
    real = presenters.options
    monkeypatch.setattr(
        presenters, "options", lambda *a, **k: written.append(1) or real(*a, **k)
    )
    queries(client, "/exercises/")
    written.clear()
    queries(client, "/exercises/")
    assert written


def test_the_filter_form_class_is_made_once_per_content_version(client):
    RegionFactory(slug="hips", name="Hips")
    first = client.get("/exercises/", {"region": "nowhere"}).context["filter"]
    assert first.ignored == {"region": ["nowhere"]}
    second = client.get("/exercises/", {"region": "hips"}).context["filter"]
    assert type(second.form) is type(first.form)
    # Each form has its own fields: what one request set aside is its own.
    assert second.ignored == {} and second.form.cleaned_data["region"]

    RegionFactory(slug="neck", name="Neck")
    third = client.get("/exercises/", {"region": "neck"}).context["filter"]
    assert type(third.form) is not type(first.form)
    assert [r.slug for r in third.form.cleaned_data["region"]] == ["neck"]


def test_a_chosen_filters_label_follows_a_rename_at_once(client, monkeypatch):
    """The labels the chips show are kept per content version too: after the
    first request, no request lists the choices again to find one."""
    from articles import filters

    RegionFactory(slug="hips", name="Hips")
    _, page = queries(client, "/exercises/", region="hips")
    assert "Exercises and stretches: Hips ·" in page
    listed = []
    real = filters.LoadedChoiceIterator.__iter__
    monkeypatch.setattr(
        filters.LoadedChoiceIterator,
        "__iter__",
        lambda self: listed.append(1) or real(self),
    )
    _, page = queries(client, "/exercises/", region="hips")
    assert "Exercises and stretches: Hips ·" in page
    assert not listed
    monkeypatch.undo()
    BodyRegion.objects.filter(slug="hips").update(name="Hip")  # bypasses save()
    _, page = queries(client, "/exercises/", region="hips")
    assert "Exercises and stretches: Hips ·" in page  # the version has not moved
    BodyRegion.objects.get(slug="hips").save()
    _, page = queries(client, "/exercises/", region="hips")
    assert "Exercises and stretches: Hip ·" in page
