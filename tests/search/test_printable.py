"""What a page may say back of what a visitor typed (search.text.printable)."""

import pytest

from search.text import printable


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("hip  flexor ", "hip flexor"),
        ("hip\x00\tflexor\x1b\x9f", "hip flexor"),
        # Direction marks and other invisible formatting characters go, leaving
        # what the visitor saw: a right-to-left override would turn the rest
        # of the sentence saying it back round.
        ("\u202ehip\u202c", "hip"),
        ("\u2067x\u2069 \u200ey\u200f \u061cz", "x y z"),
        ("hip\u200bflexor\ufeff\u2060\u00ad", "hipflexor"),
        ("\U000e0041tag", "tag"),
        # Noncharacters, which HTML does not allow.
        ("a\ufdd0b\ufdefc\ufffe\uffff\U0001fffe\U0010ffff", "abc"),
        # The joiners that make one emoji of several, and shape some scripts.
        (
            "\U0001f469\u200d\U0001f467 \u0645\u200c\u0627",
            "\U0001f469\u200d\U0001f467 \u0645\u200c\u0627",
        ),
        # Letters of any script and direction are words, not marks.
        ("Über straße שלום مرحبا", "Über straße שלום مرحبا"),
        ("\u200e\u200f", ""),
    ],
)
def test_printable_keeps_what_a_visitor_sees(typed, said):
    assert printable(typed) == said
