"""What every article page shows besides its own text: the byline and the
update log, as plain values the templates only write out.

Worked out once per page from an article with its people, credentials and
updates prefetched (a page loader's or `for_detail()`'s), so the templates
call no related manager, method or URL lookup: each of those is a Jinja2 call
and a few microseconds, and an article page made dozens of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from authors.models import Author

from .models import Article


@dataclass(frozen=True, slots=True)
class Person:
    """An author or reviewer as a byline names them."""

    name: str
    url: str
    credentials: list[tuple[str, str]]  # (title, issuing body)


def person(author: Author) -> Person:
    return Person(
        name=author.display_name,
        url=author.get_absolute_url(),
        credentials=[(c.title, c.issuing_body) for c in author.credentials.all()],
    )


@dataclass(frozen=True, slots=True)
class Byline:
    author: Person
    # Only with the date of a review: a reviewer never named as having checked.
    reviewer: Person | None
    reviewed_on: dt.date | None
    next_review_due: dt.date | None
    review_is_overdue: bool


def byline(article: Article) -> Byline:
    reviewed = article.last_reviewed_on and article.reviewed_by
    return Byline(
        author=person(article.author),
        reviewer=person(article.reviewed_by) if reviewed else None,
        reviewed_on=article.last_reviewed_on if reviewed else None,
        next_review_due=article.next_review_due,
        review_is_overdue=article.review_is_overdue(),
    )


@dataclass(frozen=True, slots=True)
class UpdateLine:
    date: dt.date
    kind: str  # the kind's label
    description: str


@dataclass(frozen=True, slots=True)
class UpdateLog:
    lines: list[UpdateLine]  # newest first, as the log is ordered
    since: int | None  # Article.first_published_year


def update_log(article: Article) -> UpdateLog:
    return UpdateLog(
        lines=[
            UpdateLine(u.date, kind=u.get_kind_display(), description=u.description)
            for u in article.updates.all()
        ],
        since=article.first_published_year,
    )
