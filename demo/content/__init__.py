"""Demo content for local runs, written for this project in its own words.

Education, not diagnosis: every condition says when to get urgent care. The
trainer below is fictional; her credentials name real kinds of certificate but
no real person.

Exercises, conditions, photos and the sources they cite each have a module here.
"""

from .conditions import CONDITIONS
from .exercises import EQUIPMENT, EXERCISES

__all__ = ["AUTHOR", "CONDITIONS", "EQUIPMENT", "EXERCISES", "REGIONS", "REVIEWER"]

AUTHOR = {
    "slug": "maya-lindqvist",
    "display_name": "Maya Lindqvist",
    "bio": (
        "Maya has coached people back to comfortable movement for fifteen years, "
        "first in a physiotherapy clinic's gym and now in small Pilates classes. "
        "She writes for people who sit a lot, lift a lot, or have been told to "
        "“strengthen your core” without being shown how. (Demo profile: Maya "
        "is fictional.)"
    ),
    "credentials": [
        ("Certified Personal Trainer", "National Academy of Sports Medicine", 2010),
        ("Comprehensive Pilates Instructor", "Balanced Body", 2013),
        ("Certified Nutrition Coach", "Precision Nutrition", 2018),
    ],
}

REVIEWER = {
    "slug": "daniel-okafor",
    "display_name": "Daniel Okafor",
    "bio": "Daniel is a physiotherapist who reviews our exercises and condition "
    "guides. (Demo profile: Daniel is fictional.)",
    # (title, issuing body, year, public register where readers can check it)
    "credentials": [
        (
            "Registered Physiotherapist",
            "Health and Care Professions Council",
            2008,
            "https://www.hcpc-uk.org/check-the-register/",
        ),
        ("Chartered Physiotherapist", "Chartered Society of Physiotherapy", 2008),
    ],
}

# (slug, name, parent slug, order, description)
REGIONS = [
    (
        "lower-back",
        "Lower back",
        None,
        1,
        "The lumbar spine and the muscles around it.",
    ),
    (
        "thoracic-spine",
        "Upper and mid back",
        None,
        2,
        "The thoracic spine, between neck and waist.",
    ),
    (
        "neck",
        "Neck",
        None,
        3,
        "The cervical spine and the muscles that hold up your head.",
    ),
    ("hips", "Hips", None, 4, "The hip joint and the muscles that turn and steady it."),
    (
        "hip-flexors",
        "Hip flexors",
        "hips",
        5,
        "The muscles at the front of the hip that lift the thigh.",
    ),
    (
        "glutes",
        "Glutes",
        "hips",
        6,
        "The buttock muscles that extend and steady the hip.",
    ),
    (
        "it-band",
        "IT band and outer thigh",
        "hips",
        7,
        "The band of tissue along the outside of the thigh.",
    ),
    ("hamstrings", "Hamstrings", None, 8, "The muscles along the back of the thigh."),
    ("pelvis", "Pelvis", None, 9, "The ring of bones linking spine and legs."),
    ("core", "Core", None, 10, "The deep trunk muscles that brace the spine."),
]
