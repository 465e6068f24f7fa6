"""The site-wide update log's entries, for the home page and /updates/.

Both list the newest entries of published articles, each with its article's
title and link. Through the ORM (`ArticleUpdateQuerySet.for_list`) that was a
third of the home page's time: building the public filter and the generic
prefetch on every request, then three queries. Here the entries and their
articles' titles come from one statement, compiled once per content version
(articles.statements), its rows read on every request. The instances are the
ones the ORM gives; tests/articles/test_update_log_entries.py compares them.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from .models import ArticleUpdate, article_models
from .pages import made_plainly, make_instance
from .statements import KeptRows, kept_statement

# An entry's own columns, then its article's title and slug
# (`ArticleUpdateQuerySet.with_article_link`).
ENTRY = tuple(f.attname for f in ArticleUpdate._meta.concrete_fields)
COLUMNS = (*ENTRY, "article_title", "article_slug")
ARTICLE = ("id", "title", "slug")


def newest(count: int) -> list[ArticleUpdate]:
    """The `count` newest entries of published articles (the home page's)."""
    statement = kept_statement(
        f"update-log:newest:{count}",
        lambda: (
            ArticleUpdate.objects.public()
            .with_article_link()
            .values_list(*COLUMNS)[:count]
        ),
    )
    return entries(statement.using, statement.rows())


def page_entries(page: KeptRows | QuerySet[ArticleUpdate]) -> list[ArticleUpdate]:
    """A page of /updates/, from the list view's rows: its filters' queryset
    annotated by `with_article_link`, or the KeptRows standing in for it."""
    db = page.db
    return entries(db, page.values_list(*COLUMNS))


def entries(db: str, rows: Sequence[Sequence]) -> list[ArticleUpdate]:
    """Entries as `for_list` leaves them: each with its article, read with
    its title and slug only, cached where the generic foreign key looks.

    An entry whose article has gone since the row was read (deleted in
    between) has no article, as the prefetch leaves it.
    """
    types = ContentType.objects.db_manager(db)
    models = {types.get_for_model(model).pk: model for model in article_models()}
    article = ArticleUpdate._meta.get_field("article")
    plain = made_plainly(ArticleUpdate)
    plainly = {model: made_plainly(model) for model in models.values()}
    made = []
    for row in rows:
        *values, title, slug = row
        entry = make_instance(ArticleUpdate, db, ENTRY, values, plain)
        model = models.get(entry.content_type_id)
        linked = None
        if model is not None and slug is not None:
            linked = make_instance(
                model, db, ARTICLE, (entry.object_id, title, slug), plainly[model]
            )
        article.set_cached_value(entry, linked)
        # As `prefetch_related` leaves the instances it went through.
        entry._prefetched_objects_cache = {}
        made.append(entry)
    return made
