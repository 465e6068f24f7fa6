"""Demo content for local runs, written for this project in its own words.

Education, not diagnosis: every condition says when to get urgent care. The
trainer below is fictional; her credentials name real kinds of certificate but
no real person.
"""

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
    "bio": "Daniel is a physiotherapist who reviews our condition guides. "
    "(Demo profile: Daniel is fictional.)",
    "credentials": [
        ("Chartered Physiotherapist", "Chartered Society of Physiotherapy", 2008)
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

EQUIPMENT = [
    ("mat", "Exercise mat"),
    ("foam-roller", "Foam roller"),
    ("chair", "Chair"),
]

# Each exercise: fields, then lists for steps, regions (slug, role), equipment,
# variants and the update log (date, kind, text).
EXERCISES = [
    {
        "slug": "bird-dog",
        "title": "Bird dog",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "A slow, steady reach of the opposite arm and leg that trains "
        "the deep back and core muscles to keep your spine still.",
        "aliases": "Quadruped arm and leg raise\nHands-and-knees reach",
        "hold_seconds_min": 5,
        "hold_seconds_max": 10,
        "reps_min": 5,
        "reps_max": 7,
        "per_side": True,
        "frequency": "daily",
        "easier_note": "Move the leg only and keep both hands on the floor.",
        "cautions": "Keep the movement small if reaching makes your back pinch.\n"
        "Stop if pain spreads down a leg.",
        "body": "The bird dog asks the muscles along your spine and around your "
        "trunk to hold the back level while your limbs move. That is the same job "
        "they do when you carry shopping or climb stairs.[^1]\n\n"
        "[^1]: Exercises that keep the spine still while the limbs move are a "
        "common part of rehabilitation programmes for low back pain.",
        "steps": [
            "Kneel on all fours with your hands under your shoulders and your "
            "knees under your hips.",
            "Pull your belly button gently towards your spine without holding "
            "your breath.",
            "Reach one arm forward and the opposite leg back until both are level "
            "with your body.",
            "Hold, keeping your hips square to the floor, then return slowly.",
            "Switch sides.",
        ],
        "regions": [
            ("lower-back", "primary"),
            ("core", "primary"),
            ("glutes", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [
            ("2009-03-14", "new", "First published."),
            ("2016-05-02", "major", "Rewrote the steps and added the easier option."),
            ("2024-09-20", "science", "Added a note on spine-stabilising exercise."),
        ],
        "published_at": "2009-03-14",
    },
    {
        "slug": "seated-hip-rotator-stretch",
        "title": "Seated hip rotator stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A chair-friendly stretch for the deep muscles that turn the "
        "hip; turning the foot shifts which of them you feel most.",
        "aliases": "Figure-four stretch\nSeated piriformis stretch",
        "hold_seconds_min": 30,
        "reps_min": 2,
        "reps_max": 3,
        "per_side": True,
        "frequency": "daily",
        "cautions": "Skip it if you have had a hip replacement and been told to "
        "avoid crossing your legs.",
        "steps": [
            "Sit tall near the front of a sturdy chair.",
            "Rest the outside of one ankle on the opposite knee.",
            "Keeping your back long, lean forward from the hips until you feel a "
            "stretch in the buttock.",
            "Breathe slowly and hold, then swap sides.",
        ],
        "regions": [
            ("hips", "primary"),
            ("glutes", "primary"),
            ("lower-back", "secondary"),
        ],
        "equipment": ["chair"],
        "variants": [
            {
                "slug": "foot-turned-in",
                "name": "Foot turned inward",
                "change": "Let the foot of the crossed leg roll inward, sole "
                "turning towards the floor.",
                "emphasis": "Internal hip rotators",
                "instructions": "Keep the lean small; this version is often felt "
                "more at the side of the hip.",
            },
            {
                "slug": "foot-turned-out",
                "name": "Foot turned outward",
                "change": "Flex the ankle and turn the sole of the crossed foot "
                "up towards the ceiling.",
                "emphasis": "External hip rotators",
                "instructions": "This is the classic figure-four feeling, deep in "
                "the buttock.",
            },
        ],
        "updates": [("2021-02-01", "new", "First published.")],
        "published_at": "2021-02-01",
    },
    {
        "slug": "kneeling-hip-flexor-stretch",
        "title": "Kneeling hip flexor stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Opens the front of the hip that shortens when you sit all "
        "day, without arching the lower back.",
        "hold_seconds_min": 30,
        "hold_seconds_max": 45,
        "reps_min": 2,
        "per_side": True,
        "frequency": "twice_daily",
        "cautions": "Put a folded towel under the knee if kneeling hurts.",
        "steps": [
            "Kneel on one knee with the other foot flat in front, both knees bent "
            "to about a right angle.",
            "Tuck your tailbone under as if zipping up tight trousers.",
            "Shift your weight forward a little until you feel the front of the "
            "back hip stretch.",
            "Hold without letting your lower back arch, then swap sides.",
        ],
        "regions": [("hip-flexors", "primary"), ("lower-back", "secondary")],
        "equipment": ["mat"],
        "updates": [("2022-06-10", "new", "First published.")],
        "published_at": "2022-06-10",
    },
    {
        "slug": "glute-bridge",
        "title": "Glute bridge",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Lifting the hips from the floor wakes up the buttock muscles "
        "that take load off the lower back.",
        "hold_seconds_min": 3,
        "reps_min": 10,
        "reps_max": 12,
        "sets": 2,
        "frequency": "alternate_days",
        "harder_note": "Lift one foot off the floor and bridge on the other leg.",
        "steps": [
            "Lie on your back with knees bent and feet flat, hip-width apart.",
            "Press through your heels and squeeze your buttocks to lift your hips.",
            "Stop when your body forms a straight line from knees to shoulders.",
            "Hold briefly, then lower one vertebra at a time.",
        ],
        "regions": [
            ("glutes", "primary"),
            ("hamstrings", "secondary"),
            ("core", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2020-01-15", "new", "First published.")],
        "published_at": "2020-01-15",
    },
    {
        "slug": "cat-cow",
        "title": "Cat-cow",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A gentle rocking of the spine between rounded and arched, "
        "good for morning stiffness.",
        "reps_min": 8,
        "reps_max": 10,
        "frequency": "as_needed",
        "steps": [
            "Start on all fours with a neutral back.",
            "Breathe out and round your back towards the ceiling, letting your "
            "head drop.",
            "Breathe in and let your belly sink as you lift your chest and gaze.",
            "Move slowly between the two, staying within a comfortable range.",
        ],
        "regions": [("lower-back", "primary"), ("thoracic-spine", "primary")],
        "equipment": ["mat"],
        "updates": [("2019-11-03", "new", "First published.")],
        "published_at": "2019-11-03",
    },
    {
        "slug": "childs-pose",
        "title": "Child's pose",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A resting stretch that lengthens the back and lets tense "
        "muscles switch off.",
        "hold_seconds_min": 30,
        "hold_seconds_max": 60,
        "frequency": "as_needed",
        "cautions": "Widen your knees or rest your chest on a cushion if your "
        "knees or hips complain.",
        "steps": [
            "Kneel and sit back towards your heels.",
            "Walk your hands forward and let your chest sink towards the floor.",
            "Rest your forehead on the floor or a cushion and breathe into your back.",
        ],
        "regions": [("lower-back", "primary"), ("hips", "secondary")],
        "equipment": ["mat"],
        "updates": [("2019-11-03", "new", "First published.")],
        "published_at": "2019-11-03",
    },
    {
        "slug": "dead-bug",
        "title": "Dead bug",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "Lying on your back, you lower opposite arm and leg while the "
        "lower back stays quietly on the floor.",
        "reps_min": 6,
        "reps_max": 8,
        "per_side": True,
        "sets": 2,
        "frequency": "alternate_days",
        "easier_note": "Lower only the leg, keeping both arms pointing up.",
        "steps": [
            "Lie on your back with arms pointing at the ceiling and knees bent "
            "above your hips.",
            "Press your lower back gently into the floor.",
            "Slowly lower one arm overhead and the opposite leg towards the floor.",
            "Return and repeat with the other pair.",
        ],
        "regions": [("core", "primary"), ("lower-back", "secondary")],
        "equipment": ["mat"],
        "updates": [("2023-04-18", "new", "First published.")],
        "published_at": "2023-04-18",
    },
    {
        "slug": "standing-it-band-stretch",
        "title": "Standing outer hip stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A standing side bend that stretches the outer hip where the "
        "IT band begins.",
        "aliases": "IT band stretch\nCrossed-leg side bend",
        "hold_seconds_min": 20,
        "hold_seconds_max": 30,
        "reps_min": 2,
        "per_side": True,
        "frequency": "daily",
        "steps": [
            "Stand beside a wall and cross the leg nearest the wall behind the other.",
            "Push the hip nearest the wall out sideways while leaning your upper "
            "body away.",
            "Hold when you feel a stretch along the outside of the hip.",
        ],
        "regions": [("it-band", "primary"), ("hips", "secondary")],
        "equipment": [],
        "updates": [("2022-08-30", "new", "First published.")],
        "published_at": "2022-08-30",
    },
]

CONDITIONS = [
    {
        "slug": "tight-hip-flexors",
        "title": "Tight hip flexors from sitting",
        "other_names": "Short hip flexors\nSitting posture hip tightness",
        "summary": "Long hours in a chair keep the front of the hip short; "
        "standing up straight then feels stiff and can tug on the lower back.",
        "symptoms": "- A pulling feeling at the front of the hip when you stand "
        "or walk fast\n- An aching lower back after long sitting\n- Short strides",
        "causes": "Sitting holds the hip bent for hours. The muscles at the front "
        "adapt to that position and resist when you straighten up.",
        "treatment": "Break up sitting every half hour, stretch the front of the "
        "hip, and strengthen the buttocks so they share the work.",
        "urgent_care": "Get medical help the same day if hip pain follows a fall, "
        "if you cannot put weight on the leg, or if the hip is hot, swollen and "
        "you feel feverish.",
        "regions": ["hip-flexors", "lower-back"],
        "exercises": [
            (
                "kneeling-hip-flexor-stretch",
                "helps",
                "Lengthens the front of the hip directly.",
            ),
            ("glute-bridge", "helps", "Strong glutes let tight hip flexors relax."),
        ],
        "updates": [("2022-06-10", "new", "First published.")],
        "published_at": "2022-06-10",
    },
    {
        "slug": "back-spasms-and-trigger-points",
        "title": "Back spasms and trigger points",
        "other_names": "Muscle knots\nBack muscle spasm",
        "summary": "Sudden, gripping tightness in the back muscles, sometimes "
        "with tender knots that send pain elsewhere.",
        "symptoms": "- Sudden tightening that makes it hard to stand straight\n"
        "- Tender spots that refer pain a short distance away[^1]",
        "causes": "Overload, a sudden awkward movement, long static postures and "
        "poor sleep are common triggers.",
        "treatment": "Gentle movement usually helps more than rest. Heat, "
        "slow breathing and easy stretches can calm a spasm.[^2]",
        "body": "Most back spasms settle within days to a few weeks.\n\n"
        "[^1]: Tender points that refer pain are often called myofascial "
        "trigger points.\n"
        "[^2]: Staying gently active is the usual first advice for short-lived "
        "back pain.",
        "urgent_care": "Call an emergency number or go to an emergency department "
        "if back pain comes with numbness around the genitals or buttocks, new "
        "trouble controlling your bladder or bowels, or weakness in the legs. "
        "See a doctor promptly if you have a fever, unexplained weight loss, a "
        "history of cancer, or pain after a fall.",
        "regions": ["lower-back", "thoracic-spine"],
        "exercises": [
            ("childs-pose", "helps", "A restful position that lets muscles let go."),
            ("cat-cow", "helps", "Small, rhythmic movement eases guarding."),
            ("dead-bug", "caution", "Wait until the spasm has settled."),
        ],
        "updates": [
            ("2018-07-01", "new", "First published."),
            ("2023-01-12", "correction", "Clarified the urgent-care warning signs."),
        ],
        "published_at": "2018-07-01",
    },
]
