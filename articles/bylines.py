"""Who wrote an article and who checked it, as its page's byline says.

Worked out once per page from an article with its author and reviewer cached
and their credentials either prefetched (`ArticleDetailView.get_object`, the
condition page's loader) or read by the caller (the exercise page's loader), so
the template calls no related manager, method or URL lookup: each is a Jinja2
call and a few microseconds, and the byline made a dozen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from authors.models import Author

from .models import Article

Credentials = tuple[tuple[str, str], ...]  # (title, issuing body) in order


@dataclass(frozen=True, slots=True)
class Person:
    """An author or reviewer as a byline names them."""

    name: str
    url: str
    credentials: Credentials


def person(author: Author, credentials: Credentials) -> Person:
    return Person(
        name=author.display_name,
        url=author.get_absolute_url(),
        credentials=credentials,
    )


@dataclass(frozen=True, slots=True)
class Review:
    reviewer: Person
    on: dt.date
    next_due: dt.date | None
    # As of the request: never keep a Byline longer than the page it is for.
    overdue: bool


@dataclass(frozen=True, slots=True)
class Byline:
    author: Person
    # Only a review with its date and reviewer counts: a reviewer alone, or a
    # due date alone, is not a check anyone can rely on.
    review: Review | None


def byline_of(
    article: Article, credentials: Mapping[int, Credentials] | None = None
) -> Byline:
    """The byline of `article`, whose author and reviewer are cached.

    `credentials` are each person's by their id, for a page loader that reads
    them itself; without it, they come from each person's prefetched ones.
    """

    people = [p for p in (article.author, article.reviewed_by) if p is not None]
    if credentials is None:
        credentials = {
            p.pk: tuple((c.title, c.issuing_body) for c in p.credentials.all())
            for p in people
        }

    def named(author: Author) -> Person:
        return person(author, credentials.get(author.pk, ()))

    review = None
    if article.last_reviewed_on and article.reviewed_by:
        review = Review(
            reviewer=named(article.reviewed_by),
            on=article.last_reviewed_on,
            next_due=article.next_review_due,
            overdue=article.review_is_overdue(),
        )
    return Byline(author=named(article.author), review=review)
