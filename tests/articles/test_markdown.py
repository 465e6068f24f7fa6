from html.parser import HTMLParser

import pytest
from django.template import engines

from articles import markdown
from articles.markdown import Document, Section, render_markdown

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db

WITH_FOOTNOTES = """Trigger points can refer pain.[^1] Heat often helps.[^2]

[^1]: A referral pattern is where the pain is felt.
[^2]: Warmth relaxes muscle.
"""


class Attributes(HTMLParser):
    """Every (tag, attributes) in a fragment, in order."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def values(self, name: str) -> list[str]:
        return [attrs[name] for _, attrs in self.tags if name in attrs]


def test_footnote_references_link_down_and_back_links_link_up():
    html = render_markdown(WITH_FOOTNOTES, id_prefix="body")
    for n in (1, 2):
        assert (
            f'<sup id="md-body-fnref-{n}"><a class="footnote-ref" '
            f'href="#md-body-fn-{n}"' in html
        )
        assert f'<li id="md-body-fn-{n}">' in html
        assert f'href="#md-body-fnref-{n}"' in html
        assert f'title="Back to text for footnote {n}"' in html


def test_a_footnote_cited_three_times_links_back_to_each_citation():
    html = render_markdown("A.[^x] B.[^x] C.[^x]\n\n[^x]: Source.", id_prefix="body")
    refs = ["md-body-fnref-1", "md-body-fnref2-1", "md-body-fnref3-1"]
    assert Attributes(html).values("id") == [*refs, "md-body-fn-1"]
    backlinks = [h for h in Attributes(html).values("href") if "fnref" in h]
    assert backlinks == [f"#{ref}" for ref in refs]


def test_ids_come_from_the_prefix_and_footnote_number_not_the_authors_label():
    html = render_markdown("Text.[^main note]\n\n[^main note]: x", id_prefix="body")
    assert Attributes(html).values("id") == ["md-body-fnref-1", "md-body-fn-1"]


def test_the_same_text_with_another_prefix_gets_its_own_ids():
    # Also shows the cache keeps the two apart: the second call is not a hit.
    first = render_markdown(WITH_FOOTNOTES, id_prefix="urgent")
    second = render_markdown(WITH_FOOTNOTES, id_prefix="body")
    assert all(i.startswith("md-urgent-") for i in Attributes(first).values("id"))
    assert all(i.startswith("md-body-") for i in Attributes(second).values("id"))


@pytest.mark.parametrize("prefix", ["", "Body", "body-1", "main id", "x:"])
def test_prefix_must_be_lowercase_letters(prefix):
    with pytest.raises(ValueError, match="id_prefix"):
        render_markdown("Text", id_prefix=prefix)


@pytest.mark.parametrize("slug", ["", "Symptoms", "red-flags", "x y"])
def test_section_slug_must_be_lowercase_letters(slug):
    with pytest.raises(ValueError, match="slug"):
        Section(slug, "Heading", "Text")


def test_markdown_filter_requires_a_prefix():
    env = engines["jinja2"].env
    with pytest.raises(TypeError, match="id_prefix"):
        env.from_string("{{ text|markdown }}").render(text=WITH_FOOTNOTES)
    rendered = env.from_string('{{ text|markdown("urgent") }}').render(
        text=WITH_FOOTNOTES
    )
    assert 'id="md-urgent-fn-1"' in rendered


def test_document_sections_get_prefixed_heading_ids_and_share_footnotes():
    document = Document(
        intro="Overview.[^1]",
        sections=(
            Section("symptoms", "Symptoms", "Aching.[^2]\n\n[^1]: Intro source."),
            Section("causes", "Causes", "  "),
            Section("treatment", "Rest & care", "Rest.\n\n[^2]: Symptom source."),
        ),
    )
    html = render_markdown(document, id_prefix="body")
    assert '<h2 id="md-body-symptoms">Symptoms</h2>' in html
    assert '<h2 id="md-body-treatment">Rest &amp; care</h2>' in html
    assert "Causes" not in html  # no text, no heading
    # Cited in one section, defined in another: still one numbering, both ways.
    for n in (1, 2):
        assert f'href="#md-body-fn-{n}"' in html and f'id="md-body-fn-{n}"' in html
        assert f'href="#md-body-fnref-{n}"' in html


@pytest.mark.parametrize(
    "source",
    [
        '<div class="urgent">Fake urgent-care box</div>',
        '<div class="visually-hidden">Hidden from sighted readers</div>',
        '<a class="skip-link" href="#main">Skip</a>',
        "A [link](/x){: .visually-hidden #main } and a paragraph\n{: #main }",
        "## A heading {: #main .urgent }",
        '<h2 id="main">Heading</h2>',
        '<a id="main" href="#main">x</a>',
        # The renderer's own names, typed by hand, are the author's all the same.
        '<sup id="md-body-fnref-1"><a class="footnote-ref" href="#x">1</a></sup>',
        '<div class="footnote"><ol><li id="md-body-fn-1">x</li></ol></div>',
        '<h2 id="md-body-symptoms">Symptoms</h2>',
    ],
)
def test_authors_cannot_set_classes_or_ids(source):
    html = render_markdown(source, id_prefix="body")
    assert "class=" not in html and "id=" not in html


def test_the_renderers_mark_never_reaches_the_page(monkeypatch):
    from django.core.cache import cache

    cache.clear()  # a cached rendering would skip the renderer altogether
    monkeypatch.setattr(markdown.secrets, "token_hex", lambda n: "c0ffee" * 4)
    document = Document(WITH_FOOTNOTES, (Section("causes", "Causes", "Text"),))
    html = render_markdown(document, id_prefix="body")
    assert 'id="md-body-causes"' in html and 'class="footnote-ref"' in html
    assert "c0ffee" not in html


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
    assert forbidden not in render_markdown(source, id_prefix="body")


@pytest.mark.parametrize(
    "url",
    [
        "//other.example/page",  # protocol-relative: another site
        "/\\other.example/page",  # browsers read \ as /
        "\\\\other.example/page",
        "/\t/other.example/page",  # browsers drop tabs and newlines first
        " //other.example/page",
        "other.example/page",  # relative to the page: not something authors need
        "ftp://other.example/file",
    ],
)
def test_links_to_other_sites_need_http_or_https(url):
    for source in (f"[x]({url})", f'<a href="{url}">x</a>'):
        html = render_markdown(source, id_prefix="body")
        assert Attributes(html).values("href") == [], source


@pytest.mark.parametrize(
    "url",
    [
        "https://www.nhs.uk/conditions/",
        "http://example.org/",
        "mailto:help@example.org",
        "/exercises/hip-stretch/#variant-main",
        "#md-body-fn-1",
    ],
)
def test_web_mail_same_site_and_in_page_links_survive(url):
    html = render_markdown(f'<a href="{url}">x</a>', id_prefix="body")
    assert Attributes(html).values("href") == [url]


def test_links_open_no_window_handle_pass_no_referrer_and_earn_no_ranking():
    html = render_markdown("[NHS](https://www.nhs.uk/)", id_prefix="body")
    assert Attributes(html).values("href") == ["https://www.nhs.uk/"]
    [rel] = Attributes(html).values("rel")
    assert {"noopener", "noreferrer", "nofollow"} <= set(rel.split())


def test_links_within_the_site_are_followed():
    html = render_markdown(
        'See [this](/exercises/bird-dog/ "A > B") and [^1].\n\n[^1]: A note.',
        id_prefix="body",
    )
    assert Attributes(html).values("rel") == []
    outside = render_markdown("[NHS](https://www.nhs.uk/)", id_prefix="body")
    assert Attributes(outside).values("rel") == ["noopener noreferrer nofollow"]


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
    render_markdown(broken, id_prefix="body")


def test_rendered_html_is_cached_not_reparsed(monkeypatch):
    calls = []
    real = markdown._render
    monkeypatch.setattr(
        markdown,
        "_render",
        lambda document, *args: calls.append(document) or real(document, *args),
    )
    render_markdown("Same text, twice.", id_prefix="body")
    render_markdown("Same text, twice.", id_prefix="body")
    assert len(calls) == 1


def test_exercise_page_shows_footnotes_both_ways(client):
    exercise = ExerciseFactory(body=WITH_FOOTNOTES)
    body = client.get(exercise.get_absolute_url()).content.decode()
    assert 'href="#md-body-fn-1"' in body and 'id="md-body-fn-1"' in body
    assert 'href="#md-body-fnref-1"' in body and 'id="md-body-fnref-1"' in body


def test_script_in_trainer_text_never_reaches_the_page(client):
    exercise = ExerciseFactory(
        body="Hi <script>alert(1)</script>",
        summary="<script>alert(2)</script>",
        cautions="<img src=x onerror=alert(3)>",
    )
    body = client.get(exercise.get_absolute_url()).content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
