"""Checks the demo content's words before it is loaded: readability and sources.

Used by the content tests, and by hand while writing:

    .venv/bin/python -m demo.checks
"""

from __future__ import annotations

from articles.citations import cited_sources
from articles.readability import TARGET_EASE, reading_level

from . import content

EXERCISE_TEXTS = ("summary", "body", "cautions", "easier_note", "harder_note")
CONDITION_TEXTS = (
    "summary",
    "symptoms",
    "causes",
    "treatment",
    "body",
    "urgent_care",
    "see_doctor",
)


def exercise_texts(data: dict) -> list[str]:
    variants = [
        f"{v['name']}. {v['change']}. {v.get('instructions', '')}"
        for v in data.get("variants", [])
    ]
    return [data.get(k, "") for k in EXERCISE_TEXTS] + data["steps"] + variants


def condition_texts(data: dict) -> list[str]:
    return [data.get(k, "") for k in CONDITION_TEXTS]


def cited_footnotes(texts: list[str]) -> int:
    return len(cited_sources(texts))


def report() -> list[str]:
    rows = []
    for kind, items, texts in (
        ("exercise", content.EXERCISES, exercise_texts),
        ("condition", content.CONDITIONS, condition_texts),
    ):
        for data in items:
            level = reading_level(texts(data))
            sources = cited_footnotes(texts(data))
            if level is None:
                rows.append(f"{kind:9} {data['slug']:40} no words  <-- fix")
                continue
            flag = "" if level.ease >= TARGET_EASE and sources else "  <-- fix"
            rows.append(
                f"{kind:9} {data['slug']:40} ease {level.ease:5.1f} "
                f"grade {level.grade:4.1f} sources {sources}{flag}"
            )
    return rows


if __name__ == "__main__":
    print("\n".join(report()))
