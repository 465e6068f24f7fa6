import pytest

from articles import markdown
from articles.markdown import render_markdown

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db

WITH_FOOTNOTES = """Trigger points can refer pain.[^1] Heat often helps.[^2]

[^1]: A referral pattern is where the pain is felt.
[^2]: Warmth relaxes muscle.
"""


def test_footnote_references_link_down_and_back_links_link_up():
    html = render_markdown(WITH_FOOTNOTES)
    for n in (1, 2):
        assert f'<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}"' in html
        assert f'<li id="fn:{n}">' in html
        assert f'href="#fnref:{n}"' in html
        assert f'title="Back to text for footnote {n}"' in html


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ("[click](javascript:alert(1))", "javascript:"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<p style="position:fixed">x</p>', "style="),
        ("<iframe src='https://example.org'></iframe>", "<iframe"),
        ('<a href="#" onclick="steal()">x</a>', "onclick"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
    ],
)
def test_dangerous_markup_is_removed(source, forbidden):
    assert forbidden not in render_markdown(source)


def test_plain_links_survive_and_do_not_pass_referrer():
    html = render_markdown("[NHS](https://www.nhs.uk/)")
    assert 'href="https://www.nhs.uk/"' in html
    assert "noopener" in html


@pytest.mark.parametrize(
    "broken",
    [
        "[^1] without a definition",
        "**unclosed",
        "[link](",
        "<div><p>",
        "[^]: x",
        "\x00",
    ],
)
def test_broken_markdown_renders_without_error(broken):
    render_markdown(broken)


def test_rendered_html_is_cached_not_reparsed(monkeypatch):
    calls = []
    real = markdown._render
    monkeypatch.setattr(
        markdown, "_render", lambda text: calls.append(text) or real(text)
    )
    render_markdown("Same text, twice.")
    render_markdown("Same text, twice.")
    assert len(calls) == 1


def test_exercise_page_shows_footnotes_both_ways(client):
    exercise = ExerciseFactory(body=WITH_FOOTNOTES)
    body = client.get(exercise.get_absolute_url()).content.decode()
    assert 'href="#fn:1"' in body and 'href="#fnref:1"' in body


def test_script_in_trainer_text_never_reaches_the_page(client):
    exercise = ExerciseFactory(
        body="Hi <script>alert(1)</script>",
        summary="<script>alert(2)</script>",
        cautions="<img src=x onerror=alert(3)>",
    )
    body = client.get(exercise.get_absolute_url()).content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
