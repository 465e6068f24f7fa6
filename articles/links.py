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

# Slugs as SlugField allows them; the kind is a model name (exercise, condition).
LINK = re.compile(r"\[\[([a-z]+):([-a-zA-Z0-9_]+)(?:\|([^\]\n]+))?\]\]")


@dataclass(frozen=True)
class Target:
    title: str
    url: str


def _models() -> dict:
    from .models import article_models

    return {model._meta.model_name: model for model in article_models()}


def references(texts: Iterable[str]) -> list[tuple[str, str]]:
    """The (kind, slug) pairs linked from the texts, each once, in order."""
    found = []
    for text in texts:
        for match in LINK.finditer(text or ""):
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


def check(texts: dict[str, str]) -> None:
    """Raises a ValidationError per field whose links lead nowhere public."""
    models = _models()
    refs = references(texts.values())
    published = resolve(refs)
    errors: dict[str, list[str]] = defaultdict(list)
    for field, text in texts.items():
        for kind, slug in references([text]):
            written = f"[[{kind}:{slug}]]"
            model = models.get(kind)
            if model is None:
                kinds = " or ".join(f"[[{name}:…]]" for name in sorted(models))
                errors[field].append(f"{written}: links can point to {kinds}.")
            elif f"{kind}:{slug}" not in published:
                exists = model._default_manager.filter(slug=slug).exists()
                errors[field].append(
                    f"{written}: that {model._meta.verbose_name} is not published, "
                    "so the link would lead nowhere. Publish it first or remove the "
                    "link."
                    if exists
                    else f"{written}: there is no {model._meta.verbose_name} with "
                    "that address. Check the spelling of the part after the colon."
                )
    if errors:
        raise ValidationError(dict(errors))
