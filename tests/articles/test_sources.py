"""Sources and reviews: footnotes that cite something a reader can follow, and
the admin's warnings and filter for articles that cite nothing."""

import datetime as dt

import pytest
from django.urls import reverse

from articles.citations import cited_sources, cites_a_source

from ..admin.formdata import admin_form_data
from ..factories import AuthorFactory, ConditionFactory, ExerciseFactory
from ..helpers import admin_change_url

CITED = (
    "Keep moving.[^1]\n\n[^1]: Staying active helps. NICE. *Low back pain*, "
    "2016. <https://www.nice.org.uk/guidance/ng59>"
)
CITED_BY_DOI = (
    "Text.[^a]\n\n[^a]: Exercise helps. Hayden JA. 2021. doi:10.1002/14651858"
)
REMARK_ONLY = "Text.[^1]\n\n[^1]: Our trainers find this helps."


def test_a_footnote_with_a_link_or_a_doi_is_a_source():
    assert len(cited_sources([CITED, CITED_BY_DOI])) == 2


def test_a_footnote_without_a_link_or_doi_is_only_a_remark():
    assert (
        cited_sources(
            [REMARK_ONLY, "A link in the text https://x.org/ is no footnote."]
        )
        == []
    )


def test_a_source_on_an_indented_second_line_counts():
    text = "Text.[^1]\n\n[^1]: What it says.\n    Author. Title. 2020. https://example.org/"
    assert len(cited_sources([text])) == 1


def save(client, article, **changes):
    url = admin_change_url(article)
    data = admin_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data, follow=True)


SAMPLES = {
    "link": CITED,
    "doi": CITED_BY_DOI,
    "remark": REMARK_ONLY,
    "indented": "Text.[^1]\n\n[^1]: What it says.\n    Author. 2020. https://x.org/",
    "indented-tab": "Text.[^1]\n\n[^1]: What it says.\n\tAuthor. doi:10.1/x",
    "after-the-footnote": "Text.[^1]\n\n[^1]: A remark.\n\nSee https://x.org/",
    "mid-line": "Text [^1]: https://x.org/ is not a footnote.",
    "first-line": "[^1]: Source. DOI: 10.1/x",
    "windows-lines": "Text.[^1]\r\n\r\n[^1]: Source.\r\n    https://x.org/",
    "empty": "",
}


@pytest.mark.django_db
def test_the_admin_filter_and_the_warnings_agree_on_what_cites_a_source():
    """The filter asks the database; the warnings ask Python. Same answer."""
    made = {name: ExerciseFactory(body=text) for name, text in SAMPLES.items()}
    cited = set(
        ExerciseFactory._meta.model.objects.filter(
            cites_a_source(["body"])
        ).values_list("pk", flat=True)
    )
    for name, article in made.items():
        expected = bool(cited_sources([article.body]))
        assert (article.pk in cited) == expected, name
    assert {n for n, a in made.items() if a.pk in cited} == {
        "link",
        "doi",
        "indented",
        "indented-tab",
        "first-line",
        "windows-lines",
    }


@pytest.mark.django_db
def test_saving_a_published_article_without_sources_warns(editor_client):
    response = save(editor_client, ExerciseFactory(body=REMARK_ONLY), summary="New.")
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("no source cited" in m for m in messages), messages


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "field"),
    [(ExerciseFactory, "body"), (ConditionFactory, "treatment")],
)
def test_no_warning_when_a_footnote_cites_a_source(editor_client, factory, field):
    response = save(editor_client, factory(**{field: CITED}), summary="New.")
    assert not any("no source cited" in str(m) for m in response.context["messages"])


@pytest.mark.django_db
def test_drafts_may_save_without_sources(editor_client):
    response = save(editor_client, ExerciseFactory(draft=True), summary="New.")
    assert not any("no source cited" in str(m) for m in response.context["messages"])


@pytest.mark.django_db
def test_publishing_an_article_without_sources_warns(editor_client):
    draft = ExerciseFactory(draft=True, title="Heel slide")
    response = editor_client.post(
        reverse("admin:exercises_exercise_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert any("“Heel slide”: no source cited" in m for m in messages), messages


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["exercise", "condition"])
def test_admin_filters_articles_by_whether_they_cite_a_source(editor_client, model):
    factory = ExerciseFactory if model == "exercise" else ConditionFactory
    factory(title="Cites NICE", body=CITED)
    factory(title="Cites a DOI", body=CITED_BY_DOI)
    factory(title="Only a remark", body=REMARK_ONLY)
    url = reverse(f"admin:{model}s_{model}_changelist")
    none = editor_client.get(url, {"sources": "none"}).content.decode()
    cited = editor_client.get(url, {"sources": "cited"}).content.decode()
    assert "Only a remark" in none and "Cites NICE" not in none
    assert "Cites a DOI" not in none
    assert "Cites NICE" in cited and "Cites a DOI" in cited
    assert "Only a remark" not in cited


@pytest.mark.django_db
def test_change_form_shows_sources_and_reading_level(editor_client):
    page = editor_client.get(admin_change_url(ExerciseFactory(body=CITED)))
    text = page.content.decode()
    assert "1 footnote(s) cite a source" in text
    assert "reading ease" in text


@pytest.mark.django_db
def test_publishing_an_unreviewed_article_warns_and_a_reviewed_one_does_not(
    editor_client,
):
    unreviewed = ExerciseFactory(draft=True, title="Heel slide", body=CITED)
    reviewed = ExerciseFactory(
        draft=True,
        title="Wall squat",
        body=CITED,
        reviewed_by=AuthorFactory(),
        last_reviewed_on=dt.date(2026, 1, 1),
    )
    response = editor_client.post(
        reverse("admin:exercises_exercise_changelist"),
        {"action": "publish", "_selected_action": [unreviewed.pk, reviewed.pk]},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert any(m.startswith("“Heel slide”: no review yet") for m in messages)
    assert not any("Wall squat" in m for m in messages), messages
