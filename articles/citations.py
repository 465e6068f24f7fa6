"""Which footnotes cite a source a reader can follow: a web address or a DOI.

A footnote is "[^label]: text", with more lines indented under it. Trainers
write what the source supports and then the source itself (author or body,
title, year, link or DOI); a footnote without a link or DOI is a remark, not a
source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db.models import Q

# A definition starts a line; its indented lines below belong to it.
FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\n]+\]:.*(?:\n(?: {4}|\t).*)*", re.M)
_TRACEABLE = re.compile(r"https?://|doi: *10\.", re.I)
# The same test in one regular expression, for the admin's filter in SQL
# (PostgreSQL's and Python's dialects both read it this way): a definition at
# the start of the text or of a line, then anything but a line break that does
# not continue the footnote, then a link or DOI.
_SQL_CITED = (
    r"(^|\n)\[\^[^]\n]+\]:([^\n]|\n(    |\t))*"
    r"([Hh][Tt][Tt][Pp][Ss]?://|[Dd][Oo][Ii]: *10\.)"
)


def cited_sources(texts: Iterable[str]) -> list[str]:
    """The footnotes in `texts` that cite a link or a DOI, in order."""
    return [
        match.group(0)
        for text in texts
        for match in FOOTNOTE_DEFINITION.finditer(text or "")
        if _TRACEABLE.search(match.group(0))
    ]


def cites_a_source(fields: Iterable[str]) -> Q:
    """Rows where any of the Markdown `fields` has a footnote citing a source."""
    q = Q()
    for field in fields:
        q |= Q(**{f"{field}__regex": _SQL_CITED})
    return q
