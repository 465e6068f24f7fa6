"""Links from one article to another: `[[exercise:slug]]` in the text."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles.markdown import render_markdown
from exercises.models import Exercise

from ..admin.formdata import admin_form_data
from ..factories import ConditionFactory, ExerciseFactory
from ..helpers import admin_change_url

pytestmark = pytest.mark.django_db


def test_a_link_reads_as_the_target_title():
    ExerciseFactory(slug="bird-dog", title="Bird dog")
    html = render_markdown("Try [[exercise:bird-dog]] first.", id_prefix="body")
    assert 'Try <a href="/exercises/bird-dog/"' in html and ">Bird dog</a>" in html


def test_a_link_can_have_its_own_words():
    ConditionFactory(slug="sciatica", title="Sciatica")
    html = render_markdown("See [[condition:sciatica|the guide]].", id_prefix="body")
    assert '<a href="/conditions/sciatica/"' in html and ">the guide</a>" in html


def test_words_in_a_link_are_escaped():
    ExerciseFactory(slug="bird-dog")
    html = render_markdown("[[exercise:bird-dog|<b>x</b>]]", id_prefix="body")
    assert "<b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_a_link_to_an_unpublished_article_is_plain_text_never_a_link():
    ExerciseFactory(slug="bird-dog", title="Bird dog", draft=True)
    html = render_markdown("Try [[exercise:bird-dog|the bird dog]].", id_prefix="body")
    assert "<a" not in html and "Try the bird dog." in html


def test_unpublishing_the_target_removes_the_link_from_the_page(client):
    target = ExerciseFactory(slug="bird-dog", title="Bird dog")
    page = ExerciseFactory(body="Then try [[exercise:bird-dog]].")
    assert (
        'href="/exercises/bird-dog/"'
        in client.get(page.get_absolute_url()).content.decode()
    )
    Exercise.objects.filter(pk=target.pk).unpublish()
    body = client.get(page.get_absolute_url()).content.decode()
    assert 'href="/exercises/bird-dog/"' not in body and "Bird dog" not in body
    assert "Then try bird dog." in body


def check(article):
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    return error.value.message_dict


def test_the_model_refuses_a_link_to_a_missing_article():
    article = ExerciseFactory(body="See [[exercise:no-such-thing]].")
    assert "there is no exercise with that address" in check(article)["body"][0]


def test_a_published_page_refuses_a_link_to_a_draft():
    ExerciseFactory(slug="bird-dog", draft=True)
    article = ConditionFactory(treatment="Try [[exercise:bird-dog]].")
    assert "that exercise is a draft" in check(article)["treatment"][0]


def test_a_published_page_refuses_a_link_to_a_scheduled_article():
    ExerciseFactory(
        slug="bird-dog", published_at=timezone.now() + dt.timedelta(days=400)
    )
    article = ConditionFactory(treatment="Try [[exercise:bird-dog]].")
    assert "that exercise is scheduled for " in check(article)["treatment"][0]


def test_two_drafts_may_link_each_other_before_they_are_published():
    ExerciseFactory(slug="bird-dog", draft=True)
    ConditionFactory(draft=True, treatment="Try [[exercise:bird-dog]].").full_clean()


def test_links_written_wrongly_are_refused_with_how_to_write_them():
    ExerciseFactory(slug="bird-dog")
    for written in ("[[Exercise:bird-dog]]", "[[exercise:bird-dog|]]", "[[bird-dog]]"):
        errors = check(ExerciseFactory(body=f"See {written}."))["body"]
        assert errors == [
            f"{written}: write a link as [[exercise:its-address]] or "
            "[[exercise:its-address|your words]], in lower case."
        ]


def test_a_link_with_its_own_words_is_refused_in_a_table():
    ExerciseFactory(slug="bird-dog")
    table = "| Do | Why |\n|---|---|\n| [[exercise:bird-dog|this]] | Core |"
    assert "in a table" in check(ExerciseFactory(body=table))["body"][0]
    plain = "| Do | Why |\n|---|---|\n| [[exercise:bird-dog]] | Core |"
    ExerciseFactory(body=plain).full_clean()
    html = render_markdown(plain, id_prefix="body")
    assert '<td><a href="/exercises/bird-dog/"' in html


def test_links_in_code_are_shown_as_written_and_not_checked():
    text = (
        "Write `[[exercise:no-such-thing]]` like this.\n\n```\n[[exercise:nope]]\n```"
    )
    ExerciseFactory(body=text).full_clean()
    html = render_markdown(text, id_prefix="body")
    assert "<code>[[exercise:no-such-thing]]</code>" in html and "<a" not in html


def test_the_model_refuses_an_unknown_kind_of_link():
    article = ExerciseFactory(body="See [[recipe:porridge]].")
    assert "[[condition:…]] or [[exercise:…]]" in check(article)["body"][0]


def test_a_link_to_a_published_article_is_accepted():
    ExerciseFactory(slug="bird-dog")
    ConditionFactory(see_doctor="Or [[exercise:bird-dog|this]].").full_clean()


def test_the_admin_shows_a_broken_link_as_an_error_and_keeps_the_text(editor_client):
    article = ExerciseFactory()
    url = admin_change_url(article)
    data = admin_form_data(editor_client.get(url))
    data["body"] = "A long careful paragraph. See [[exercise:bird-dgo]]."
    response = editor_client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "[[exercise:bird-dgo]]: there is no exercise with that address" in page
    assert "A long careful paragraph." in page
    article.refresh_from_db()
    assert "bird-dgo" not in article.body


def test_a_page_with_links_costs_one_query_more_inside_a_transaction(
    client, django_assert_num_queries
):
    """Links are looked up once per content version (kept only once the
    transaction has committed: tests/render/test_kept.py)."""
    ExerciseFactory(slug="bird-dog")
    plain = ExerciseFactory()
    linked = ExerciseFactory(body="See [[exercise:bird-dog]] and [[exercise:nope]].")
    client.get(plain.get_absolute_url())
    client.get(linked.get_absolute_url())
    page = 9  # the exercise page's own reads
    with django_assert_num_queries(page):
        client.get(plain.get_absolute_url())
    with django_assert_num_queries(page + 1):  # one per kind of article linked
        client.get(linked.get_absolute_url())
