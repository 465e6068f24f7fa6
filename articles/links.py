"""Links from one article to another inside the text.

Authors write `[[exercise:bird-dog]]` (the link reads as the article's title) or
`[[condition:sciatica|this guide]]` (their own words). The admin refuses a link
to an article that does not exist or is not published, and the page renders a
link only while its target is published: one unpublished later reads as plain
text, never as a link to a 404.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import dateformat

# Slugs as SlugField allows them; the kind is a model name (exercise, condition).
LINK = re.compile(r"\[\[([a-z]+):([-a-zA-Z0-9_]+)(?:\|([^\]\n]+))?\]\]")
# Anything written like a link, to tell authors about the ones LINK cannot read.
_LINK_LIKE = re.compile(r"\[\[[^\]\n]*\]\]")
# Code shows its text as written, links included: not looked up, not checked.
_CODE = re.compile(r"^(`{3,}|~{3,}).*?^\1|(`+).+?\2", re.M | re.S)
# A table row: its cells are split at "|" before links are read.
_TABLE_ROW = re.compile(r"^\s*\|.*$", re.M)


@dataclass(frozen=True)
class Target:
    title: str
    url: str


def _models() -> dict:
    # Imported here: the models import this module for Article.clean().
    from .models import article_models

    return {model._meta.model_name: model for model in article_models()}


def _prose(text: str) -> str:
    return _CODE.sub("", text or "")


def references(texts: Iterable[str]) -> list[tuple[str, str]]:
    """The (kind, slug) pairs linked from the texts, each once, in order."""
    found = []
    for text in texts:
        # Most texts link nothing. Looking for code spans first took two
        # thirds of what a page's already rendered Markdown costs it.
        if not text or "[[" not in text:
            continue
        for match in LINK.finditer(_prose(text)):
            if match.group(1, 2) not in found:
                found.append(match.group(1, 2))
    return found


def resolve(refs: Iterable[tuple[str, str]]) -> dict[str, Target]:
    """The published targets among `refs`, keyed "kind:slug"; one query per kind."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for kind, slug in refs:
        wanted[kind].add(slug)
    models = _models()
    found = {}
    for kind, slugs in wanted.items():
        model = models.get(kind)
        if model is None:
            continue
        rows = model._default_manager.published().filter(slug__in=slugs)
        for slug, title in rows.values_list("slug", "title"):
            found[f"{kind}:{slug}"] = Target(
                title=title, url=model(slug=slug).get_absolute_url()
            )
    return found


def check(texts: dict[str, str], *, published: bool) -> None:
    """Raises a ValidationError per field whose links a reader could not follow.

    A link the renderer cannot read, or to an article that does not exist, is
    always refused. One to an unpublished article is refused on a published
    page (it would read as plain text) but allowed on a draft, so two new
    guides can link each other and be published together.
    """
    from .models import Status

    models = _models()
    live = resolve(references(texts.values()))
    errors: dict[str, list[str]] = defaultdict(list)
    for field, text in texts.items():
        prose = _prose(text)
        for written in _LINK_LIKE.findall(prose):
            if not LINK.fullmatch(written):
                errors[field].append(
                    f"{written}: write a link as [[exercise:its-address]] or "
                    "[[exercise:its-address|your words]], in lower case."
                )
        for row in _TABLE_ROW.findall(prose):
            for match in LINK.finditer(row):
                if match.group(3):
                    errors[field].append(
                        f"{match.group(0)}: in a table, “|” starts a new cell; "
                        "leave out “|your words” there."
                    )
        for kind, slug in references([text]):
            written = f"[[{kind}:{slug}]]"
            model = models.get(kind)
            if model is None:
                kinds = " or ".join(f"[[{name}:…]]" for name in sorted(models))
                errors[field].append(f"{written}: links can point to {kinds}.")
                continue
            if f"{kind}:{slug}" in live:
                continue
            target = model._default_manager.filter(slug=slug).first()
            name = model._meta.verbose_name
            if target is None:
                errors[field].append(
                    f"{written}: there is no {name} with that address. Check the "
                    "spelling of the part after the colon."
                )
            elif published:
                when = "is a draft"
                if target.status == Status.PUBLISHED:  # not due yet
                    due = dateformat.format(target.published_at, "j F Y")
                    when = f"is scheduled for {due}"
                errors[field].append(
                    f"{written}: that {name} {when}, so on this published page "
                    "the link would read as plain text. Publish it first, or "
                    "remove the link for now."
                )
    if errors:
        raise ValidationError(dict(errors))
