"""What search knows of each article: its entry, written from the article.

Each article type says which of its texts count and how much: the title and the
names people know it by rank first, then the summary, the body regions, and
everything else (body, steps, variants, cautions, equipment) as one plain text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.html import strip_tags

from articles.markdown import render_markdown
from articles.models import Article, Status
from articles.text import lines
from conditions.models import Condition
from exercises.models import Exercise, ExerciseRegion

from .models import Kind
from .text import normal


@dataclass(frozen=True)
class Document:
    """An article as a search entry shows it (SearchEntry's fields)."""

    kind: str
    url: str
    published_at: object
    title: str
    names: list[str]
    summary: str
    regions: list[str]
    body: str

    @property
    def keys(self) -> set[str]:
        """The names that find this page first when typed exactly."""
        return {key for key in map(normal, [self.title, *self.names]) if key}


def markdown_text(text: str) -> str:
    """A trainer's Markdown as plain words: what a reader sees, without the
    link targets and markup."""
    if not text.strip():
        return ""
    rendered = strip_tags(render_markdown(text, id_prefix="search"))
    # The footnotes' "back to the text" arrows are not words.
    return " ".join(html.unescape(rendered).replace("\u21a9", " ").split())


def _joined(*texts: str) -> str:
    return "\n".join(t for t in texts if t and t.strip())


def _exercise(exercise: Exercise) -> Document:
    variants = [
        _joined(v.name, v.change, v.emphasis, v.instructions)
        for v in exercise.variants.all()
    ]
    body = _joined(
        markdown_text(exercise.body),
        *(step.text for step in exercise.steps.all()),
        *variants,
        exercise.cautions,
        exercise.easier_note,
        exercise.harder_note,
        ", ".join(e.name for e in exercise.equipment.all()),
    )
    return Document(
        kind=Kind.STRETCH if exercise.kind == Kind.STRETCH else Kind.EXERCISE,
        url=exercise.get_absolute_url(),
        published_at=exercise.published_at,
        title=exercise.title,
        names=exercise.alias_list,
        summary=exercise.summary,
        regions=[link.region.name for link in exercise.target_regions.all()],
        body=body,
    )


def _condition(condition: Condition) -> Document:
    sections = [markdown_text(getattr(condition, f)) for f, _ in condition.SECTIONS]
    return Document(
        kind=Kind.CONDITION,
        url=condition.get_absolute_url(),
        published_at=condition.published_at,
        title=condition.title,
        names=lines(condition.other_names),
        summary=condition.summary,
        regions=[region.name for region in condition.regions.all()],
        body=_joined(
            markdown_text(condition.body),
            *sections,
            markdown_text(condition.urgent_care),
            markdown_text(condition.see_doctor),
        ),
    )


def _exercises(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related(
        "steps",
        "variants",
        "equipment",
        Prefetch(
            "target_regions", queryset=ExerciseRegion.objects.select_related("region")
        ),
    )


def _conditions(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related("regions")


# Each indexed article type: how to read a batch of them, and its document.
INDEXED = {
    Exercise: (_exercises, _exercise),
    Condition: (_conditions, _condition),
}


def documents(model: type[Article], pks: Iterable[int] | None = None):
    """(pk, Document) for the articles of `model` that are published or
    scheduled (all of them when `pks` is None); drafts have no document."""
    read, document = INDEXED[model]
    queryset = model._base_manager.filter(status=Status.PUBLISHED)
    if pks is not None:
        queryset = queryset.filter(pk__in=list(pks))
    for article in read(queryset).iterator(chunk_size=500):
        yield article.pk, document(article)
