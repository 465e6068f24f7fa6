"""Reading the search results page as a visitor sees it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import html5lib
from django.db import connection
from django.urls import reverse

URL = reverse("search:results")
LIST = reverse("exercises:list")
ON_POSTGRESQL = connection.vendor == "postgresql"


@dataclass(frozen=True)
class Hit:
    kind: str  # the label shown: "Exercise", "Stretch", "Condition"
    title: str  # as text, marks removed
    url: str


def tree(response):
    """The page as html5lib reads it, as a browser would; tags without namespace."""
    return html5lib.parse(response.content, namespaceHTMLElements=False)


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def search(client, q: str, **params):
    """/search/?q=… (and any other parameters); the page must be a normal one."""
    response = client.get(URL, {"q": q, **params})
    assert response.status_code == 200, response.status_code
    return response


def hits(response) -> list[Hit]:
    """The results listed on the page, in order."""
    found = tree(response).find(".//ol[@class='search-results']")
    if found is None:
        return []
    return [
        Hit(
            kind=text_of(item.find("p[@class='result-type']")),
            title=text_of(item.find("h2/a")),
            url=item.find("h2/a").get("href"),
        )
        for item in found.findall("li")
    ]


def titles(response) -> list[str]:
    return [hit.title for hit in hits(response)]


def visible_text(response) -> str:
    """The text of <main>, whitespace collapsed."""
    return text_of(tree(response).find(".//main"))


def type_links(response) -> dict[str, str]:
    """The type filter's links ("Stretches (2)") by their text, with their href."""
    nav = tree(response).find(".//nav[@class='result-types']")
    if nav is None:
        return {}
    return {text_of(a): a.get("href") for a in nav.iter("a")}


def current_type(response) -> str | None:
    nav = tree(response).find(".//nav[@class='result-types']")
    current = [text_of(a) for a in nav.iter("a") if a.get("aria-current") == "page"]
    assert len(current) == 1, current
    return current[0]


def link(response, text: str) -> str:
    """The href of the one link in <main> whose text contains `text`."""
    found = [
        a.get("href")
        for a in tree(response).find(".//main").iter("a")
        if text in text_of(a)
    ]
    assert len(found) == 1, (text, found)
    return found[0]


def follow(client, href: str):
    """GET a link of the results page (a query string relative to /search/)."""
    parts = urlsplit(href)
    return client.get(parts.path or URL, parse_qs(parts.query))


def params_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)
