"""Dosage (hold, repetitions, sets, how often) turned into the words visitors read."""

from __future__ import annotations

from dataclasses import dataclass

EN_DASH = "\u2013"


def _span(low: int | None, high: int | None) -> str:
    if high is None or high == low:
        return str(low)
    return f"{low}{EN_DASH}{high}"


def _plural(low: int | None, high: int | None, singular: str, plural: str) -> str:
    one = low == 1 and (high is None or high == 1)
    return f"{_span(low, high)} {singular if one else plural}"


def _duration(low: int, high: int | None) -> str:
    # Trainers think of long holds in minutes; 90 seconds stays in seconds.
    if low % 60 == 0 and (high is None or high % 60 == 0):
        return _plural(low // 60, high // 60 if high else None, "minute", "minutes")
    return _plural(low, high, "second", "seconds")


@dataclass(frozen=True)
class Dosage:
    hold_seconds_min: int | None = None
    hold_seconds_max: int | None = None
    reps_min: int | None = None
    reps_max: int | None = None
    sets: int | None = None
    per_side: bool = False
    frequency: str = ""

    def phrases(self) -> list[str]:
        """Each part of the dosage as a short phrase, in the order it is done."""
        parts = []
        side = " on each side" if self.per_side else ""
        if self.hold_seconds_min:
            parts.append(
                f"hold for {_duration(self.hold_seconds_min, self.hold_seconds_max)}"
            )
        if self.reps_min:
            reps = _plural(self.reps_min, self.reps_max, "repetition", "repetitions")
            parts.append(f"{reps}{side}")
        elif self.hold_seconds_min and side:
            parts[-1] += side
        if self.sets:
            parts.append(_plural(self.sets, None, "set", "sets"))
        if self.frequency:
            parts.append(self.frequency)
        return parts

    def in_words(self) -> str:
        """E.g. "Hold for 5–10 seconds, 5–7 repetitions on each side, once a day."."""
        parts = self.phrases()
        if not parts:
            return ""
        text = ", ".join(parts)
        return f"{text[0].upper()}{text[1:]}."
