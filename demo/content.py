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
    ("strap", "Strap or towel"),
    ("band", "Resistance band"),
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
    {
        "slug": "pelvic-tilt",
        "title": "Pelvic tilt",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "A tiny rocking of the pelvis while lying down that eases a "
        "stiff lower back and teaches you where neutral is.",
        "aliases": "Lying pelvic tilt\nBack flattening",
        "hold_seconds_min": 5,
        "reps_min": 8,
        "reps_max": 10,
        "frequency": "twice_daily",
        "harder_option": "glute-bridge",
        "steps": [
            "Lie on your back with knees bent and feet flat.",
            "Breathe out and gently flatten the small of your back into the "
            "floor by tipping your pelvis towards your ribs.",
            "Hold for a breath or two without squeezing your buttocks hard.",
            "Relax back to a small natural curve.",
        ],
        "regions": [
            ("lower-back", "primary"),
            ("pelvis", "primary"),
            ("core", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2017-09-05", "new", "First published.")],
        "published_at": "2017-09-05",
    },
    {
        "slug": "single-knee-to-chest",
        "title": "Single knee-to-chest stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Hugging one knee in lengthens the lower back and the buttock "
        "of the same side.",
        "hold_seconds_min": 20,
        "hold_seconds_max": 30,
        "reps_min": 2,
        "reps_max": 3,
        "per_side": True,
        "frequency": "daily",
        "cautions": "Hold behind the thigh, not over the kneecap, if your knee "
        "is sore.",
        "steps": [
            "Lie on your back with both knees bent.",
            "Bring one knee towards your chest and hold it with both hands.",
            "Let the other leg rest, bent or straight, whichever is easier.",
            "Breathe out as you draw the knee a little closer, then swap sides.",
        ],
        "regions": [("lower-back", "primary"), ("glutes", "secondary")],
        "equipment": ["mat"],
        "updates": [("2017-09-05", "new", "First published.")],
        "published_at": "2017-09-05",
    },
    {
        "slug": "clamshell",
        "title": "Clamshell",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Opening the top knee while lying on your side strengthens the "
        "outer hip muscles that keep your knee and pelvis in line.",
        "reps_min": 12,
        "reps_max": 15,
        "sets": 2,
        "per_side": True,
        "frequency": "alternate_days",
        "harder_note": "Loop a light resistance band just above the knees.",
        "steps": [
            "Lie on your side with hips and knees bent, heels in line with your "
            "buttocks.",
            "Keep your feet together and your pelvis still.",
            "Lift the top knee as far as you can without rolling backwards.",
            "Lower slowly and repeat, then turn over.",
        ],
        "regions": [
            ("glutes", "primary"),
            ("hips", "secondary"),
            ("it-band", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [
            ("2015-04-20", "new", "First published."),
            ("2022-03-11", "minor", "Clarified where to feel the work."),
        ],
        "published_at": "2015-04-20",
    },
    {
        "slug": "open-book-rotation",
        "title": "Open book rotation",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A side-lying twist that restores rotation to the upper back, "
        "which often stiffens first.",
        "aliases": "Thoracic rotation\nSide-lying chest opener",
        "reps_min": 8,
        "reps_max": 10,
        "per_side": True,
        "frequency": "daily",
        "steps": [
            "Lie on your side with knees bent up to hip height and arms straight "
            "in front of you, palms together.",
            "Keeping the knees stacked, sweep the top arm up and over, following "
            "your hand with your eyes.",
            "Let your chest turn towards the ceiling as far as is comfortable.",
            "Return slowly like closing a book.",
        ],
        "regions": [("thoracic-spine", "primary"), ("neck", "secondary")],
        "equipment": ["mat"],
        "updates": [("2020-10-02", "new", "First published.")],
        "published_at": "2020-10-02",
    },
    {
        "slug": "chin-tuck",
        "title": "Chin tuck",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Sliding the head straight back strengthens the deep front "
        "neck muscles that screens and phones let go slack.",
        "aliases": "Neck retraction",
        "hold_seconds_min": 3,
        "hold_seconds_max": 5,
        "reps_min": 10,
        "frequency": "twice_daily",
        "cautions": "Stop and get checked if the movement brings on dizziness, "
        "tingling in the arms or changes in vision.",
        "steps": [
            "Sit or stand tall with your eyes level.",
            "Glide your head straight back, making a gentle double chin.",
            "Keep your gaze level; do not tip the head down.",
            "Hold, then relax forward to the start.",
        ],
        "regions": [("neck", "primary"), ("thoracic-spine", "secondary")],
        "equipment": [],
        "updates": [("2021-06-14", "new", "First published.")],
        "published_at": "2021-06-14",
    },
    {
        "slug": "strap-hamstring-stretch",
        "title": "Lying hamstring stretch with a strap",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Using a strap lets you stretch the back of the thigh without "
        "rounding or straining the lower back.",
        "hold_seconds_min": 30,
        "reps_min": 2,
        "per_side": True,
        "frequency": "daily",
        "easier_note": "Keep a soft bend in the raised knee.",
        "cautions": "A stretch is felt in the back of the thigh; pain or tingling "
        "down the leg means ease off.",
        "steps": [
            "Lie on your back and loop a strap or towel around one foot.",
            "Straighten that leg up towards the ceiling, holding the strap ends.",
            "Keep the other leg bent with the foot on the floor, or straight if "
            "that is comfortable.",
            "Hold where you feel a steady stretch, then swap sides.",
        ],
        "regions": [("hamstrings", "primary"), ("lower-back", "secondary")],
        "equipment": ["mat", "strap"],
        "updates": [("2018-02-26", "new", "First published.")],
        "published_at": "2018-02-26",
    },
]

CONDITIONS = [
    {
        "slug": "tight-hip-flexors",
        "featured": True,
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
            (
                "dead-bug",
                "caution",
                "Tight hip flexors pull the back into an arch as the legs lower; keep the range small.",
            ),
        ],
        "updates": [("2022-06-10", "new", "First published.")],
        "published_at": "2022-06-10",
    },
    {
        "slug": "back-spasms-and-trigger-points",
        "featured": True,
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
    {
        "slug": "psoriatic-arthritis-of-the-spine",
        "title": "Psoriatic arthritis of the spine",
        "other_names": "Axial psoriatic arthritis\nPsoriatic spondylitis",
        "summary": "In a minority of people with psoriatic arthritis the "
        "inflammation reaches the spine and pelvis, causing stiffness that eases "
        "with movement and, over years, a risk of bones fusing.",
        "symptoms": "- Back or buttock pain that is worst after rest and in the "
        "early morning\n"
        "- Stiffness lasting more than half an hour after getting up\n"
        "- Pain that improves with activity rather than rest\n"
        "- Pain that wakes you in the second half of the night\n"
        "- Often, psoriasis of the skin or nails and swollen fingers or toes",
        "causes": "Psoriatic arthritis is an immune condition linked to "
        "psoriasis. Most people with it have arthritis in the hands, feet or "
        "knees; only a minority develop inflammation in the joints of the spine "
        "and the sacroiliac joints of the pelvis.[^1] Long-lasting inflammation "
        "can lead the body to lay down new bone, bridging vertebrae so that "
        "parts of the spine fuse and lose movement.",
        "treatment": "Diagnosis and medicines belong with a rheumatologist: "
        "anti-inflammatory drugs and, when needed, targeted biological "
        "treatments can calm inflammation. Daily movement matters too. Regular "
        "mobility and strength work, good posture habits and staying active "
        "help keep the spine moving and may limit stiffness.[^2]",
        "body": "Exercise here supports medical treatment; it does not replace "
        "it. Move gently during a flare and build up again as it settles.\n\n"
        "[^1]: Estimates vary with how spinal involvement is defined, but most "
        "studies find it in well under half of people with psoriatic arthritis.\n"
        "[^2]: Exercise is part of the usual advice for inflammatory back pain "
        "alongside medication.",
        "urgent_care": "Go to an emergency department if you have new severe "
        "back or neck pain after even a minor fall or jolt: a stiff or fused "
        "spine breaks more easily and the break can be missed. Seek urgent care "
        "for numbness or weakness in the arms or legs, loss of bladder or bowel "
        "control, or a painful red eye with blurred vision.",
        "regions": ["lower-back", "thoracic-spine", "neck", "pelvis"],
        "exercises": [
            (
                "cat-cow",
                "helps",
                "Takes the whole spine gently through its range each day.",
            ),
            (
                "open-book-rotation",
                "helps",
                "Keeps the upper back turning, which stiffness tends to take first.",
            ),
            (
                "chin-tuck",
                "helps",
                "Counters the head drifting forward as the upper back stiffens.",
            ),
            (
                "childs-pose",
                "caution",
                "Never force the position; a fused spine will not bend further.",
            ),
        ],
        "updates": [
            ("2011-05-09", "new", "First published."),
            (
                "2019-08-21",
                "science",
                "Updated the section on how often the spine is involved.",
            ),
            (
                "2025-10-01",
                "review",
                "Reviewed by a physiotherapist; urgent-care signs expanded.",
            ),
        ],
        "published_at": "2011-05-09",
    },
    {
        "slug": "it-band-syndrome",
        "featured": True,
        "title": "IT band syndrome",
        "other_names": "Iliotibial band syndrome\nITBS\nRunner's knee (outer)",
        "summary": "An overuse problem of runners and cyclists that causes sharp "
        "pain on the outside of the knee, usually after a set distance.",
        "symptoms": "- Pain on the outer side of the knee that starts at a "
        "predictable point in a run or ride\n"
        "- Worse running downhill or on stairs\n"
        "- Tenderness just above the outer knee joint",
        "causes": "Repeated bending and straightening of the knee under load, "
        "often after a sudden jump in mileage, hills or a new training surface. "
        "Weak outer hip muscles let the knee drift inward and add to the strain.",
        "treatment": "Cut back the activity that provokes pain for a while rather "
        "than stopping all exercise, strengthen the outer hip, then return "
        "gradually. Stretching and self-massage can ease symptoms. Two "
        "neighbours are worth knowing: pain around or behind the kneecap is "
        "more often patellofemoral pain, and pain over the bony point of the "
        "outer hip is usually greater trochanteric pain (once called hip "
        "bursitis). Both are treated differently, so get persistent pain "
        "assessed.",
        "urgent_care": "See a doctor the same day if the knee swells quickly after "
        "a twist, locks or gives way, if you cannot take weight on the leg, or "
        "if the knee is hot and red and you feel unwell or feverish.",
        "regions": ["it-band", "hips"],
        "exercises": [
            (
                "clamshell",
                "helps",
                "Builds the outer hip strength that keeps the knee tracking well.",
            ),
            (
                "standing-it-band-stretch",
                "helps",
                "Eases tension where the band starts at the hip.",
            ),
            ("glute-bridge", "helps", "Strengthens the hip extensors runners rely on."),
            (
                "seated-hip-rotator-stretch",
                "caution",
                "Skip it if pressure on the outer hip is painful.",
            ),
        ],
        "updates": [
            ("2014-03-17", "new", "First published."),
            (
                "2023-05-30",
                "major",
                "Added how to tell it from kneecap and outer-hip pain.",
            ),
        ],
        "published_at": "2014-03-17",
    },
    {
        "slug": "ischiofemoral-impingement",
        "title": "Ischiofemoral impingement",
        "other_names": "IFI\nQuadratus femoris impingement",
        "summary": "Deep buttock pain caused by a narrow gap between the sitting "
        "bone and the top of the thigh bone, which pinches the muscle in "
        "between.",
        "symptoms": "- Deep pain in the buttock or groin, sometimes spreading down "
        "the back of the thigh\n"
        "- Worse with long strides, fast walking or standing with the leg "
        "behind you\n"
        "- Can feel like sciatica but without back pain",
        "causes": "The space between the ischium (sitting bone) and the lesser "
        "trochanter of the thigh bone is narrower in some people, by build, "
        "after hip surgery or with changes in how the pelvis moves. When the "
        "hip extends and turns, the quadratus femoris muscle in the gap is "
        "squeezed and irritated. An MRI scan is usually needed to confirm it.",
        "treatment": "Most people improve without surgery: shorter strides for a "
        "while, avoiding positions that bring on the pain, and physiotherapy "
        "that strengthens the buttock and outer hip muscles and improves "
        "pelvic control. A specialist may offer an image-guided injection. "
        "Surgery is kept for the few who do not improve.",
        "urgent_care": "Seek urgent care if buttock or leg pain comes with "
        "numbness around the genitals or buttocks, new loss of bladder or bowel "
        "control, or weakness in the leg; if you cannot bear weight after a "
        "fall; or if you have a fever with severe hip pain.",
        "regions": ["glutes", "hips"],
        "exercises": [
            ("clamshell", "helps", "Strengthens the outer hip to steady the pelvis."),
            (
                "glute-bridge",
                "helps",
                "Builds buttock strength without taking the hip far behind you.",
            ),
            (
                "kneeling-hip-flexor-stretch",
                "caution",
                "Deep hip extension narrows the gap; keep the lunge short.",
            ),
        ],
        "updates": [("2016-11-07", "new", "First published.")],
        "published_at": "2016-11-07",
    },
]
