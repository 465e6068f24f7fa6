"""Demo exercises and stretches, in our own words; sources in sources.py."""

from . import sources

EQUIPMENT = [
    ("mat", "Exercise mat"),
    ("foam-roller", "Foam roller"),
    ("chair", "Chair"),
    ("strap", "Strap or towel"),
    ("band", "Resistance band"),
    ("kettlebell", "Kettlebell"),
    ("dumbbell", "Dumbbell"),
    ("step", "Step or stair"),
    ("dowel", "Broom handle or dowel"),
]

# Each exercise: fields, then lists for steps, regions (slug, role), equipment,
# variants and the update log (date, kind, text). Easier and harder options are
# exercise slugs and always go both ways: if A's harder option is B, B's easier
# option is A.
EXERCISES = [
    # Existing exercises
    {
        "slug": "bird-dog",
        "title": "Bird dog",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "A slow reach of the opposite arm and leg on all fours. You "
        "practise keeping your trunk steady while your arms and legs move.",
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
        "body": "The bird dog asks the muscles around your trunk to keep your "
        "back level while your arms and legs move. You use the same skill when "
        "you carry shopping or climb stairs.\n\n"
        "Exercises like this one are often called motor control exercise. They "
        "can help long-lasting back pain, but so do other kinds of exercise.[^1] "
        "If you have [[condition:non-specific-low-back-pain|low back pain]], "
        "choose the exercise you will keep doing.\n\n"
        "[^1]: Motor control exercise probably eases long-lasting low back pain "
        "more than minimal care, but no more than other kinds of exercise. "
        + sources.SARAGIOTTO_2016,
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
            (
                "2026-11-10",
                "review",
                "Reviewed by a physiotherapist. Added a source and said that "
                "other kinds of exercise help about as much.",
            ),
        ],
        "published_at": "2009-03-14",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "seated-hip-rotator-stretch",
        "title": "Seated hip rotator stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A chair-friendly stretch for the buttock and the deep "
        "muscles at the back of the hip. Leaning further forward, or moving the "
        "knee, changes what the hip does and where you feel the stretch.",
        "aliases": "Figure-four stretch\nSeated piriformis stretch",
        "hold_seconds_min": 30,
        "reps_min": 2,
        "reps_max": 3,
        "per_side": True,
        "frequency": "daily",
        "harder_note": "Try the lying figure-four stretch on the floor, where you "
        "can pull the thigh closer.",
        "cautions": "If you have had a hip replacement, ask your surgeon or "
        "physiotherapist first: you may have been told not to cross your legs "
        "or bend the hip far.\n"
        "Ease off if you feel a pinch at the front of the hip.\n"
        "Rest the ankle, not the shin, on the other knee, and stop if the knee "
        "hurts.",
        "body": "With your ankle on the other knee, the hip is bent and turned "
        "out. In that position the buttock muscles, and the deep muscles behind "
        "the hip, are put on a gentle stretch. The variants below change how far "
        "the hip bends, turns out or moves across the body. Move your knee and "
        "your trunk, not your foot: turning the foot hardly changes the hip.\n\n"
        "A held stretch usually lets you move a little further for a while "
        "afterwards.[^1] Choose the version that feels like a stretch, not "
        "pain.\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
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
                "slug": "lean-further-forward",
                "name": "Lean further forward",
                "change": "Keep the shin across your thigh and hinge further "
                "forward from the hips. The hip bends more while it stays turned "
                "out.",
                "emphasis": "Stretches the buttock muscles, including the deep "
                "ones behind the hip such as the piriformis",
                "instructions": "Lead with your chest and keep your back long. "
                "Most people feel this deep in the middle of the buttock.",
            },
            {
                "slug": "knee-to-opposite-shoulder",
                "name": "Knee towards the opposite shoulder",
                "change": "Lift the foot off your knee. Hug the knee with both "
                "arms and draw it up and across towards the opposite shoulder. "
                "The hip stays bent and moves across the body.",
                "emphasis": "Stretches the outer back of the buttock, including "
                "the muscles that steady the hip from the side",
                "instructions": "Skip this version if you have had a hip "
                "replacement, or if you have pain on the outside of the hip: "
                "bringing the thigh across the body presses on the tendons "
                "there. Ease off if the front of the hip pinches.",
            },
            {
                "slug": "upright-knee-lowers",
                "name": "Sit upright and let the knee lower",
                "change": "Sit tall without leaning. Let the crossed knee sink "
                "towards the floor, or ease it down with a light hand. The hip "
                "turns out further.",
                "emphasis": "Stretches the muscles that stop the hip turning out "
                "further; you may feel it in the buttock or the inner thigh",
                "instructions": "This is the gentlest version. Press only lightly "
                "on the knee, and stop if the knee itself hurts.",
            },
        ],
        "updates": [
            ("2021-02-01", "new", "First published."),
            (
                "2026-11-10",
                "correction",
                "A physiotherapist pointed out that turning the foot barely "
                "changes the hip. The variants now describe what the hip does "
                "and what each one stretches.",
            ),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Clearer advice for people who "
                "have had a hip replacement.",
            ),
        ],
        "published_at": "2021-02-01",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "kneeling-hip-flexor-stretch",
        "title": "Kneeling hip flexor stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Stretches the front of the hip without arching the lower "
        "back. Many people feel tight here after a day of sitting, though "
        "whether sitting really shortens these muscles is debated.",
        "hold_seconds_min": 30,
        "hold_seconds_max": 45,
        "reps_min": 2,
        "per_side": True,
        "frequency": "twice_daily",
        "cautions": "Put a folded towel under the knee if kneeling hurts.\n"
        "Keep the stretch at the front of the hip; if your lower back pinches, "
        "tuck your tailbone more and lean forward less.",
        "body": "The muscles at the front of the hip lift your thigh. Many people "
        "feel them pull after sitting for a long time. It is often said that "
        "sitting makes them shorter, but that has not been shown clearly, and "
        "sitting posture has not been shown to cause back pain.[^1] Read more in "
        "[[condition:tight-hip-flexors|tight hip flexors]].\n\n"
        "Either way, a held stretch usually eases the tight feeling and lets the "
        "hip move a little further for a while.[^2] Tucking the tailbone under "
        "keeps the stretch at the hip rather than in the lower back.\n\n"
        "[^1]: Reviews have found no agreement that sitting or other postures "
        "cause low back pain. " + sources.SWAIN_2020 + "\n"
        "[^2]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
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
        "updates": [
            ("2022-06-10", "new", "First published."),
            (
                "2026-11-10",
                "correction",
                "We no longer say that sitting shortens the front of the hip: "
                "that is debated. Added sources.",
            ),
        ],
        "published_at": "2022-06-10",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "glute-bridge",
        "title": "Glute bridge",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Lifting your hips from the floor strengthens the buttock "
        "muscles. Many people with back pain find it a comfortable place to "
        "start.",
        "hold_seconds_min": 3,
        "reps_min": 10,
        "reps_max": 12,
        "sets": 2,
        "frequency": "alternate_days",
        "easier_option": "pelvic-tilt",
        "easier_note": "Or lift your hips only a little way.",
        "harder_option": "single-leg-glute-bridge",
        "harder_note": "Or hold each lift for up to 10 seconds.",
        "cautions": "If the back of your thigh cramps, bring your feet a little "
        "closer to your bottom.\n"
        "Stop at a straight line; arching higher puts the work into your lower "
        "back.",
        "body": "The bridge works the buttock muscles, with help from the back "
        "of the thigh. It is easy to make smaller or bigger, so it suits many "
        "people with back pain.\n\n"
        "Exercise is one of the main treatments for long-lasting low back "
        "pain.[^1] No one exercise is known to be best, so pick ones you enjoy "
        "and can keep doing.\n\n"
        "[^1]: Exercise therapy probably eases pain in long-lasting low back "
        "pain compared with no treatment or usual care. " + sources.HAYDEN_2021,
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
        "updates": [
            ("2020-01-15", "new", "First published."),
            (
                "2026-11-10",
                "review",
                "Reviewed by a physiotherapist. Added a source, cautions and "
                "links to the easier and harder exercises.",
            ),
        ],
        "published_at": "2020-01-15",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "cat-cow",
        "title": "Cat-cow",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A gentle rocking of the spine between rounded and arched. "
        "Many people like it for morning stiffness.",
        "reps_min": 8,
        "reps_max": 10,
        "frequency": "as_needed",
        "cautions": "Stay in the range that feels easy; you do not need to reach "
        "the end of either position.\n"
        "Put a folded towel under your knees if kneeling hurts.",
        "body": "Cat-cow moves your whole spine, one small step at a time, "
        "without any load. It is a calm way to get moving when your back feels "
        "stiff.\n\n"
        "Guidelines suggest exercise as part of looking after low back pain, and "
        "say the type should suit the person.[^1] If this one feels good, keep "
        "it.\n\n"
        "[^1]: UK guidance suggests exercise programmes for low back pain, "
        "chosen to fit each person's needs, wishes and abilities. " + sources.NICE_NG59,
        "steps": [
            "Start on all fours with a neutral back.",
            "Breathe out and round your back towards the ceiling, letting your "
            "head drop.",
            "Breathe in and let your belly sink as you lift your chest and gaze.",
            "Move slowly between the two, staying within a comfortable range.",
        ],
        "regions": [("lower-back", "primary"), ("thoracic-spine", "primary")],
        "equipment": ["mat"],
        "updates": [
            ("2019-11-03", "new", "First published."),
            ("2026-11-10", "review", "Reviewed by a physiotherapist. Added a source."),
        ],
        "published_at": "2019-11-03",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "childs-pose",
        "title": "Child's pose",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A resting position that gently stretches the back and hips. "
        "Many people find it calming.",
        "hold_seconds_min": 30,
        "hold_seconds_max": 60,
        "frequency": "as_needed",
        "cautions": "Widen your knees or rest your chest on a cushion if your "
        "knees or hips complain.\n"
        "Skip it if you have had a hip replacement and been told not to bend the "
        "hip far.\n"
        "If you have osteoporosis or have had a spinal fracture, ask a "
        "physiotherapist first.",
        "body": "Sitting back towards your heels bends your hips and rounds your "
        "back. With your forehead resting, you can breathe slowly and let go.\n\n"
        "A held stretch usually lets you move a little further for a short "
        "time.[^1] The calm feeling is real for many people, but it has not been "
        "measured well.\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
        "steps": [
            "Kneel and sit back towards your heels.",
            "Walk your hands forward and let your chest sink towards the floor.",
            "Rest your forehead on the floor or a cushion and breathe into your back.",
        ],
        "regions": [("lower-back", "primary"), ("hips", "secondary")],
        "equipment": ["mat"],
        "updates": [
            ("2019-11-03", "new", "First published."),
            ("2026-11-10", "review", "Reviewed by a physiotherapist. Added a source."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added a caution for people with "
                "osteoporosis.",
            ),
        ],
        "published_at": "2019-11-03",
        "last_reviewed_on": "2026-11-14",
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
        "harder_option": "front-plank",
        "cautions": "Lower the leg only as far as your back stays on the floor.\n"
        "Breathe out as you lower; do not hold your breath.",
        "body": "The dead bug trains your trunk to stay steady while your arms "
        "and legs move. Lying down makes it easy to feel when your back starts "
        "to arch.\n\n"
        "It is a common move in Pilates and in motor control classes. These can "
        "help long-lasting back pain, though not clearly more than other "
        "exercise.[^1]\n\n"
        "[^1]: Motor control exercise probably eases long-lasting low back pain "
        "more than minimal care, but no more than other kinds of exercise. "
        + sources.SARAGIOTTO_2016,
        "steps": [
            "Lie on your back with arms pointing at the ceiling and knees bent "
            "above your hips.",
            "Press your lower back gently into the floor.",
            "Slowly lower one arm overhead and the opposite leg towards the floor.",
            "Return and repeat with the other pair.",
        ],
        "regions": [("core", "primary"), ("lower-back", "secondary")],
        "equipment": ["mat"],
        "updates": [
            ("2023-04-18", "new", "First published."),
            (
                "2026-11-10",
                "review",
                "Reviewed by a physiotherapist. Added a source, cautions and a "
                "link to the harder exercise.",
            ),
        ],
        "published_at": "2023-04-18",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "standing-it-band-stretch",
        "title": "Standing outer hip stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A standing side bend, with one leg crossed behind, that you "
        "feel along the outer hip. It is not for everyone: skip it if you have "
        "pain on the outside of the hip or deep in the buttock.",
        "aliases": "IT band stretch\nCrossed-leg side bend",
        "hold_seconds_min": 20,
        "hold_seconds_max": 30,
        "reps_min": 2,
        "per_side": True,
        "frequency": "daily",
        "cautions": "Skip it if you have pain on the outside of the hip, such as "
        "gluteal tendinopathy or greater trochanteric pain syndrome.\n"
        "Skip it if you have pain deep in the buttock, or have been told you have "
        "ischiofemoral impingement.\n"
        "Do not push the hip far out to the side; a mild stretch is enough.\n"
        "Stop if you feel pain, rather than a stretch, at the side of the hip.",
        "body": "Crossing one leg behind the other and pushing that hip out "
        "brings the thigh across the body. This presses the tendons at the outer "
        "hip against the bone. If those tendons are sore, that can make the pain "
        "worse.[^1] See "
        "[[condition:greater-trochanteric-pain-syndrome|outer hip pain]] for "
        "other options.\n\n"
        "The position also closes the gap between the sitting bone and the thigh "
        "bone. That matters if you have "
        "[[condition:ischiofemoral-impingement|ischiofemoral impingement]].\n\n"
        "The IT band itself is a thick, tough band. It is not clear how much a "
        "stretch changes it; any ease you feel may come from the muscles "
        "nearby. Exercise for IT band pain usually puts hip strength "
        "first.[^2]\n\n"
        "[^1]: Positions that bring the thigh across the body, including stretches "
        "for the outer hip, press the gluteal tendons against the bone and can "
        "irritate them. " + sources.GRIMALDI_2015 + "\n"
        "[^2]: A review of IT band pain in runners looks at exercise for the "
        "hip, such as strength work, as treatment. " + sources.BAKER_2016,
        "steps": [
            "Stand beside a wall and cross the leg nearest the wall behind the other.",
            "Move the hip nearest the wall a little way out to the side while "
            "leaning your upper body away.",
            "Stop at a mild stretch along the outside of the hip and hold.",
            "Come back to standing, then turn round and swap sides.",
        ],
        "regions": [("it-band", "primary"), ("hips", "secondary")],
        "equipment": [],
        "updates": [
            ("2022-08-30", "new", "First published."),
            (
                "2026-11-10",
                "correction",
                "Added cautions: this position presses on the tendons at the "
                "outer hip and narrows the space behind the hip. Added sources.",
            ),
            (
                "2026-11-14",
                "correction",
                "Our source does not say how much stretching changes the IT "
                "band, so we no longer cite it for that. It is not clear.",
            ),
        ],
        "published_at": "2022-08-30",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "pelvic-tilt",
        "title": "Pelvic tilt",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "A tiny rocking of the pelvis while lying down. Many people "
        "find it eases a stiff lower back, and it helps you feel how your pelvis "
        "moves.",
        "aliases": "Lying pelvic tilt\nBack flattening",
        "hold_seconds_min": 5,
        "reps_min": 8,
        "reps_max": 10,
        "frequency": "twice_daily",
        "harder_option": "glute-bridge",
        "cautions": "Keep the movement small and easy; it should not hurt.",
        "body": "The pelvic tilt is one of the smallest exercises there is. It "
        "moves the lower back gently while you lie still and supported. That "
        "makes it a good first step on a sore day.\n\n"
        "Pilates classes often start with moves like this. Pilates may ease low "
        "back pain a little, but it has not been shown to beat other "
        "exercise.[^1]\n\n"
        "[^1]: Pilates probably eases low back pain a little compared with "
        "minimal care; it is not clearly better than other exercise. "
        + sources.YAMATO_2015,
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
        "updates": [
            ("2017-09-05", "new", "First published."),
            ("2026-11-10", "review", "Reviewed by a physiotherapist. Added a source."),
        ],
        "published_at": "2017-09-05",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "single-knee-to-chest",
        "title": "Single knee-to-chest stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Hugging one knee in gives a gentle stretch to the lower back "
        "and the buttock on the same side.",
        "hold_seconds_min": 20,
        "hold_seconds_max": 30,
        "reps_min": 2,
        "reps_max": 3,
        "per_side": True,
        "frequency": "daily",
        "harder_option": "double-knee-to-chest",
        "cautions": "Hold behind the thigh, not over the kneecap, if your knee "
        "is sore.\n"
        "Ease off if you feel a pinch at the front of the hip.\n"
        "If you have had a hip replacement, ask your surgeon or physiotherapist "
        "first: you may have been told not to bend the hip far.",
        "body": "Drawing one knee up bends that hip and rounds the lower back a "
        "little. The other leg stays down, so the stretch is mild.\n\n"
        "A held stretch usually lets you move a little further for a while "
        "afterwards.[^1]\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
        "steps": [
            "Lie on your back with both knees bent.",
            "Bring one knee towards your chest and hold it with both hands.",
            "Let the other leg rest, bent or straight, whichever is easier.",
            "Breathe out as you draw the knee a little closer, then swap sides.",
        ],
        "regions": [("lower-back", "primary"), ("glutes", "secondary")],
        "equipment": ["mat"],
        "updates": [
            ("2017-09-05", "new", "First published."),
            ("2026-11-10", "review", "Reviewed by a physiotherapist. Added a source."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added a caution for people who "
                "have had a hip replacement.",
            ),
        ],
        "published_at": "2017-09-05",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "clamshell",
        "title": "Clamshell",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Opening the top knee while lying on your side strengthens the "
        "outer hip muscles that help steady your pelvis when you walk.",
        "reps_min": 12,
        "reps_max": 15,
        "sets": 2,
        "per_side": True,
        "frequency": "alternate_days",
        "easier_option": "standing-isometric-hip-abduction",
        "harder_option": "side-lying-hip-abduction",
        "harder_note": "Or loop a light resistance band just above the knees.",
        "cautions": "If you have pain on the outside of the hip, put a pillow "
        "between your knees so the top leg does not drop across.\n"
        "If lying on the sore hip hurts, start with the standing version instead.",
        "body": "The clamshell works the muscles on the outside and back of the "
        "hip. They help keep your pelvis level when you stand on one leg.\n\n"
        "If you have [[condition:greater-trochanteric-pain-syndrome|outer hip "
        "pain]], mind the starting position. When the top thigh drops across "
        "the body, it presses on the tendons at the side of the hip.[^1] A "
        "pillow between the knees helps.\n\n"
        "[^1]: Positions that bring the thigh across the body press the gluteal "
        "tendons against the bone and can irritate them. " + sources.GRIMALDI_2015,
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
            (
                "2026-11-10",
                "review",
                "Reviewed by a physiotherapist. Added cautions for outer hip pain "
                "and a source.",
            ),
        ],
        "published_at": "2015-04-20",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "open-book-rotation",
        "title": "Open book rotation",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A side-lying twist that moves your upper back through "
        "rotation. Many people find it eases stiffness between the shoulder "
        "blades.",
        "aliases": "Thoracic rotation\nSide-lying chest opener",
        "reps_min": 8,
        "reps_max": 10,
        "per_side": True,
        "frequency": "daily",
        "cautions": "Put a pillow under your head so your neck stays level.\n"
        "Let the arm go only as far as your shoulder is comfortable.",
        "body": "Keeping the knees stacked holds the lower back still. The twist "
        "then comes mostly from your upper back, with the chest and shoulder "
        "along for the ride.\n\n"
        "Moving through a range again and again usually lets you move a little "
        "further for a while.[^1]\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
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
        "updates": [
            ("2020-10-02", "new", "First published."),
            ("2026-11-10", "review", "Reviewed by a physiotherapist. Added a source."),
        ],
        "published_at": "2020-10-02",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "chin-tuck",
        "title": "Chin tuck",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Sliding the head straight back works the deep muscles at the "
        "front of the neck.",
        "aliases": "Neck retraction",
        "hold_seconds_min": 3,
        "hold_seconds_max": 5,
        "reps_min": 10,
        "frequency": "twice_daily",
        "cautions": "Stop and get checked if the movement brings on dizziness, "
        "tingling in the arms or changes in vision.",
        "body": "The chin tuck is small and quiet. You can do it at a desk or in "
        "the car. It works the deep muscles that hold your head over your "
        "neck.\n\n"
        "Exercises that build strength and staying power in the neck and "
        "shoulders may ease long-lasting neck pain.[^1] It is often said that "
        "looking down at phones causes neck pain, but that is debated.\n\n"
        "[^1]: Strength and endurance exercises for the neck and shoulders may "
        "ease long-lasting neck pain, though much of the research is small. "
        + sources.GROSS_2015,
        "steps": [
            "Sit or stand tall with your eyes level.",
            "Glide your head straight back, making a gentle double chin.",
            "Keep your gaze level; do not tip the head down.",
            "Hold, then relax forward to the start.",
        ],
        "regions": [("neck", "primary"), ("thoracic-spine", "secondary")],
        "equipment": [],
        "updates": [
            ("2021-06-14", "new", "First published."),
            (
                "2026-11-10",
                "review",
                "Reviewed by a physiotherapist. We no longer say that phones "
                "weaken the neck: that is debated. Added a source.",
            ),
        ],
        "published_at": "2021-06-14",
        "last_reviewed_on": "2026-11-10",
    },
    {
        "slug": "strap-hamstring-stretch",
        "title": "Lying hamstring stretch with a strap",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "A strap lets you stretch the back of the thigh while your "
        "back rests on the floor.",
        "hold_seconds_min": 30,
        "reps_min": 2,
        "per_side": True,
        "frequency": "daily",
        "easier_note": "Keep a soft bend in the raised knee.",
        "cautions": "A stretch is felt in the back of the thigh; pain or tingling "
        "down the leg means ease off.",
        "body": "Lying down takes the weight off your back, so you can relax "
        "into the stretch. The strap does the holding for you.\n\n"
        "If you feel tingling rather than a stretch, you may be pulling on a "
        "nerve, not a muscle. See the [[exercise:sciatic-nerve-glide]] for a "
        "gentler way to move it.\n\n"
        "A held stretch usually lets you move a little further for a while "
        "afterwards.[^1]\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
        "steps": [
            "Lie on your back and loop a strap or towel around one foot.",
            "Straighten that leg up towards the ceiling, holding the strap ends.",
            "Keep the other leg bent with the foot on the floor, or straight if "
            "that is comfortable.",
            "Hold where you feel a steady stretch, then swap sides.",
        ],
        "regions": [("hamstrings", "primary"), ("lower-back", "secondary")],
        "equipment": ["mat", "strap"],
        "updates": [
            ("2018-02-26", "new", "First published."),
            ("2026-11-10", "review", "Reviewed by a physiotherapist. Added a source."),
        ],
        "published_at": "2018-02-26",
        "last_reviewed_on": "2026-11-10",
    },
    # New exercises
    {
        "slug": "single-leg-glute-bridge",
        "title": "Single-leg glute bridge",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "The glute bridge on one leg. Each buttock does the work on "
        "its own, and your trunk has to keep the pelvis level.",
        "aliases": "One-leg bridge\nSingle-leg hip lift",
        "hold_seconds_min": 2,
        "hold_seconds_max": 3,
        "reps_min": 6,
        "reps_max": 10,
        "sets": 2,
        "per_side": True,
        "frequency": "alternate_days",
        "easier_option": "glute-bridge",
        "harder_note": "Rest your upper back on a sofa or sturdy bench so the "
        "hips travel further.",
        "cautions": "If the back of your thigh cramps, bring your foot closer to "
        "your bottom.\n"
        "Stop if one side of your pelvis drops and you cannot keep it level; go "
        "back to the two-leg bridge for a while.\n"
        "Stop if pain spreads down a leg.",
        "body": "Working one leg at a time doubles the load on that side. It "
        "also shows you if one side is weaker. Keep the pelvis level, like a "
        "tray you do not want to tip.\n\n"
        "Strength work like this is a common part of exercise plans for "
        "long-lasting low back pain.[^1]\n\n"
        "[^1]: Exercise therapy probably eases pain in long-lasting low back "
        "pain compared with no treatment or usual care. " + sources.HAYDEN_2021,
        "steps": [
            "Lie on your back with knees bent and feet flat, hip-width apart.",
            "Lift one foot and hold that knee above your hip, or straighten the "
            "leg towards the ceiling.",
            "Press through the heel on the floor and lift your hips until your "
            "body is straight from knee to shoulder.",
            "Keep both sides of your pelvis level as you hold.",
            "Lower slowly, finish your repetitions, then swap legs.",
        ],
        "regions": [
            ("glutes", "primary"),
            ("hamstrings", "secondary"),
            ("core", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2020-03-02", "new", "First published.")],
        "published_at": "2020-03-02",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "side-plank-from-knees",
        "title": "Side plank from the knees",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "A short side plank with the knees bent. It works the muscles "
        "along the side of your trunk and hip with less load than the full "
        "version.",
        "aliases": "Half side plank\nModified side plank\nKneeling side plank",
        "hold_seconds_min": 10,
        "hold_seconds_max": 20,
        "reps_min": 3,
        "reps_max": 5,
        "per_side": True,
        "frequency": "alternate_days",
        "harder_option": "side-plank",
        "easier_note": "Lift your hips for just a second or two, then lower and "
        "repeat.",
        "cautions": "Skip it or keep it short if leaning on your shoulder hurts.\n"
        "Breathe normally; do not hold your breath.\n"
        "If your lower hip is sore to lie on, put a folded towel under it.",
        "body": "Lifting the hips from the side works the muscles between your "
        "ribs and pelvis, and those on the outside of the lower hip. With the "
        "knees bent, the lever is short, so the load is light.\n\n"
        "Trunk exercises like this are one of many kinds of exercise that can "
        "help back pain.[^1]\n\n"
        "[^1]: Exercise therapy probably eases pain in long-lasting low back "
        "pain compared with no treatment or usual care. " + sources.HAYDEN_2021,
        "steps": [
            "Lie on your side with your elbow under your shoulder and your knees "
            "bent behind you.",
            "Stack your hips and shoulders so your body faces straight ahead.",
            "Press your forearm and knee into the floor and lift your hips until "
            "your body is straight from knee to head.",
            "Hold, breathing steadily, then lower gently.",
            "Turn over and repeat on the other side.",
        ],
        "regions": [
            ("core", "primary"),
            ("glutes", "secondary"),
            ("lower-back", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2019-05-13", "new", "First published.")],
        "published_at": "2019-05-13",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "side-plank",
        "title": "Side plank",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "Holding your body straight on one forearm and the side of "
        "your feet. It works the side of your trunk and the outer hip.",
        "aliases": "Full side plank\nSide bridge",
        "hold_seconds_min": 10,
        "hold_seconds_max": 30,
        "reps_min": 3,
        "reps_max": 5,
        "per_side": True,
        "frequency": "alternate_days",
        "easier_option": "side-plank-from-knees",
        "harder_option": "suitcase-carry",
        "harder_note": "Or lift the top leg a little while you hold.",
        "cautions": "Skip it or keep it short if leaning on your shoulder hurts.\n"
        "Breathe normally; do not hold your breath.\n"
        "Stop before your hips start to sag.",
        "body": "With the legs straight, the lever is long and the trunk muscles "
        "work harder than in the kneeling version. Several short holds with good "
        "form beat one long, sagging one.\n\n"
        "Side planks are a fine way to build strength. Many people believe a "
        "weak core causes back pain, but the evidence does not back this "
        "up.[^1]\n\n"
        "[^1]: A weak core has not been shown to cause back pain. Strong trunk "
        "muscles are good, but it also helps to relax them when they are not "
        "needed. " + sources.OSULLIVAN_2020,
        "steps": [
            "Lie on your side with your elbow under your shoulder and your legs "
            "straight, one foot on top of the other.",
            "Stagger your feet, top foot in front, if that feels steadier.",
            "Lift your hips until your body is straight from head to heels.",
            "Hold, breathing steadily, without letting your hips drop or roll back.",
            "Lower gently, then turn over and repeat.",
        ],
        "regions": [
            ("core", "primary"),
            ("glutes", "secondary"),
            ("lower-back", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2019-05-13", "new", "First published.")],
        "published_at": "2019-05-13",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "front-plank",
        "title": "Front plank",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "Holding your body straight on your forearms and toes. It "
        "works the muscles at the front of your trunk and teaches you to keep "
        "your back still.",
        "aliases": "Plank\nForearm plank\nProne bridge",
        "hold_seconds_min": 10,
        "hold_seconds_max": 30,
        "reps_min": 3,
        "reps_max": 5,
        "frequency": "alternate_days",
        "easier_option": "dead-bug",
        "easier_note": "Or hold the plank with your knees on the floor.",
        "harder_note": "Or lift one foot a little way for a few seconds, then swap.",
        "cautions": "Breathe normally; do not hold your breath.\n"
        "Stop if your lower back starts to sag or ache.\n"
        "If you have high blood pressure, keep the holds short and breathe "
        "steadily.",
        "body": "The plank asks the muscles at the front of your trunk to stop "
        "your back from sagging. Keep the holds short and good rather than long "
        "and shaky.\n\n"
        "A plank is one of many ways to build strength. The idea that a weak "
        "core causes back pain is not backed by the evidence, so there is no "
        "need to push through long holds.[^1]\n\n"
        "[^1]: A weak core has not been shown to cause back pain. Strong trunk "
        "muscles are good, but it also helps to relax them when they are not "
        "needed. " + sources.OSULLIVAN_2020,
        "steps": [
            "Lie face down with your elbows under your shoulders.",
            "Tuck your toes under and tighten your tummy and buttocks a little.",
            "Lift your body so it is straight from head to heels.",
            "Hold, breathing steadily, with your eyes on the floor.",
            "Lower your knees to the floor to rest.",
        ],
        "regions": [
            ("core", "primary"),
            ("glutes", "secondary"),
            ("lower-back", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2018-09-24", "new", "First published.")],
        "published_at": "2018-09-24",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "prone-press-up",
        "title": "Prone press-up",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Lying face down, you press your chest up on your hands and "
        "let your lower back arch gently. Some people with back pain find it "
        "eases; others find it does not suit them.",
        "aliases": "Press-up on elbows\nLying back bend\nCobra stretch",
        "hold_seconds_min": 2,
        "hold_seconds_max": 5,
        "reps_min": 8,
        "reps_max": 10,
        "frequency": "twice_daily",
        "harder_option": "prone-back-extension",
        "easier_note": "Stay on your elbows instead of straightening your arms.",
        "cautions": "Stop if pain spreads further down your leg.\n"
        "If you have been told you have spinal stenosis, bending backwards may "
        "bring on leg symptoms; ask your physio first.\n"
        "Keep your hips on the floor and your buttocks relaxed.",
        "body": "This is a gentle back bend that your arms do for you. The lower "
        "back stays relaxed while it arches.\n\n"
        "Notice how your symptoms change as you do it. If pain eases or moves "
        "closer to your spine, that is fine. If pain spreads further down a "
        "leg, stop.\n\n"
        "People with [[condition:lumbar-spinal-stenosis|lumbar spinal "
        "stenosis]] often feel worse when the back is arched and better when "
        "bending forward.[^1] If that sounds like you, try the "
        "[[exercise:double-knee-to-chest]] instead.\n\n"
        "[^1]: Leg symptoms from narrowing of the spinal canal usually get worse "
        "when standing or walking upright and ease when sitting or bending "
        "forward. " + sources.KATZ_2022,
        "steps": [
            "Lie face down with your hands flat under your shoulders.",
            "Let your buttocks and legs relax.",
            "Slowly straighten your arms to lift your chest, keeping your hips "
            "on the floor.",
            "Go only as high as is comfortable, pause, and breathe out.",
            "Lower slowly back down.",
        ],
        "regions": [("lower-back", "primary"), ("hip-flexors", "secondary")],
        "equipment": ["mat"],
        "updates": [("2016-11-07", "new", "First published.")],
        "published_at": "2016-11-07",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "prone-back-extension",
        "title": "Prone back extension",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "Lying face down, you lift your chest, or your arms and legs, "
        "a little way off the floor. It works the muscles along your back and "
        "your buttocks.",
        "aliases": "Superman\nLying back raise\nProne chest lift",
        "hold_seconds_min": 3,
        "hold_seconds_max": 5,
        "reps_min": 6,
        "reps_max": 10,
        "sets": 2,
        "frequency": "alternate_days",
        "easier_option": "prone-press-up",
        "easier_note": "Or lift only your chest, or only one arm and the opposite leg.",
        "harder_note": "Lift your chest, arms and legs together.",
        "cautions": "Keep the lift small; higher is not better.\n"
        "Look at the floor so your neck stays long.\n"
        "Stop if pain spreads down a leg.",
        "body": "This time your back muscles do the lifting, not your arms. A "
        "small lift is enough to make them work.\n\n"
        "Start with the chest only. When that feels easy, lift one arm and the "
        "opposite leg, then all four. Back strength work like this is a common "
        "part of exercise plans for back pain.[^1]\n\n"
        "[^1]: Exercise therapy probably eases pain in long-lasting low back "
        "pain compared with no treatment or usual care. " + sources.HAYDEN_2021,
        "steps": [
            "Lie face down with your arms by your sides or stretched in front.",
            "Squeeze your buttocks gently and look at the floor.",
            "Lift your chest a few centimetres off the floor.",
            "For more work, lift your arms and legs a little at the same time.",
            "Hold, then lower slowly.",
        ],
        "regions": [
            ("lower-back", "primary"),
            ("glutes", "secondary"),
            ("thoracic-spine", "secondary"),
        ],
        "equipment": ["mat"],
        "updates": [("2021-09-15", "new", "First published.")],
        "published_at": "2021-09-15",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "hip-hinge-with-dowel",
        "title": "Hip hinge with a dowel",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Learn to bend forward from the hips, with a stick along your "
        "back to tell you what your spine is doing. It is the first step towards "
        "lifting with your hips and legs.",
        "aliases": "Dowel hinge\nHip hinge drill\nBroomstick hinge",
        "reps_min": 8,
        "reps_max": 10,
        "sets": 2,
        "frequency": "daily",
        "harder_option": "kettlebell-deadlift",
        "cautions": "Bend only as far as you can keep all three contact points.\n"
        "Keep a soft bend in the knees.\n"
        "If you have osteoporosis or have had a spinal fracture, a "
        "physiotherapist can show you how to bend and lift in the way that "
        "suits you.",
        "body": "A hinge is a bend at the hips, with the back staying long. The "
        "stick is a guide: if it leaves your head, upper back or tailbone, your "
        "back is bending more than your hips.\n\n"
        "This is a skill for lifting heavy things, not a rule for every bend. "
        "Research has not shown that bending with a rounded back causes back "
        "pain.[^1] For most people, picking up a sock with a round back is "
        "fine.\n\n"
        "[^1]: Reviews have found no agreement that spine postures, including "
        "bending, cause low back pain. " + sources.SWAIN_2020,
        "steps": [
            "Stand with your feet hip-width apart and hold a broom handle along "
            "your back.",
            "Hold it so it touches the back of your head, your upper back and "
            "your tailbone.",
            "Soften your knees and push your hips back, letting your chest tip "
            "forward.",
            "Stop when you feel a pull at the back of your thighs or the stick "
            "starts to leave your back.",
            "Push your hips forward to stand tall again.",
        ],
        "regions": [
            ("hips", "primary"),
            ("hamstrings", "secondary"),
            ("lower-back", "secondary"),
        ],
        "equipment": ["dowel"],
        "updates": [
            ("2023-01-23", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added advice for people with "
                "osteoporosis.",
            ),
        ],
        "published_at": "2023-01-23",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "kettlebell-deadlift",
        "title": "Kettlebell deadlift",
        "kind": "exercise",
        "difficulty": 3,
        "summary": "Lifting a kettlebell from the floor with a hip hinge. It "
        "builds strength in your buttocks, thighs and back for everyday lifting.",
        "aliases": "Kettlebell hinge\nKB deadlift",
        "reps_min": 6,
        "reps_max": 10,
        "sets": 3,
        "frequency": "three_weekly",
        "easier_option": "hip-hinge-with-dowel",
        "harder_note": "Add weight slowly, a small step at a time, once all "
        "your repetitions feel easy.",
        "cautions": "Learn the hip hinge first, without weight.\n"
        "Start with a light weight and add to it slowly.\n"
        "Breathe out as you stand up; do not hold your breath.\n"
        "If you have high blood pressure or a heart condition, keep the weight "
        "moderate and ask your GP or physiotherapist first.\n"
        "If you have osteoporosis or have had a spinal fracture, get advice "
        "from a physiotherapist before lifting weights from the floor.\n"
        "Stop if pain spreads down a leg.\n"
        "If your back is flaring up, use a lighter weight or rest from this one "
        "for a few days.",
        "body": "The deadlift is the hip hinge with a weight. It trains the "
        "buttocks and the backs of the thighs, and your back holds steady.\n\n"
        "Your back is strong. It does not wear out with everyday lifting and "
        "bending.[^1] Like any muscle, it gets stronger when the load goes up "
        "a little at a time. Some soreness the next day is normal when you "
        "start.\n\n"
        "[^1]: Moving and loading the spine is safe, and makes it stronger, "
        "when the load is built up step by step. Pain during exercise is not "
        "usually a sign of harm. " + sources.OSULLIVAN_2020,
        "steps": [
            "Stand with your feet hip-width apart and the kettlebell between them.",
            "Push your hips back and bend your knees to reach the handle with "
            "both hands.",
            "Keep your back long and your chest facing forward.",
            "Press your feet into the floor and stand up tall, bringing your "
            "hips forward.",
            "Lower the bell the same way, hips back first.",
        ],
        "regions": [
            ("glutes", "primary"),
            ("hamstrings", "primary"),
            ("lower-back", "secondary"),
            ("core", "secondary"),
        ],
        "equipment": ["kettlebell"],
        "updates": [
            ("2023-02-06", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added advice on breathing, and "
                "cautions for high blood pressure and osteoporosis.",
            ),
        ],
        "published_at": "2023-02-06",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "suitcase-carry",
        "title": "Suitcase carry",
        "kind": "exercise",
        "difficulty": 3,
        "summary": "Walking tall with a weight in one hand. The muscles on the "
        "other side of your trunk work to stop you leaning.",
        "aliases": "One-arm farmer's carry\nSingle-arm carry\nOffset carry",
        "hold_seconds_min": 20,
        "hold_seconds_max": 40,
        "reps_min": 2,
        "reps_max": 4,
        "per_side": True,
        "frequency": "three_weekly",
        "easier_option": "side-plank",
        "easier_note": "Or use a lighter weight and walk for a shorter time.",
        "harder_note": "Use a heavier weight, or walk slowly up and down stairs "
        "while holding the rail with your free hand.",
        "cautions": "Pick up and put down the weight with a hip hinge.\n"
        "Start light; a full shopping bag is enough for many people.\n"
        "Breathe steadily as you walk; do not hold your breath.\n"
        "Stop if you start to lean or your grip slips.",
        "body": "The carry is a side plank on the move. The weight tries to pull "
        "you over, and your trunk and outer hip keep you upright. It is also "
        "practice for carrying bags and cases.\n\n"
        "Adults are advised to do muscle-strengthening activities on two or more "
        "days a week.[^1] Carries are a simple way to do that.\n\n"
        "[^1]: Adults should do muscle-strengthening activities that work all "
        "major muscle groups on two or more days a week. " + sources.WHO_ACTIVITY_2020,
        "steps": [
            "Stand next to a dumbbell, kettlebell or heavy bag.",
            "Hinge at the hips to pick it up in one hand.",
            "Stand tall with your shoulders level and your free arm relaxed.",
            "Walk slowly for the set time, without leaning to either side.",
            "Put the weight down with a hinge and swap hands.",
        ],
        "regions": [
            ("core", "primary"),
            ("glutes", "secondary"),
            ("lower-back", "secondary"),
        ],
        "equipment": ["dumbbell"],
        "updates": [
            ("2024-03-18", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added advice on breathing.",
            ),
        ],
        "published_at": "2024-03-18",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "standing-isometric-hip-abduction",
        "title": "Standing hip press into a wall",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Standing side-on to a wall, you press the outside of one "
        "knee into it and hold, without moving. A gentle start for the outer "
        "hip muscles, often used when the outer hip is sore.",
        "aliases": "Standing isometric hip abduction\nWall press for the outer "
        "hip\nIsometric side press",
        "hold_seconds_min": 10,
        "hold_seconds_max": 30,
        "reps_min": 5,
        "per_side": True,
        "frequency": "daily",
        "harder_option": "clamshell",
        "cautions": "Push gently at first, and only as hard as stays comfortable.\n"
        "Breathe normally while you press; do not hold your breath.\n"
        "Keep your body upright; do not lean into the wall or let your hip sink "
        "to one side.\n"
        "Stop if the outer hip hurts more during or after.",
        "body": "Holding a push without moving is called an isometric hold. It "
        "works the muscles without moving the sore area, and both hips take "
        "part: the leg pressing into the wall, and the leg you stand on.\n\n"
        "If you have [[condition:greater-trochanteric-pain-syndrome|outer hip "
        "pain]], gentle holds like this are a common first step. Advice on load "
        "plus a planned exercise programme has helped people with this kind of "
        "pain.[^1]\n\n"
        "[^1]: In a trial of people with pain from the gluteal tendons, advice "
        "plus exercise did better over eight weeks than waiting to see. "
        + sources.MELLOR_2018,
        "steps": [
            "Stand side-on to a wall, a hand's width away, with a folded towel at "
            "knee height between you and the wall.",
            "Stand tall on the leg further from the wall.",
            "Lift the foot nearest the wall a little, bending the knee.",
            "Press the outside of that knee gently into the towel and hold, "
            "keeping your hips level.",
            "Relax, rest a few seconds, then repeat. Turn round to work the other "
            "side.",
        ],
        "regions": [("glutes", "primary"), ("hips", "secondary")],
        "equipment": [],
        "updates": [
            ("2025-04-07", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added advice on breathing.",
            ),
        ],
        "published_at": "2025-04-07",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "side-lying-hip-abduction",
        "title": "Side-lying leg raise",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "Lying on your side, you lift the straight top leg. It "
        "strengthens the muscles on the outside of the hip.",
        "aliases": "Side-lying hip abduction\nSide leg lift",
        "hold_seconds_min": 2,
        "reps_min": 10,
        "reps_max": 15,
        "sets": 2,
        "per_side": True,
        "frequency": "alternate_days",
        "easier_option": "clamshell",
        "harder_note": "Loop a light resistance band around your ankles.",
        "cautions": "If you have pain on the outside of the hip, keep the top leg "
        "level with your hip at rest; do not let it drop across the other leg.\n"
        "If lying on the lower hip hurts, put a folded towel under it or choose "
        "another exercise.\n"
        "Keep the leg in line with your body or slightly behind; do not let it "
        "drift forward.",
        "body": "With the leg straight, the lever is long, so this asks more of "
        "the outer hip than the clamshell. Keeping the leg a little behind your "
        "body puts the work into the buttock, not the front of the hip.\n\n"
        "Strengthening the outer hip is a main part of treatment for "
        "[[condition:greater-trochanteric-pain-syndrome|outer hip pain]]. The "
        "load is built up step by step, and positions that press on the tendons "
        "are avoided.[^1]\n\n"
        "[^1]: Treatment of gluteal tendon pain builds up hip strength "
        "gradually and avoids positions that press the tendons against the "
        "bone. " + sources.GRIMALDI_2015,
        "steps": [
            "Lie on your side with the bottom knee bent and the top leg straight.",
            "Roll your top hip slightly forward so your toes point ahead, not up.",
            "Lift the top leg to about hip height, leading with the heel.",
            "Pause, then lower slowly without letting the leg rest on the other.",
            "Finish your repetitions, then turn over.",
        ],
        "regions": [("glutes", "primary"), ("hips", "secondary")],
        "equipment": ["mat"],
        "updates": [("2015-06-22", "new", "First published.")],
        "published_at": "2015-06-22",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "sit-to-stand",
        "title": "Sit to stand",
        "kind": "exercise",
        "difficulty": 1,
        "summary": "Standing up from a chair and sitting down again, slowly and "
        "without using your hands. A simple strength exercise for the hips and "
        "legs.",
        "aliases": "Chair stand\nChair squat\nSit-to-stand",
        "reps_min": 8,
        "reps_max": 12,
        "sets": 2,
        "frequency": "alternate_days",
        "harder_option": "step-up",
        "easier_note": "Use a higher seat, add a cushion, or push up with your "
        "hands on your thighs.",
        "harder_note": "Or use a lower chair, or sit down more slowly.",
        "cautions": "Use a sturdy chair that will not slide; put it against a "
        "wall.\n"
        "If you feel dizzy when you stand, pause before you sit again.",
        "body": "You stand up from a chair many times a day. Doing it slowly, "
        "without your hands, turns it into a strength exercise for the buttocks "
        "and the fronts of the thighs.\n\n"
        "If you have [[condition:hip-osteoarthritis|hip osteoarthritis]], "
        "exercise is one of the main treatments.[^1] Strong legs make everyday "
        "tasks easier.\n\n"
        "[^1]: UK guidance offers exercise, such as strengthening, to everyone "
        "with osteoarthritis. " + sources.NICE_NG226,
        "steps": [
            "Sit near the front of a sturdy chair with your feet flat and "
            "hip-width apart.",
            "Cross your arms over your chest or hold them in front.",
            "Lean forward a little and stand up, pressing through your feet.",
            "Stand tall, then sit back down slowly, reaching your bottom back.",
        ],
        "regions": [("glutes", "primary"), ("hips", "secondary")],
        "equipment": ["chair"],
        "updates": [("2018-01-15", "new", "First published.")],
        "published_at": "2018-01-15",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "step-up",
        "title": "Step-up",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "Stepping up onto a stair or step with one leg doing the "
        "work. It builds strength and balance for stairs and hills.",
        "aliases": "Stair step-up\nBox step-up",
        "reps_min": 8,
        "reps_max": 12,
        "sets": 2,
        "per_side": True,
        "frequency": "alternate_days",
        "easier_option": "sit-to-stand",
        "easier_note": "Or use a lower step and hold a rail.",
        "harder_note": "Use a higher step, or hold a weight in each hand.",
        "cautions": "Hold a rail or wall for balance.\n"
        "Choose a step low enough that your knee stays below your hip.\n"
        "Keep the front knee in line with your toes.",
        "body": "All the work is done by the leg on the step. Try not to push off "
        "with the back foot. Keeping the knee in line with the toes spreads the "
        "load between hip and knee.\n\n"
        "Exercise reduces pain and helps people with "
        "[[condition:hip-osteoarthritis|hip osteoarthritis]] move more "
        "easily.[^1]\n\n"
        "[^1]: Land-based exercise reduces pain and improves function in people "
        "with hip osteoarthritis, at least in the short term. " + sources.FRANSEN_2014,
        "steps": [
            "Stand facing a stair or sturdy step, holding a rail if you can.",
            "Place one whole foot on the step.",
            "Lean forward a little and press through that foot to step up.",
            "Bring the other foot up to stand tall on the step.",
            "Lower the other foot slowly back to the floor, then step down with "
            "the first foot and repeat.",
        ],
        "regions": [
            ("glutes", "primary"),
            ("hips", "secondary"),
            ("hamstrings", "secondary"),
        ],
        "equipment": ["step"],
        "updates": [("2018-01-29", "new", "First published.")],
        "published_at": "2018-01-29",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "supine-figure-four-stretch",
        "title": "Lying figure-four stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Lying on your back with one ankle on the other knee, you "
        "draw the legs towards you. It stretches the buttock and the deep "
        "muscles behind the hip.",
        "aliases": "Supine figure-four stretch\nLying piriformis stretch\nSupine "
        "glute stretch",
        "hold_seconds_min": 30,
        "hold_seconds_max": 45,
        "reps_min": 2,
        "reps_max": 3,
        "per_side": True,
        "frequency": "daily",
        "harder_option": "pigeon-stretch",
        "easier_note": "Sit in a chair instead: see the seated hip rotator stretch.",
        "cautions": "If you have had a hip replacement, ask your surgeon or "
        "physiotherapist first: you may have been told not to cross your legs "
        "or bend the hip far.\n"
        "Ease off if you feel a pinch at the front of the hip.\n"
        "Stop if the knee of the crossed leg hurts.",
        "body": "Here the floor holds your back, so you can relax. The crossed "
        "hip is bent and turned out. Pulling the other thigh in bends it "
        "further, which stretches the buttock muscles and the deep ones behind "
        "the hip.\n\n"
        "A held stretch usually lets you move a little further for a while "
        "afterwards.[^1] It is a gentler option than the "
        "[[exercise:pigeon-stretch]].\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
        "steps": [
            "Lie on your back with both knees bent and feet flat.",
            "Cross one ankle over the other knee, letting the crossed knee fall "
            "out to the side.",
            "Lift the bottom foot and hold the back of that thigh with both hands.",
            "Draw the thigh gently towards you until you feel a stretch in the "
            "buttock of the crossed leg.",
            "Hold and breathe, then swap sides.",
        ],
        "regions": [("glutes", "primary"), ("hips", "primary")],
        "equipment": ["mat"],
        "variants": [
            {
                "slug": "foot-on-wall",
                "name": "Foot on a wall",
                "change": "Lie with your bottom near a wall and rest the foot of "
                "the uncrossed leg flat on it. The hip bends about a right angle; "
                "move closer to the wall to bend it more.",
                "emphasis": "Stretches the same buttock muscles more gently, with "
                "no need to hold the leg",
                "instructions": "Good if holding your thigh is hard on your "
                "shoulders or neck. Relax your arms by your sides.",
            },
            {
                "slug": "push-knee-away",
                "name": "Knee eased away",
                "change": "Keep the thigh where it is and use one hand to ease the "
                "crossed knee gently away from you. The hip turns out further "
                "without bending more.",
                "emphasis": "Stretches the muscles that stop the hip turning out "
                "further; you may feel it in the buttock or the inner thigh",
                "instructions": "Push only lightly, and stop if the knee itself "
                "hurts. You can hold the other thigh with your free hand.",
            },
        ],
        "updates": [
            ("2021-02-15", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Clearer advice for people who "
                "have had a hip replacement.",
            ),
        ],
        "published_at": "2021-02-15",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "pigeon-stretch",
        "title": "Pigeon stretch",
        "kind": "stretch",
        "difficulty": 3,
        "summary": "A deep floor stretch from yoga. The front shin lies across "
        "your body, with that hip bent and turned out, and the back leg "
        "stretches out behind.",
        "aliases": "Pigeon pose\nYoga pigeon",
        "hold_seconds_min": 30,
        "hold_seconds_max": 60,
        "reps_min": 1,
        "reps_max": 2,
        "per_side": True,
        "frequency": "daily",
        "easier_option": "supine-figure-four-stretch",
        "cautions": "Skip it if you have had a hip replacement, or if you have "
        "knee pain.\n"
        "Bring the front heel closer to your groin if the front knee feels "
        "twisted.\n"
        "Put a cushion under the front buttock so you are not hanging on the "
        "hip.\n"
        "Ease off if you feel a pinch at the front of either hip.",
        "body": "The pigeon stretches both hips at once. The front hip is bent "
        "and turned out, like the figure-four stretches. The back hip is "
        "straight, so you may feel the front of it too.\n\n"
        "It asks a lot of your hips and knees, so build up to it. A held stretch "
        "usually lets you move a little further for a while afterwards.[^1]\n\n"
        "[^1]: Stretching usually increases how far a joint can move for a "
        "short time afterwards. " + sources.BEHM_2016,
        "steps": [
            "Start on all fours on a mat.",
            "Bring one knee forward behind the same wrist, with the shin angled "
            "across towards the other hand.",
            "Slide the other leg straight back, top of the foot on the floor.",
            "Keep your hips square and support them with a cushion if needed.",
            "Stay upright on your hands, or lower onto your forearms if that is "
            "comfortable.",
            "Hold and breathe, then come back to all fours and swap sides.",
        ],
        "regions": [
            ("glutes", "primary"),
            ("hips", "primary"),
            ("hip-flexors", "secondary"),
        ],
        "equipment": ["mat"],
        "variants": [
            {
                "slug": "lean-over-front-shin",
                "name": "Lean over the front shin",
                "change": "Walk your hands forward and lower your chest towards "
                "the front shin. The front hip bends further while it stays "
                "turned out.",
                "emphasis": "Stretches the buttock muscles of the front leg, "
                "including the deep ones behind the hip",
                "instructions": "Keep your hips square and rest your forearms or "
                "forehead on a cushion. Stop if the front knee aches.",
            },
            {
                "slug": "chest-upright",
                "name": "Chest upright",
                "change": "Stay on straight arms with your chest lifted and let "
                "the back hip sink towards the floor. The back hip straightens "
                "more.",
                "emphasis": "Stretches the front of the back hip, where the hip "
                "flexor muscles are",
                "instructions": "Tuck your tailbone under a little so the stretch "
                "stays at the hip rather than the lower back.",
            },
        ],
        "updates": [("2024-10-21", "new", "First published.")],
        "published_at": "2024-10-21",
        "last_reviewed_on": "2026-11-12",
    },
    {
        "slug": "double-knee-to-chest",
        "title": "Double knee-to-chest stretch",
        "kind": "stretch",
        "difficulty": 1,
        "summary": "Hugging both knees in rounds your lower back gently. Many "
        "people find it eases a stiff back, especially first thing in the "
        "morning.",
        "aliases": "Knees to chest\nLying back hug",
        "hold_seconds_min": 20,
        "hold_seconds_max": 30,
        "reps_min": 2,
        "reps_max": 3,
        "frequency": "daily",
        "easier_option": "single-knee-to-chest",
        "cautions": "Hold behind the thighs, not over the kneecaps, if your knees "
        "are sore.\n"
        "Stop if pain spreads down a leg.\n"
        "If you have osteoporosis or have had a spinal fracture, ask a "
        "physiotherapist first.\n"
        "If you have had a hip replacement, ask your surgeon or physiotherapist "
        "first: you may have been told not to bend the hip far.",
        "body": "With both knees in, your pelvis tips back and your lower back "
        "rounds. This is a bigger stretch than drawing in one knee.\n\n"
        "People with [[condition:lumbar-spinal-stenosis|lumbar spinal "
        "stenosis]] often feel better bending forward than standing upright.[^1] "
        "This stretch lets you do that lying down.\n\n"
        "[^1]: Leg symptoms from narrowing of the spinal canal usually get worse "
        "when standing or walking upright and ease when sitting or bending "
        "forward. " + sources.KATZ_2022,
        "steps": [
            "Lie on your back with both knees bent and feet flat.",
            "Bring one knee up, then the other, so you are not lifting both at once.",
            "Hold behind your thighs and draw both knees gently towards your chest.",
            "Let your head and shoulders stay relaxed on the floor.",
            "Hold and breathe, then lower one foot at a time.",
        ],
        "regions": [("lower-back", "primary"), ("glutes", "secondary")],
        "equipment": ["mat"],
        "updates": [
            ("2017-09-19", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added a caution for people who "
                "have had a hip replacement.",
            ),
        ],
        "published_at": "2017-09-19",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "sciatic-nerve-glide",
        "title": "Seated sciatic nerve glide",
        "kind": "exercise",
        "difficulty": 2,
        "summary": "A gentle seated movement meant to slide the sciatic nerve "
        "back and forth. You move in and out of the position; there is no "
        "stretch and no hold.",
        "aliases": "Sciatic nerve floss\nNerve flossing\nSciatic nerve slider",
        "reps_min": 10,
        "reps_max": 15,
        "per_side": True,
        "frequency": "twice_daily",
        "easier_note": "Make the movement smaller: straighten the knee only part "
        "of the way.",
        "cautions": "It should feel like nothing, or a mild pull; never pain.\n"
        "Stop if tingling or numbness gets stronger, or lasts after you stop.\n"
        "Do not hold the end position; keep moving.\n"
        "Call 999 or go to an emergency department if you have numbness "
        "between your legs or around your bottom, new bladder, bowel or sexual "
        "problems, symptoms in both legs, or a leg that is getting weaker.",
        "body": "Nerves need to slide as you move. This exercise moves the "
        "sciatic nerve gently, from the lower back to the foot. As you "
        "straighten the knee, you lift your head. As you bend the knee, you drop "
        "your chin. That way one end is let go as the other is taken up, so the "
        "nerve slides rather than stretches.\n\n"
        "There is not much research on nerve glides, so use this one only if it "
        "feels good. Most [[condition:sciatica|sciatica]] settles with time.[^1] "
        "Some symptoms need urgent care.[^2]\n\n"
        "[^1]: Most people with sciatica get better over time with care that "
        "does not involve surgery. " + sources.JENSEN_2019 + "\n"
        "[^2]: Numbness around the genitals or buttocks and new bladder or bowel "
        "problems can be signs of cauda equina syndrome, which is an emergency. "
        + sources.NHS_CAUDA_EQUINA,
        "steps": [
            "Sit tall on a chair with your feet flat and your hands resting on "
            "your thighs.",
            "Slowly straighten one knee while you tilt your head back to look up.",
            "Then bend the knee back down while you bring your chin towards your "
            "chest.",
            "Keep moving smoothly between the two, without pausing at either end.",
            "Finish your repetitions, then do the other leg.",
        ],
        "regions": [
            ("hamstrings", "primary"),
            ("lower-back", "secondary"),
            ("glutes", "secondary"),
        ],
        "equipment": ["chair"],
        "updates": [
            ("2026-05-11", "new", "First published."),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Checked each footnote against its "
                "source, and listed more emergency signs.",
            ),
        ],
        "published_at": "2026-05-11",
        "last_reviewed_on": "2026-11-14",
    },
]
