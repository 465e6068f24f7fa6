"""The site-wide update log's lines, for the home page and /updates/.

Both list the newest entries of published articles, each with its article's
title and link. Through the ORM (`ArticleUpdateQuerySet.for_list`) that was
most of the home page's time: building the public filter and the generic
prefetch on every request, three queries, then a generic foreign key and a
`get_kind_display()` per line in the template. Here the entries and their
articles' titles come from one statement, compiled once per content version
(articles.statements), its rows read on every request, and each line is
written from plain values, as the exercise list's cards are.
tests/articles/test_update_log_lines.py compares the lines with the ORM's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from .choices import labels
from .models import Article, ArticleUpdate, article_models, first_year
from .pages import made_plainly, make_instance
from .statements import KeptRows, kept_statement

# What a line shows of its entry, then its article's title and slug
# (`ArticleUpdateQuerySet.with_article_link`).
COLUMNS = (
    "date",
    "kind",
    "description",
    "content_type_id",
    "object_id",
    "article_title",
    "article_slug",
)
ARTICLE = ("id", "title", "slug")


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of an article's own log, as its page writes it
    (templates/jinja2/includes/_update_log.html)."""

    date: dt.date
    kind: str  # its label: "New research"
    description: str


@dataclass(frozen=True, slots=True)
class ArticleLog:
    entries: tuple[Entry, ...]  # newest first, as the log is ordered
    since: int | None  # Article.first_published_year


def article_log(article: Article) -> ArticleLog:
    """From an article with its updates prefetched: the template then calls no
    related manager or label lookup."""
    return log_of(
        tuple(
            Entry(u.date, u.get_kind_display(), u.description)
            for u in article.updates.all()
        ),
        article.published_at,
    )


def log_of(entries: tuple[Entry, ...], published_at: dt.datetime | None) -> ArticleLog:
    """The log of an article published at `published_at` with these entries
    (newest first), for a page loader that reads them itself."""
    return ArticleLog(entries, first_year((e.date for e in entries), published_at))


@dataclass(frozen=True, slots=True)
class LogLine(Entry):
    """One line of the site-wide log, as templates/jinja2/includes/_update_list.html
    writes it."""

    title: str  # the article's
    url: str  # the article's


def newest(count: int) -> list[LogLine]:
    """The `count` newest lines of published articles (the home page's)."""
    statement = kept_statement(
        f"update-log:newest:{count}",
        lambda: (
            ArticleUpdate.objects.public()
            .with_article_link()
            .values_list(*COLUMNS)[:count]
        ),
        fixed=True,
    )
    return lines(statement.using, statement.rows())


def page_lines(page: KeptRows | QuerySet[ArticleUpdate]) -> list[LogLine]:
    """A page of /updates/, from the list view's rows: its filters' queryset
    annotated by `with_article_link`, or the KeptRows standing in for it."""
    return lines(page.db, page.values_list(*COLUMNS))


def lines(db: str, rows: Iterable[Sequence]) -> list[LogLine]:
    """The lines for rows of COLUMNS.

    A row without its article is left out, with nothing to link to. Pages get
    none (`public()` reads an entry and its article in one statement, and
    deleting an article deletes its log); a raw delete could leave one.
    """
    types = ContentType.objects.db_manager(db)
    models = {types.get_for_model(model).pk: model for model in article_models()}
    plainly = {model: made_plainly(model) for model in models.values()}
    kinds = labels(ArticleUpdate._meta.get_field("kind"))
    made = []
    for date, kind, description, type_id, object_id, title, slug in rows:
        model = models.get(type_id)
        if model is None or slug is None:
            continue
        # The article's own get_absolute_url(), on what the line read of it.
        article = make_instance(
            model, db, ARTICLE, (object_id, title, slug), plainly[model]
        )
        label = kinds.get(kind, kind)
        made.append(
            LogLine(date, label, description, title, article.get_absolute_url())
        )
    return made
