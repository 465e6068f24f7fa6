"""Demo condition guides, in our own words; sources in demo/content/sources.py."""

from . import sources

# The opening line of most "Get emergency help now" boxes.
EMERGENCY = (
    "Call 999 or your local emergency number, or go to an emergency department, if"
)

# Emergency signs for any back or leg pain: cauda equina syndrome and nerve
# damage that is getting worse.
BACK_EMERGENCY = (
    "- pain, numbness or weakness in both legs\n"
    "- numbness or tingling around your genitals, back passage or buttocks "
    "(the parts that would touch a saddle)\n"
    "- new trouble passing urine, or you cannot hold in urine or stools\n"
    "- new problems getting or keeping an erection, or less feeling in your "
    "genitals during sex\n"
    "- weakness in a leg or foot that is getting worse\n"
)

CONDITIONS = [
    {
        "slug": "tight-hip-flexors",
        "featured": True,
        "title": "Tight hip flexors from sitting",
        "other_names": "Short hip flexors\nSitting posture hip tightness",
        "summary": "Many people feel tight at the front of the hip after long "
        "spells in a chair. Whether sitting really shortens these muscles is "
        "debated. Moving more often, gentle stretches and stronger buttocks "
        "may help it feel easier.",
        "body": "The hip flexors are the muscles at the front of the hip that "
        "lift your thigh. After a long day sitting, many people feel a pull "
        "there when they stand up. This guide is about that feeling. It is "
        "common and rarely a sign of harm.\n\n"
        "You may read that sitting makes these muscles shorter, and that this "
        "tilts the pelvis and causes back pain. The idea is popular, but it is "
        "debated. Studies have not shown that sitting or posture causes back "
        "pain.[^1]\n\n"
        "[^1]: A review of many reviews found no agreement that posture, "
        "sitting or other physical strain causes low back pain. " + sources.SWAIN_2020,
        "symptoms": "- A pull at the front of the hip when you stand up or "
        "walk fast\n"
        "- Stiffness that eases after a few minutes of moving\n"
        "- For some people, an ache in the lower back after long sitting\n"
        "- Shorter strides than usual",
        "causes": "Sitting keeps your hips bent for hours. Many people then "
        "feel stiff at the front of the hip when they stand up straight. Some "
        "trainers say the muscles adapt and get shorter. Others think the "
        "feeling has more to do with how long you kept still. Research has "
        "not settled this.\n\n"
        "Other things can feel like tight hip flexors. Pain deep in the groin, "
        "or a hip that clicks, catches or locks, may come from the hip joint "
        "itself.",
        "treatment": "Get up and move every half hour or so. A short walk is "
        "enough. Sitting less and moving more, at any pace, is good for your "
        "health in general.[^2]\n\n"
        "Stretch the front of the hip gently, for example with the "
        "[[exercise:kneeling-hip-flexor-stretch]]. Build strength in the "
        "buttocks with the [[exercise:glute-bridge]]. If a stretch does not "
        "change how you feel, that is fine. Moving more often may matter more "
        "than any one stretch.\n\n"
        "[^2]: The WHO advises adults to limit the time they spend sitting and "
        "to replace it with physical activity of any intensity. "
        + sources.WHO_ACTIVITY_2020,
        "urgent_care": EMERGENCY + ":\n\n"
        "- you have hip pain after a fall, and cannot stand or put weight on the "
        "leg\n"
        "- after a fall, the leg looks shorter or turns outwards\n"
        "- the hip is hot, red or swollen and you feel feverish or unwell\n",
        "see_doctor": "**See a GP or physiotherapist if:**\n\n"
        "- the tightness is not easing after 2 to 3 weeks of moving more and "
        "gentle stretching\n"
        "- it feels more like pain than tightness, or you start to limp\n"
        "- you have pain deep in the groin, or the hip clicks, catches or "
        "locks\n"
        "- pain wakes you at night\n"
        "- you also have back pain that is not getting better after a few "
        "weeks\n",
        "regions": ["hip-flexors", "lower-back"],
        "related": ["non-specific-low-back-pain"],
        "exercises": [
            (
                "kneeling-hip-flexor-stretch",
                "helps",
                "Stretches the front of the hip; many people find it eases the "
                "pull after sitting.",
            ),
            (
                "glute-bridge",
                "helps",
                "Works the buttocks while the front of the hip opens out.",
            ),
            (
                "sit-to-stand",
                "helps",
                "A simple way to break up long sitting and work the legs.",
            ),
            (
                "dead-bug",
                "caution",
                "If your lower back arches as the legs lower, keep the range small.",
            ),
        ],
        "updates": [
            ("2022-06-10", "new", "First published."),
            (
                "2026-10-27",
                "correction",
                "Rewrote the causes. Whether sitting shortens the hip flexors "
                "is debated, and the evidence that posture causes back pain is "
                "weak. Added sources.",
            ),
            (
                "2026-11-03",
                "review",
                "Reviewed by a physiotherapist. Split emergency signs from "
                "reasons to see a GP or physiotherapist.",
            ),
        ],
        "published_at": "2022-06-10",
        "last_reviewed_on": "2026-11-03",
    },
    {
        "slug": "back-spasms-and-trigger-points",
        "featured": True,
        "title": "Back spasms and trigger points",
        "other_names": "Muscle knots\nBack muscle spasm",
        "summary": "A sudden, gripping tightness in the back muscles. Some "
        "people also find tender knots that seem to send pain nearby; what "
        "these are is debated. Spasms hurt, but they are usually not serious "
        "and most settle within days to a few weeks.",
        "body": "A back spasm is when muscles in the back tighten hard and "
        "will not let go. It can happen in the lower back, or in the upper "
        "back between the shoulder blades. It hurts, and it can be scary. But "
        "most spasms are not a sign of serious harm. Most settle within days "
        "to a few weeks.\n\n"
        "This guide also covers trigger points. This is a name some people "
        "use for tender knots in a muscle. Whether they are a real, separate "
        "thing is debated.[^1]\n\n"
        "[^1]: Trigger points are a popular idea, but a critical review found "
        "little sound evidence for the theory behind them. " + sources.QUINTNER_2015,
        "symptoms": "- A sudden tightening that makes it hard to stand up "
        "straight\n"
        "- Pain that eases a little when you keep still and returns when you "
        "move\n"
        "- Tender spots in the muscle, which some people feel send pain a "
        "short way off",
        "causes": "Often there is no clear cause. Common triggers include a "
        "sudden awkward movement, lifting more than you are used to, staying "
        "in one position for a long time, stress and poor sleep. The muscles "
        "may tighten to guard the back. Tender knots often get the blame, but "
        "experts disagree about what they are.",
        "treatment": "Keep moving gently, as much as the pain allows. Staying "
        "active usually helps more than rest in bed.[^2] Heat, such as a "
        "wrapped hot water bottle, can ease the pain for a while.[^3] Slow "
        "breathing and easy movement, such as the [[exercise:cat-cow]], can "
        "help the muscles let go.\n\n"
        "Some people like pressing or massaging tender spots. That is fine if "
        "it feels good, but you do not need it to get better.\n\n"
        "[^2]: NICE advises people with low back pain to keep up their normal "
        "activities as far as they can. " + sources.NICE_NG59 + "\n"
        "[^3]: A guideline from the American College of Physicians suggests "
        "heat for back pain that has lasted less than 12 weeks. " + sources.ACP_2017,
        "urgent_care": EMERGENCY
        + " you have back pain and any of these:\n\n"
        + BACK_EMERGENCY
        + "- chest pain, or pain that spreads to your arm, jaw or neck\n"
        "- you are short of breath\n"
        "- sudden, severe pain in the upper back that feels like tearing\n"
        "- back pain that started after a serious accident, such as a car "
        "crash or a bad fall\n\n"
        "The first four can be signs of cauda equina syndrome. This is when "
        "the nerves at the base of the spine are squeezed. It is rare, but it "
        "needs treatment fast.[^4]\n\n"
        "[^4]: The NHS lists these signs of cauda equina syndrome and advises "
        "emergency care for them. " + sources.NHS_CAUDA_EQUINA,
        "see_doctor": "**Book an appointment within a day or two if you "
        "have:**\n\n"
        "- a high temperature, or you feel hot and shivery\n"
        "- pain that is worse at night, or does not ease at all when you "
        "rest\n"
        "- lost weight without trying\n"
        "- had cancer in the past\n"
        "- pain that started after a fall or a knock\n"
        "- pain in the upper back, between the shoulder blades, that keeps "
        "going\n\n"
        "**See a GP or physiotherapist if** the spasm is not getting better "
        "after 2 to 3 weeks, keeps coming back, or stops you doing everyday "
        "things.\n\n"
        "Most people with these signs do not have anything serious, but they "
        "are worth checking.[^5]\n\n"
        "[^5]: An international guide for clinicians lists signs such as a "
        "past cancer, fever and weight loss you cannot explain as reasons to "
        "check for a serious cause of back pain. " + sources.RED_FLAGS_2020,
        "regions": ["lower-back", "thoracic-spine"],
        "related": ["non-specific-low-back-pain"],
        "exercises": [
            ("childs-pose", "helps", "A restful position that lets muscles let go."),
            ("cat-cow", "helps", "Small, rhythmic movement eases guarding."),
            (
                "single-knee-to-chest",
                "helps",
                "A gentle way to ease the lower back while you lie down.",
            ),
            (
                "open-book-rotation",
                "helps",
                "Slow turning can ease tight muscles between the shoulder blades.",
            ),
            ("dead-bug", "caution", "Wait until the spasm has settled."),
        ],
        "updates": [
            ("2018-07-01", "new", "First published."),
            ("2023-01-12", "correction", "Clarified the urgent-care warning signs."),
            (
                "2026-10-27",
                "correction",
                "Trigger points are now described as debated, with a source. "
                "Added the full list of emergency signs, including chest pain "
                "for upper back spasms.",
            ),
            (
                "2026-11-03",
                "review",
                "Reviewed by a physiotherapist. Added when to see a GP or "
                "physiotherapist, and sources for heat and staying active.",
            ),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added sudden, tearing pain in "
                "the upper back to the emergency signs.",
            ),
        ],
        "published_at": "2018-07-01",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "psoriatic-arthritis-of-the-spine",
        "title": "Psoriatic arthritis of the spine",
        "other_names": "Axial psoriatic arthritis\nPsoriatic spondylitis",
        "summary": "Psoriatic arthritis can affect the spine and the joints at "
        "the back of the pelvis. How often this happens depends on how it is "
        "defined, so estimates vary a lot. It causes stiffness that eases with "
        "movement. Over years, parts of the spine can fuse.",
        "body": "This guide is about psoriatic arthritis that affects the back "
        "and pelvis. Doctors often call it axial psoriatic arthritis. It "
        "causes inflammatory back pain: pain that is worst after rest and "
        "eases as you move.\n\n"
        "Exercise supports medical treatment; it does not replace it. Move "
        "gently during a flare and build up again as it settles.",
        "symptoms": "- Back or buttock pain that is worst after rest and in "
        "the early morning\n"
        "- Stiffness lasting more than half an hour after getting up\n"
        "- Pain that gets better with activity rather than rest\n"
        "- Pain that wakes you in the second half of the night\n"
        "- Often, psoriasis of the skin or nails, and swollen fingers or toes",
        "causes": "Psoriatic arthritis is an immune condition linked to "
        "psoriasis, a skin disease. It often affects the hands, feet or "
        "knees. It can also cause inflammation in the spine and in the "
        "sacroiliac joints, where the spine meets the pelvis.\n\n"
        "How often the spine is involved depends on how it is defined and "
        "looked for. Published reviews give figures from about 25 to 70 in "
        "every 100 people with psoriatic arthritis.[^1] Many have it in the "
        "spine as well as in other joints. Few have it in the spine alone.[^2]\n\n"
        "Inflammation that lasts a long time can lead the body to lay down "
        "new bone. This can join the bones of the spine together, so parts of "
        "the spine fuse and lose movement.\n\n"
        "[^1]: A review found that, depending on the definition used, "
        "spinal involvement is reported in 25 to 70 in 100 people with "
        "psoriatic arthritis. " + sources.GIOVANNINI_2021 + "\n"
        "[^2]: A review found that psoriatic arthritis in the spine alone is "
        "rare, in fewer than 5 in 100 people with the condition. Many more "
        "have it in the spine along with arthritis in other joints. "
        + sources.FELD_2018,
        "treatment": "A rheumatologist, a doctor who treats joint conditions, "
        "makes the diagnosis and plans medicines. Anti-inflammatory drugs and, "
        "when needed, newer targeted treatments can calm the inflammation.\n\n"
        "Exercise is part of care too. Psoriatic arthritis belongs to a family "
        "of conditions called spondyloarthritis. When these mainly affect the "
        "spine, NICE advises a planned exercise programme, set up with a "
        "specialist physiotherapist.[^3] Daily movement, strength work and "
        "staying active help keep the spine moving.\n\n"
        "[^3]: NICE counts psoriatic arthritis as a form of spondyloarthritis, "
        "one that mostly affects joints other than the spine. When "
        "spondyloarthritis mainly affects the spine, NICE advises referral to "
        "a specialist physiotherapist for a structured exercise programme. "
        + sources.NICE_NG65,
        "urgent_care": EMERGENCY
        + " you have back or neck pain and any of these:\n\n"
        + BACK_EMERGENCY
        + "- new, severe pain after even a minor fall or jolt. A stiff or fused "
        "spine breaks more easily, and the break can be missed.\n"
        "- new numbness, tingling or weakness in your arms\n"
        "- chest pain, or you are short of breath\n\n"
        "Go to an emergency department or eye clinic the same day if you have "
        "a painful red eye with blurred or changing sight.\n",
        "see_doctor": "**See your GP or rheumatology team soon if:**\n\n"
        "- you have psoriasis and back pain that began before the age of 45 "
        "and has lasted more than 3 months, above all if it is worse after "
        "rest and better with movement; ask if you should see a "
        "rheumatologist\n"
        "- you have a flare that is not settling, or new swollen joints, "
        "fingers or toes\n"
        "- you get a fever or feel unwell while taking medicines that damp "
        "down the immune system\n"
        "- pain wakes you every night, or you are losing weight without "
        "trying\n"
        "- your back is getting stiffer despite treatment\n",
        "regions": ["lower-back", "thoracic-spine", "neck", "pelvis"],
        "related": ["sacroiliac-joint-pain"],
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
            (
                "2026-10-27",
                "correction",
                "Corrected how often the spine is involved. Studies give about "
                "25 to 70 in 100 people, depending on the definition, not "
                "'well under half'. Added sources for this and for exercise.",
            ),
            (
                "2026-11-03",
                "review",
                "Reviewed by a physiotherapist. Split emergency signs from "
                "reasons to see your GP or rheumatology team.",
            ),
            (
                "2026-11-14",
                "correction",
                "Removed the figure of 25 to 70 in 100 people, which our source "
                "does not give: estimates vary a lot with the definition used. "
                "Added the full list of emergency signs for the back, and chest "
                "pain or breathlessness.",
            ),
        ],
        "published_at": "2011-05-09",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "it-band-syndrome",
        "featured": True,
        "title": "IT band syndrome",
        "other_names": "Iliotibial band syndrome\nITBS\nRunner's knee (outer)",
        "summary": "An overuse problem of runners and cyclists that causes "
        "sharp pain on the outside of the knee, usually after a set distance.",
        "body": "The IT band is a thick strip of tissue that runs down the "
        "outer thigh, from the hip to just below the knee. In IT band "
        "syndrome, the area where it passes the outer knee becomes painful. "
        "It is common in runners and cyclists. Most people get better with a "
        "change in training and exercise for the hip.",
        "symptoms": "- Pain on the outer side of the knee that starts at a "
        "predictable point in a run or ride\n"
        "- Worse running downhill or on stairs\n"
        "- Tenderness just above the outer knee joint",
        "causes": "Bending and straightening the knee again and again under "
        "load, often after a sudden jump in distance, more hills or a new "
        "surface. Weakness or poor control at the hip may play a part, though "
        "studies do not all agree.",
        "treatment": "Cut back the activity that brings on pain for a while, "
        "rather than stopping all exercise. Build strength at the hip, then "
        "return to running or cycling step by step. Hip strength and control "
        "are at the heart of most exercise plans.[^1] How much stretching the "
        "IT band itself helps is not clear. A stretch or foam roller may still "
        "ease how it feels.\n\n"
        "Two neighbours are worth knowing. Pain around or behind the kneecap "
        "is more often patellofemoral pain. Pain over the bony point of the "
        "outer hip is usually "
        "[[condition:greater-trochanteric-pain-syndrome|greater trochanteric "
        "pain syndrome]], once called hip bursitis. These are treated "
        "differently, so get pain that lasts checked.\n\n"
        "[^1]: A review of IT band pain in runners looks at how the hip and "
        "knee move, and at exercise for the hip, such as strength work, as "
        "treatment. " + sources.BAKER_2016,
        "urgent_care": EMERGENCY + ":\n\n"
        "- you cannot put any weight on the leg after an injury\n"
        "- the knee looks out of shape after an injury, or the leg below it "
        "is numb, cold or pale\n"
        "- the knee is hot, red and swollen and you feel feverish or unwell\n",
        "see_doctor": "**See a GP or physiotherapist if:**\n\n"
        "- the knee swelled up quickly after a twist\n"
        "- it locks, catches or gives way\n"
        "- the pain is not easing after 2 to 3 weeks of cutting back\n"
        "- the pain is at the front or inner side of the knee, not the outer "
        "side\n"
        "- the pain comes at night or when you are resting\n",
        "regions": ["it-band", "hips"],
        "related": ["greater-trochanteric-pain-syndrome"],
        "exercises": [
            (
                "clamshell",
                "helps",
                "Builds the outer hip strength that keeps the knee tracking well.",
            ),
            (
                "side-lying-hip-abduction",
                "helps",
                "Builds the muscles at the side of the hip, a common part of "
                "IT band rehab.",
            ),
            ("glute-bridge", "helps", "Strengthens the hip extensors runners rely on."),
            (
                "standing-it-band-stretch",
                "helps",
                "May ease the feeling of tightness at the outer hip; it "
                "probably does not lengthen the band much, so pair it with "
                "strength work.",
            ),
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
            (
                "2026-10-27",
                "science",
                "Added a source: hip strength work has more support than "
                "stretching the IT band itself.",
            ),
            (
                "2026-11-03",
                "review",
                "Reviewed by a physiotherapist. Split emergency signs from "
                "reasons to see a GP or physiotherapist, and linked outer hip "
                "pain.",
            ),
            (
                "2026-11-14",
                "correction",
                "Our source looks at hip strength and movement, but does not "
                "rate IT band stretching, so we no longer say it does. We now say "
                "that how much stretching helps is not clear.",
            ),
        ],
        "published_at": "2014-03-17",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "ischiofemoral-impingement",
        "title": "Ischiofemoral impingement",
        "other_names": "IFI\nQuadratus femoris impingement",
        "summary": "Deep buttock pain caused by a narrow gap between the "
        "sitting bone and the top of the thigh bone, which pinches the muscle "
        "in between.",
        "body": "This is an uncommon cause of deep buttock pain. The gap "
        "between the sitting bone and the top of the thigh bone is narrow. A "
        "small muscle in that gap, the quadratus femoris, gets squeezed. It "
        "can feel like [[condition:sciatica|sciatica]], so it is easy to "
        "miss. An MRI scan can show the narrow gap and changes in the "
        "muscle.[^1]\n\n"
        "[^1]: A scan study linked this hip pain to a narrow space between "
        "the sitting bone and the thigh bone, with swelling or other changes "
        "in the quadratus femoris muscle. " + sources.TORRIANI_2009,
        "symptoms": "- Deep pain in the buttock or groin, sometimes spreading "
        "down the back of the thigh\n"
        "- Worse with long strides, fast walking or standing with the leg "
        "behind you\n"
        "- Can feel like sciatica, but without back pain",
        "causes": "The space between the sitting bone and a bony bump at the "
        "top of the thigh bone is narrower in some people. This can be down "
        "to their build, an earlier hip operation, or changes in how the "
        "pelvis moves. When the hip moves behind you and turns, the muscle in "
        "the gap is squeezed and gets sore.",
        "treatment": "Many people get better without surgery. Take shorter "
        "strides for a while. Avoid positions that bring on the pain, such as "
        "crossing the leg behind you. A physiotherapist can help you build "
        "strength in the buttock and outer hip and improve control of the "
        "pelvis. A specialist may offer an injection guided by a scan. "
        "Surgery is kept for the few who do not improve.",
        "urgent_care": EMERGENCY
        + " you have buttock or leg pain and any of these:\n\n"
        + BACK_EMERGENCY
        + "- you fall and then cannot stand or put weight on the leg\n"
        "- severe hip pain with a high temperature\n",
        "see_doctor": "**See a GP or physiotherapist if:**\n\n"
        "- deep buttock pain is not easing after a few weeks\n"
        "- pain spreads down the leg with numbness or pins and needles\n"
        "- the pain comes at night or when you are resting\n"
        "- you have a fever, weight loss you cannot explain, or you have had "
        "cancer\n",
        "regions": ["glutes", "hips"],
        "related": ["sciatica", "greater-trochanteric-pain-syndrome"],
        "exercises": [
            ("clamshell", "helps", "Strengthens the outer hip to steady the pelvis."),
            (
                "glute-bridge",
                "helps",
                "Builds buttock strength without taking the hip far behind you.",
            ),
            (
                "standing-isometric-hip-abduction",
                "helps",
                "Works the outer hip while the hip stays still, so the gap is "
                "not narrowed.",
            ),
            (
                "kneeling-hip-flexor-stretch",
                "caution",
                "Deep hip extension narrows the gap; keep the lunge short.",
            ),
            (
                "standing-it-band-stretch",
                "caution",
                "Crossing the leg behind you narrows the gap between the "
                "sitting bone and the thigh bone.",
            ),
        ],
        "updates": [
            ("2016-11-07", "new", "First published."),
            (
                "2026-10-27",
                "major",
                "Added a source, a caution for the standing outer hip stretch, "
                "and reasons to see a GP or physiotherapist.",
            ),
            (
                "2026-11-03",
                "review",
                "Reviewed by a physiotherapist.",
            ),
        ],
        "published_at": "2016-11-07",
        "last_reviewed_on": "2026-11-03",
    },
    {
        "slug": "non-specific-low-back-pain",
        "featured": True,
        "title": "Non-specific low back pain",
        "other_names": "Low back pain\nLower back pain\nMechanical back pain\n"
        "Simple back pain\nLumbago",
        "summary": "Low back pain is very common and is usually not serious. "
        "Non-specific means no single cause can be found, which is true for "
        "most people. Scans rarely help. Staying active, and exercise you will "
        "keep doing, are the main ways to help yourself get better. Pain does "
        "not mean your back is damaged.",
        "body": "Most people have low back pain at some point in their "
        "lives.[^1] For most of them, no single cause can be found. Doctors "
        "call this non-specific low back pain.[^2] The pain is real. The name "
        "just means there is no sign of a serious problem, such as a broken "
        "bone, an infection or a pinched nerve.\n\n"
        "Most people feel much better within a few weeks. Back pain often comes "
        "back at some point, and that is normal too. A flare-up does not mean "
        "you have hurt yourself again.\n\n"
        "[^1]: The WHO notes that most people have low back pain at some "
        "point in their lives. " + sources.WHO_LBP_2023 + "\n"
        "[^2]: Non-specific low back pain is the most common kind of low back "
        "pain. It is one of the biggest causes of ill health around the world. "
        "Yet it often gets better, and many people need little or no formal "
        "care. " + sources.MAHER_2017,
        "symptoms": "- An ache, stiffness or sharp pain between the bottom of "
        "your ribs and your buttocks\n"
        "- Pain that changes as you move or shift position\n"
        "- Stiffness after rest, such as first thing in the morning\n"
        "- Tight back muscles or sudden spasms\n"
        "- Sometimes, pain that spreads into the buttock or thigh\n\n"
        "Pain that runs below the knee, often with tingling or numbness, may be "
        "[[condition:sciatica|sciatica]].",
        "causes": "Often there is no one cause. Pain can start after lifting, "
        "bending or a sudden twist. It can also start for no clear reason. "
        "Some things make back pain more likely, or make it last longer. These "
        "include poor sleep, stress, low mood, not moving much, and worry that "
        "your back is damaged.\n\n"
        "Many people think bad posture or a weak core causes back pain. The "
        "evidence for this is weak. Your back is strong. Everyday bending and "
        "lifting do not wear it out.[^3]\n\n"
        "Scans such as X-rays and MRI rarely help. They often show changes, "
        "like worn discs, in people who have no pain at all. A scan is useful "
        "when a doctor suspects a serious cause.\n\n"
        "[^3]: Back pain is rarely a sign of a serious problem. Scans do not "
        "predict how it will go. Posture and a weak core have not been shown "
        "to cause it. Movement and loading, built up step by step, are safe "
        "for the spine. " + sources.OSULLIVAN_2020,
        "treatment": "**Stay active.** Keep up your normal day as much as you "
        "can, even if you go slowly at first. Long spells of rest in bed tend "
        "to slow recovery. NICE advises keeping up normal activities, and "
        "exercise chosen to suit you.[^4]\n\n"
        "**Exercise helps, and the type matters less than doing it.** Exercise "
        "can ease pain and help you do more, above all when pain has lasted "
        "for months.[^5] Walking, swimming, yoga, Pilates and strength work "
        "can all help. Pick something you like and will keep doing. Good "
        "places to start are the [[exercise:bird-dog]] and the "
        "[[exercise:glute-bridge]].\n\n"
        "**Hurt does not always mean harm.** Pain when you move does not mean "
        "you are damaging your back. Start gently and build up step by step. "
        "Some pain during exercise is fine if it settles within a day.\n\n"
        "**Other help.** Heat and pain relief may help you stay active. Ask a "
        "pharmacist what suits you. If the pain lasts, a physiotherapist can "
        "help you plan how to build up. Some people also gain from talking "
        "therapy alongside exercise.\n\n"
        "[^4]: NICE advises people with low back pain to keep up their normal "
        "activities. It suggests group exercise, such as strength, aerobic or "
        "mind-body exercise, chosen to fit the person's needs, likes and "
        "abilities. " + sources.NICE_NG59 + "\n"
        "[^5]: A Cochrane review found that exercise probably eases pain and "
        "helps people do more when low back pain has lasted a long time, "
        "compared with no treatment or usual care. " + sources.HAYDEN_2021,
        "urgent_care": EMERGENCY
        + " you have back pain and any of these:\n\n"
        + BACK_EMERGENCY
        + "- back pain that started after a serious accident, such as a car "
        "crash or a bad fall\n"
        "- chest pain, or you are short of breath\n",
        "see_doctor": "**Book an appointment within a day or two if you have "
        "back pain and:**\n\n"
        "- a high temperature, or you feel hot and shivery\n"
        "- you have lost weight without trying\n"
        "- you have had cancer\n"
        "- the pain is worse at night, or does not ease at all when you rest\n"
        "- the pain started after a fall or a knock, above all if you are older "
        "or have thin bones\n"
        "- your back has a new lump, swelling or change in shape\n\n"
        "**See a GP or physiotherapist if:**\n\n"
        "- the pain is not getting better after a few weeks of keeping active\n"
        "- it is very bad, or getting worse over time\n"
        "- it stops you doing everyday things, or you are finding it hard to "
        "cope\n"
        "- it began before the age of 45, has lasted more than 3 months, and "
        "you are stiff for more than half an hour each morning\n",
        "regions": ["lower-back", "core"],
        "related": [
            "sciatica",
            "lumbar-spinal-stenosis",
            "sacroiliac-joint-pain",
            "back-spasms-and-trigger-points",
            "tight-hip-flexors",
        ],
        "exercises": [
            (
                "bird-dog",
                "helps",
                "Builds steady strength through the back and hips without heavy load.",
            ),
            (
                "cat-cow",
                "helps",
                "Gentle, rhythmic movement that eases stiffness, for example "
                "first thing in the morning.",
            ),
            (
                "glute-bridge",
                "helps",
                "Strengthens the buttocks and gets the lower back moving again.",
            ),
            (
                "hip-hinge-with-dowel",
                "helps",
                "Practises bending from the hips, which can make bending "
                "and lifting feel less scary.",
            ),
            (
                "childs-pose",
                "helps",
                "A restful position that many people find eases a flare-up.",
            ),
            (
                "suitcase-carry",
                "helps",
                "A later step: builds strength for carrying things in daily life.",
            ),
            (
                "kettlebell-deadlift",
                "caution",
                "Lifting is good for backs, but learn the hip hinge first and "
                "add weight slowly; skip it during a bad flare.",
            ),
        ],
        "updates": [
            ("2008-02-11", "new", "First published."),
            (
                "2009-06-15",
                "science",
                "Added advice from NICE's first guideline on low back pain "
                "(CG88), for pain lasting 6 weeks to a year: keep active, and "
                "do not have X-rays of the lower back.",
            ),
            (
                "2011-09-05",
                "minor",
                "Shorter sentences and a clearer list of symptoms.",
            ),
            (
                "2013-04-22",
                "correction",
                "Removed the claim that a slipped disc is a common cause of "
                "back pain. For most people no single cause can be found.",
            ),
            (
                "2016-12-12",
                "science",
                "Updated for NICE's new guideline on low back pain and "
                "sciatica (NG59). It puts exercise and self-care first and no "
                "longer advises paracetamol on its own or acupuncture.",
            ),
            (
                "2017-03-06",
                "science",
                "Added the American College of Physicians guideline, which "
                "suggests heat and exercise before medicines, and the Lancet "
                "review of non-specific low back pain.",
            ),
            (
                "2018-04-09",
                "science",
                "Added findings from the Lancet series on low back pain: it is "
                "a leading cause of disability worldwide, and scans, strong "
                "painkillers and surgery are often overused.",
            ),
            (
                "2020-02-17",
                "major",
                "Rewrote the causes section around what is known about pain "
                "and damage: posture, a weak core and everyday bending are not "
                "proven causes.",
            ),
            (
                "2021-01-11",
                "review",
                "Checked against the 2020 update of NICE's guideline. It changed "
                "the advice on medicines for sciatica; our advice on back pain "
                "is unchanged.",
            ),
            (
                "2021-10-04",
                "science",
                "Added the updated Cochrane review of exercise for long-lasting "
                "low back pain: exercise probably eases pain and helps people "
                "do more.",
            ),
            (
                "2022-05-16",
                "correction",
                "Corrected the section on scans. We had implied they never "
                "help; they are useful when a doctor suspects a serious cause.",
            ),
            (
                "2024-01-15",
                "science",
                "Added the WHO's first guideline on long-lasting low back pain "
                "(2023). It supports education and structured exercise and "
                "advises against some common treatments, such as traction and "
                "back belts.",
            ),
            (
                "2025-10-01",
                "review",
                "Reviewed by a physiotherapist.",
            ),
            (
                "2026-11-05",
                "major",
                "Split emergency signs from reasons to see a GP or "
                "physiotherapist, and linked related conditions.",
            ),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Each footnote now says only what "
                "its source says, and we added the WHO as the source for how "
                "common back pain is.",
            ),
        ],
        "published_at": "2008-02-11",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "sciatica",
        "title": "Sciatica",
        "other_names": "Lumbar radicular pain\nTrapped nerve in the back\n"
        "Pinched nerve\nNerve root pain",
        "summary": "Pain that spreads from the lower back or buttock down the "
        "leg, often below the knee. It happens when a nerve root in the lower "
        "back is irritated, most often by a bulging disc. It can be very "
        "painful, but most people get better over time without surgery.",
        "body": "The sciatic nerve runs from the lower back, through the "
        "buttock and down the back of each leg. Sciatica is the name for pain "
        "along this path. It tells you a nerve is irritated, but not why.\n\n"
        "The most common cause is a disc in the lower back that bulges out. It "
        "can press on a nerve root and make it sore and swollen.[^1] The "
        "outlook is usually good. Most people get better over time without an "
        "operation. Surgery may ease leg pain sooner for some people. After a "
        "year, though, results with and without surgery are much the "
        "same.[^2]\n\n"
        "[^1]: Sciatica most often comes from a nerve root in the lower back "
        "that is pressed on or inflamed by a bulging (herniated) disc. "
        + sources.ROPPER_2015
        + "\n"
        "[^2]: Most people with sciatica improve over time with care that "
        "does not involve surgery, such as exercise. Surgery may speed up "
        "recovery, but at one year the results are much like those without "
        "it. " + sources.JENSEN_2019,
        "symptoms": "- Pain that spreads from the buttock down the back or side "
        "of the leg, often below the knee\n"
        "- Leg pain that is often worse than the back pain\n"
        "- Burning, shooting or electric-shock pain\n"
        "- Pins and needles or numbness in the leg or foot\n"
        "- Some weakness in the leg or foot\n"
        "- Pain that is worse when you cough, sneeze or sit for a long time",
        "causes": "- A bulging disc, often called a slipped disc, is the most "
        "common cause.\n"
        "- The spaces the nerves pass through can narrow with age. When the "
        "spinal canal narrows, it is called "
        "[[condition:lumbar-spinal-stenosis|lumbar spinal stenosis]].\n"
        "- Less often, a bone in the spine slips forward, or there is an "
        "injury. Rarely, a growth or an infection is the cause.\n\n"
        "Pain in the buttock and thigh can also come from the hip or the "
        "muscles around it, for example "
        "[[condition:ischiofemoral-impingement|ischiofemoral impingement]]. A "
        "physiotherapist or doctor can help tell these apart.",
        "treatment": "Most sciatica is treated without surgery at first.\n\n"
        "- **Stay as active as you can.** Keep up your normal day as far as "
        "the pain allows. Short walks, often, are a good start.\n"
        "- **Find positions that ease it.** Some people feel better lying with "
        "the knees bent. Others find gentle back bends help.\n"
        "- **Exercise.** A physiotherapist can guide exercises that calm the "
        "nerve and build you back up. If a movement sends pain further down "
        "the leg, ease off.\n"
        "- **Pain relief.** Ask a pharmacist or GP. NICE advises against some "
        "medicines often tried for nerve pain, such as gabapentin, pregabalin "
        "and steroid tablets, for sciatica.[^3]\n"
        "- **Injections or surgery.** If bad leg pain lasts despite these "
        "steps, a specialist may talk to you about an injection, or an "
        "operation to free the nerve.\n\n"
        "[^3]: NICE advises staying active and exercise for sciatica. It "
        "advises against gabapentinoids, other epilepsy medicines and oral "
        "steroids for sciatica. It suggests surgery to free the nerve when "
        "other care has not helped and a scan matches the symptoms. "
        + sources.NICE_NG59,
        "urgent_care": EMERGENCY
        + " you have sciatica and any of these:\n\n"
        + BACK_EMERGENCY
        + "- a foot that drags or slaps on the ground when you walk (foot "
        "drop), if it is new\n\n"
        "The first four can be signs of cauda equina syndrome. This is when "
        "the nerves at the base of the spine are squeezed. It is rare, but it "
        "needs treatment fast.[^4]\n\n"
        "[^4]: The NHS lists these signs of cauda equina syndrome and advises "
        "emergency care for them. " + sources.NHS_CAUDA_EQUINA,
        "see_doctor": "**Book an appointment within a day or two if you have "
        "sciatica and:**\n\n"
        "- a high temperature, or you feel unwell\n"
        "- weight loss you cannot explain\n"
        "- a past history of cancer\n"
        "- pain that is worse at night and does not ease with rest\n\n"
        "**See a GP or physiotherapist if:**\n\n"
        "- the pain is not getting better after a few weeks\n"
        "- the pain is very bad, or getting worse\n"
        "- numbness or weakness in one leg is not going away\n"
        "- it stops you doing everyday things, or you are finding it hard to "
        "cope\n",
        "regions": ["lower-back", "glutes", "hamstrings"],
        "related": [
            "non-specific-low-back-pain",
            "lumbar-spinal-stenosis",
            "ischiofemoral-impingement",
        ],
        "exercises": [
            (
                "prone-press-up",
                "helps",
                "Can help if leg pain eases or moves up towards the back as you "
                "press up; stop if it spreads further down the leg.",
            ),
            (
                "sciatic-nerve-glide",
                "helps",
                "Some people find gentle nerve gliding eases leg symptoms; there "
                "is little research, so keep it small, do not hold a stretch, "
                "and stop if leg symptoms increase.",
            ),
            (
                "bird-dog",
                "helps",
                "Builds back and hip strength once the worst leg pain has settled.",
            ),
            (
                "glute-bridge",
                "helps",
                "A gentle way to keep the hips and back working.",
            ),
            (
                "strap-hamstring-stretch",
                "caution",
                "Lifting a straight leg pulls on the sciatic nerve; ease off if "
                "it sends pain or tingling down the leg.",
            ),
            (
                "pigeon-stretch",
                "caution",
                "A deep hip stretch that can squeeze and pull on a sore nerve; "
                "leave it until the leg pain has settled.",
            ),
        ],
        "updates": [
            ("2012-09-03", "new", "First published."),
            (
                "2016-12-12",
                "science",
                "Updated for NICE's new guideline on low back pain and "
                "sciatica: stay active, exercise, and surgery only for some.",
            ),
            (
                "2020-01-20",
                "science",
                "Added a BMJ review of how sciatica is diagnosed and treated.",
            ),
            (
                "2021-01-11",
                "science",
                "Updated for NICE's 2020 change: it now advises against "
                "gabapentin, pregabalin, other epilepsy medicines, steroid "
                "tablets and benzodiazepines for sciatica.",
            ),
            (
                "2026-11-05",
                "review",
                "Reviewed by a physiotherapist. Split emergency signs from "
                "reasons to see a GP or physiotherapist, and added exercises.",
            ),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. We now say only what our source "
                "says about how long sciatica lasts, and that nerve glides have "
                "little research behind them.",
            ),
        ],
        "published_at": "2012-09-03",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "sacroiliac-joint-pain",
        "title": "Sacroiliac joint pain",
        "other_names": "SI joint pain\nSIJ pain\nSacroiliac joint dysfunction",
        "summary": "Pain from the joints where the base of the spine meets the "
        "pelvis. It is felt low in the back or in the buttock, often on one "
        "side. It is hard to diagnose: no single test or scan can confirm it. "
        "Exercise to build strength in the hips and trunk is the usual first "
        "step.",
        "body": "You have two sacroiliac joints, one on each side. They join "
        "the sacrum, the flat bone at the base of the spine, to the pelvis. "
        "They move only a little and are held by very strong ligaments.\n\n"
        "These joints may be the main source of pain for some people with "
        "long-lasting low back pain. Estimates vary; one review puts it at "
        "around 15 to 30 in every 100.[^1] The trouble is that it is hard to "
        "be sure. Pain from the joint feels much like pain from the lower back "
        "or the hip. Scans "
        "often look normal. No single hands-on test is reliable, though a set "
        "of several tests is more useful.[^2]\n\n"
        "[^1]: A review estimated that the sacroiliac joint is the source of "
        "pain in about 15 to 30 out of 100 people with long-lasting low back "
        "pain that does not come from a trapped nerve. It found that no single "
        "finding can reliably identify it. " + sources.COHEN_2013 + "\n"
        "[^2]: Single tests are unreliable. When three or more of a set of "
        "pain tests are positive, the joint is more likely to be the source. "
        "Numbing the joint with an injection is the most trusted check. "
        + sources.LASLETT_2008,
        "symptoms": "- Pain low in the back, near the bony dimple at the back "
        "of the pelvis, often on one side\n"
        "- Pain in the buttock, sometimes spreading to the groin or the back "
        "of the thigh\n"
        "- Pain when you stand on one leg, climb stairs or get in and out of a "
        "car\n"
        "- Pain when you turn over in bed or stand up after sitting\n"
        "- You can often point to the sore spot with one finger",
        "causes": "- Pregnancy and the months after birth, when the load on the "
        "pelvis changes\n"
        "- A fall onto the buttock, or a jolt up through the leg, such as "
        "missing a step\n"
        "- A difference in leg length, or a change in the way you walk\n"
        "- An earlier operation that fused the lower spine\n"
        "- Inflammation of the joint, as in "
        "[[condition:psoriatic-arthritis-of-the-spine|psoriatic arthritis of "
        "the spine]] and similar conditions\n"
        "- Getting older\n\n"
        "Often no clear cause is found.",
        "treatment": "Treatment is much the same as for "
        "[[condition:non-specific-low-back-pain|non-specific low back pain]]. "
        "Stay active. Build strength in your hips, buttocks and trunk, step by "
        "step. A physiotherapist can help you find movements that ease the "
        "pain. In pregnancy, a pelvic support belt may help for a while; ask "
        "your midwife.\n\n"
        "If pain lasts, a specialist may offer a steroid injection into or "
        "around the joint. It can ease pain for some months in some people, "
        "and it also helps show whether the joint is the source. Other "
        "procedures exist, but the evidence for them is mixed.",
        "urgent_care": EMERGENCY + " you have pain low in the back or pelvis and any "
        "of these:\n\n" + BACK_EMERGENCY + "- pain after a serious fall or "
        "accident, and you cannot stand or walk\n"
        "- severe pain with a high temperature, and you feel very unwell\n",
        "see_doctor": "**See a GP or physiotherapist if:**\n\n"
        "- the pain is not getting better after a few weeks\n"
        "- it began before the age of 45 and has lasted more than 3 months, "
        "with stiffness for more than half an hour in the morning, or pain "
        "that wakes you late at night and eases as you move (ask if you "
        "should see a rheumatologist)\n"
        "- you also have psoriasis, bowel inflammation such as Crohn's "
        "disease, or red, painful eyes\n"
        "- you are pregnant or have just had a baby and the pain makes walking "
        "hard (tell your midwife or GP)\n"
        "- you have a fever, weight loss you cannot explain, or you have had "
        "cancer\n",
        "regions": ["pelvis", "lower-back", "glutes"],
        "related": ["non-specific-low-back-pain", "psoriatic-arthritis-of-the-spine"],
        "exercises": [
            (
                "glute-bridge",
                "helps",
                "Builds the buttock muscles that support the back of the pelvis.",
            ),
            (
                "bird-dog",
                "helps",
                "Trains the back, hips and trunk to work together while you "
                "stay steady.",
            ),
            (
                "side-plank-from-knees",
                "helps",
                "An easy way to build strength at the side of the trunk and hip.",
            ),
            (
                "clamshell",
                "helps",
                "Strengthens the outer hip, which helps keep the pelvis level "
                "when you walk.",
            ),
            (
                "suitcase-carry",
                "helps",
                "A later step: carrying a weight on one side trains the trunk "
                "and hips for daily life.",
            ),
            (
                "pigeon-stretch",
                "caution",
                "Puts a deep twist and a lot of load through one side of the "
                "pelvis; leave it out if it flares the pain.",
            ),
        ],
        "updates": [
            ("2019-04-15", "new", "First published."),
            (
                "2023-02-06",
                "minor",
                "Added more on pelvic pain in pregnancy.",
            ),
            (
                "2026-11-05",
                "major",
                "Made clearer how hard this is to diagnose, with sources. "
                "Split emergency signs from reasons to see a GP or "
                "physiotherapist.",
            ),
        ],
        "published_at": "2019-04-15",
        "last_reviewed_on": "2026-11-05",
    },
    {
        "slug": "hip-osteoarthritis",
        "featured": True,
        "title": "Hip osteoarthritis",
        "other_names": "Hip OA\nArthritis of the hip\nWear and tear of the hip",
        "summary": "Pain and stiffness in the hip joint, often felt in the "
        "groin or thigh. It is common as people get older. Exercise is a core "
        "treatment: it eases pain and helps you move better. A hip replacement "
        "is an option when pain still limits your life despite other "
        "treatment.",
        "body": "Osteoarthritis is the most common kind of arthritis. In the "
        "hip, the smooth layer that covers the ends of the bones thins, and "
        "the bone under it changes. The joint is still living tissue that "
        "responds to use. It is not simply worn out.\n\n"
        "A doctor can usually tell you have it from your symptoms alone. An "
        "X-ray is often not needed if you are 45 or over, your pain comes with "
        "activity, and any stiffness in the morning lasts no more than half an "
        "hour.[^1]\n\n"
        "[^1]: NICE advises diagnosing osteoarthritis without scans in people "
        "aged 45 or over who have joint pain linked to activity and either no "
        "morning stiffness or stiffness that lasts no more than 30 minutes. It "
        "makes exercise a core treatment. " + sources.NICE_NG226,
        "symptoms": "- Pain in the groin, buttock or front of the thigh; "
        "sometimes felt in the knee\n"
        "- Pain that is worse with activity, such as a long walk or stairs\n"
        "- Stiffness after rest that eases within about half an hour\n"
        "- Trouble putting on socks and shoes, or getting in and out of a car\n"
        "- A limp, or a hip that moves less than it used to\n"
        "- Grinding or clicking in the joint\n\n"
        "Pain on the outer side of the hip is more often "
        "[[condition:greater-trochanteric-pain-syndrome|greater trochanteric "
        "pain syndrome]].",
        "causes": "- Age: it is more common from middle age on\n"
        "- Your genes and family history\n"
        "- The shape of your hip, including hip problems in childhood\n"
        "- An old injury to the hip\n"
        "- Being overweight, which adds load to the joint\n\n"
        "Everyday exercise, such as walking, does not seem to wear the joint "
        "out.",
        "treatment": "- **Exercise.** This is the core treatment. Do strength "
        "work for the hip and leg, plus activity that makes you a little out "
        "of breath, such as walking, cycling or swimming. Exercise on land "
        "eases pain and helps you move better.[^2] Start where you are and "
        "build up slowly. Some pain during exercise is fine if it settles "
        "within a day.\n"
        "- **Learn about it.** Knowing how the condition works helps you "
        "manage it. Education and exercise go together.[^3]\n"
        "- **Weight.** If you are overweight, losing some weight can ease the "
        "load on the hip.\n"
        "- **Pain relief.** Ask a pharmacist or GP what suits you. It works "
        "best alongside exercise, not instead of it.\n"
        "- **Aids.** A walking stick in the hand on the other side can take "
        "some load off the hip.\n"
        "- **Surgery.** A hip replacement is an option when pain and "
        "stiffness still limit your life despite these steps.\n\n"
        "[^2]: A Cochrane review found that exercise on land eases pain and "
        "improves everyday function in hip osteoarthritis. "
        + sources.FRANSEN_2014
        + "\n"
        "[^3]: An international guideline lists education about arthritis and "
        "structured exercise on land as the core treatments for hip "
        "osteoarthritis. " + sources.OARSI_2019,
        "urgent_care": EMERGENCY + ":\n\n"
        "- you fall and then cannot stand or put weight on the leg\n"
        "- after a fall, the leg looks shorter or turns outwards\n"
        "- the hip is hot, red or swollen and you feel feverish or unwell\n"
        "- after a hip replacement, you have sudden severe pain, or the leg "
        "changes shape or cannot take weight\n"
        "- after a hip replacement, you have chest pain or sudden shortness of "
        "breath\n",
        "see_doctor": "**Contact your GP or surgical team the same day** if, "
        "after a hip replacement, your calf is swollen and painful, or the "
        "wound is red, hot or leaking.\n\n"
        "**See a GP or physiotherapist if:**\n\n"
        "- the pain is not getting better after a few weeks of exercise and "
        "pain relief\n"
        "- pain wakes you most nights, or stops you doing everyday things\n"
        "- you are under 45, or morning stiffness lasts more than half an "
        "hour: another cause may need checking\n"
        "- the pain got much worse quickly, without an injury\n"
        "- you have a fever, weight loss you cannot explain, or you have had "
        "cancer\n\n"
        "A child or teenager with hip or knee pain and a limp should see a "
        "doctor the same day.",
        "regions": ["hips"],
        "related": ["greater-trochanteric-pain-syndrome", "lumbar-spinal-stenosis"],
        "exercises": [
            (
                "sit-to-stand",
                "helps",
                "Practises a move you make every day and builds thigh and hip "
                "strength; start from a higher chair if you need to.",
            ),
            (
                "step-up",
                "helps",
                "Builds strength for stairs; start with a low step and hold a rail.",
            ),
            (
                "glute-bridge",
                "helps",
                "Strengthens the buttock muscles with little load on the joint.",
            ),
            (
                "side-lying-hip-abduction",
                "helps",
                "Builds the muscles at the side of the hip that keep the pelvis "
                "level when you walk.",
            ),
            (
                "standing-isometric-hip-abduction",
                "helps",
                "A gentle start if moving the hip against resistance hurts.",
            ),
            (
                "pigeon-stretch",
                "caution",
                "Needs a lot of hip bend and turn, which a stiff hip may not "
                "have; never force it, and skip it if you have had a hip "
                "replacement.",
            ),
        ],
        "updates": [
            ("2015-06-22", "new", "First published."),
            (
                "2019-09-30",
                "science",
                "Added the OARSI guidelines, which put education and exercise "
                "at the core of treatment.",
            ),
            (
                "2022-11-14",
                "science",
                "Updated for NICE's 2022 osteoarthritis guideline: most people "
                "can be diagnosed without an X-ray, and exercise is a core "
                "treatment.",
            ),
            (
                "2026-11-05",
                "review",
                "Reviewed by a physiotherapist. Split emergency signs from "
                "reasons to see a GP or physiotherapist.",
            ),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. We now advise skipping the pigeon "
                "stretch after a hip replacement, as its exercise page does.",
            ),
        ],
        "published_at": "2015-06-22",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "lumbar-spinal-stenosis",
        "title": "Lumbar spinal stenosis",
        "other_names": "Spinal stenosis\nLumbar canal stenosis\n"
        "Neurogenic claudication",
        "summary": "A narrowing of the space around the nerves in the lower "
        "back, usually with age. It often causes pain, heaviness or tingling "
        "in the legs when you walk or stand, which eases when you sit or bend "
        "forward. Most people start with exercise and staying active; surgery "
        "is an option if symptoms are severe.",
        "body": "The spinal canal is the tunnel in the spine that carries the "
        "nerves. In the lower back it can narrow over the years. Discs bulge a "
        "little, the small joints at the back of the spine grow larger, and a "
        "ligament thickens. When the space gets tight, the nerves can be "
        "squeezed. This happens most when you stand up straight or lean "
        "back.\n\n"
        "Many older people have a narrow canal on a scan but no symptoms. "
        "Stenosis as a condition means the narrowing causes symptoms. It is "
        "most common in people over 60. Leg pain on walking that eases when "
        "you sit or bend forward is its typical sign.[^1]\n\n"
        "[^1]: Lumbar spinal stenosis is a common cause of leg pain on walking "
        "in older adults, eased by sitting or bending forward. Care usually "
        "starts with exercise and physiotherapy, with surgery for some. "
        + sources.KATZ_2022,
        "symptoms": "- Pain, aching, heaviness, cramp or tingling in the "
        "buttocks and legs when you walk or stand\n"
        "- Relief when you sit, squat or bend forward\n"
        "- Walking uphill, or leaning on a shopping trolley, feels easier than "
        "walking downhill or standing up straight\n"
        "- You can walk less far before you need to stop\n"
        "- Low back pain, though the legs are often worse\n"
        "- Sometimes numbness or weakness in the legs",
        "causes": "Stenosis is mostly due to changes in the spine that come "
        "with age. Bending forward opens the canal a little. Standing up "
        "straight or leaning back narrows it. That is why sitting or bending "
        "forward brings relief.\n\n"
        "Less often, a bone in the spine has slipped forward, or the canal has "
        "been narrow from birth.",
        "treatment": "Most people start without surgery.\n\n"
        "- **Keep walking**, in short spells with rests. Leaning forward a "
        "little, on a trolley or walking poles, may help you go further.\n"
        "- **Try cycling.** It is often easier than walking, because you sit "
        "bent forward.\n"
        "- **Exercise.** Forward-bending moves, such as the "
        "[[exercise:double-knee-to-chest]], often ease symptoms. Strength and "
        "fitness work helps you stay active.\n"
        "- **Pain relief.** Ask a pharmacist or GP what suits you.\n"
        "- **Injections.** A specialist may offer an injection near the "
        "nerves. Any relief may not last.\n"
        "- **Surgery.** An operation can widen the canal. It is an option when "
        "symptoms are severe or keep getting worse. A Cochrane review could "
        "not say whether surgery or non-surgical care works better. Side "
        "effects were more common after surgery.[^2]\n\n"
        "[^2]: A Cochrane review found too little good evidence to say "
        "whether surgery or non-surgical care is better for lumbar spinal "
        "stenosis; side effects were more common with surgery. " + sources.ZAINA_2016,
        "urgent_care": EMERGENCY
        + " you have back or leg pain and any of these:\n\n"
        + BACK_EMERGENCY
        + "- a leg or foot that suddenly turns cold, pale and very painful\n",
        "see_doctor": "**See a GP or physiotherapist if:**\n\n"
        "- the distance you can walk keeps getting shorter\n"
        "- you have numbness or weakness in the legs, or trouble with balance "
        "or falls\n"
        "- your symptoms are not getting better after a few weeks\n"
        "- you have a fever, weight loss you cannot explain, or you have had "
        "cancer\n"
        "- you have pain at night that does not ease with rest\n\n"
        "Leg pain on walking can also come from poor blood flow to the legs. "
        "That pain usually eases when you stand still, without sitting or "
        "bending. Your feet may also feel cold or look pale. Tell your GP, as "
        "this needs a different check.",
        "regions": ["lower-back"],
        "related": [
            "non-specific-low-back-pain",
            "sciatica",
            "hip-osteoarthritis",
        ],
        "exercises": [
            (
                "double-knee-to-chest",
                "helps",
                "Bending forward opens the space around the nerves; many people "
                "find this eases leg symptoms.",
            ),
            (
                "childs-pose",
                "helps",
                "A restful forward bend that can ease symptoms after walking "
                "or standing.",
            ),
            (
                "pelvic-tilt",
                "helps",
                "Gently flattens the lower back, a position that many people "
                "with stenosis find easy.",
            ),
            (
                "sit-to-stand",
                "helps",
                "Keeps the legs strong for getting up and walking.",
            ),
            (
                "prone-press-up",
                "caution",
                "Bending backwards narrows the canal and may bring on leg "
                "symptoms; stop if it does.",
            ),
            (
                "prone-back-extension",
                "caution",
                "Arching the back narrows the canal; skip it if it brings on "
                "leg pain or tingling.",
            ),
        ],
        "updates": [
            ("2017-02-20", "new", "First published."),
            (
                "2022-06-27",
                "science",
                "Added a 2022 review of how spinal stenosis is diagnosed and treated.",
            ),
            (
                "2026-11-05",
                "review",
                "Reviewed by a physiotherapist. Split emergency signs from "
                "reasons to see a GP or physiotherapist, and added how to tell "
                "it from poor blood flow.",
            ),
            (
                "2026-11-14",
                "review",
                "Reviewed by a physiotherapist. Added a leg that suddenly turns "
                "cold, pale and painful to the emergency signs.",
            ),
        ],
        "published_at": "2017-02-20",
        "last_reviewed_on": "2026-11-14",
    },
    {
        "slug": "greater-trochanteric-pain-syndrome",
        "title": "Greater trochanteric pain syndrome",
        "other_names": "Gluteal tendinopathy\nHip bursitis\nTrochanteric "
        "bursitis\nOuter hip pain\nGTPS",
        "summary": "Pain on the outer side of the hip, over the bony point at "
        "the top of the thigh. It most often comes from sore tendons of the "
        "buttock muscles, not an inflamed bursa. It is most common in women "
        "over 40. Avoiding positions that squeeze the tendons, plus exercise "
        "that builds up slowly, helps most people.",
        "body": "The greater trochanter is the bony point you can feel at the "
        "side of your hip. Two buttock muscles attach there by tendons. In "
        "this condition those tendons become sore and sensitive. This is "
        "called gluteal tendinopathy. It used to be called hip bursitis. A "
        "bursa, a small cushion of fluid, can be swollen too, but the tendons "
        "are usually the main problem.[^1]\n\n"
        "The tendons do not like being squeezed against the bone. That happens "
        "when your thigh crosses towards or over the other leg. So what you do "
        "through the day matters as much as the exercises.\n\n"
        "[^1]: Most outer hip pain comes from the gluteal tendons. Squeezing "
        "them against the bone, as when the thigh crosses the midline, seems "
        "to make them worse. Care combines advice on daily positions with "
        "exercise. " + sources.GRIMALDI_2015,
        "symptoms": "- Pain on the outer hip, sometimes spreading down the "
        "outside of the thigh\n"
        "- Pain when lying on the sore side, and sometimes on the other side "
        "too\n"
        "- Pain when you stand on one leg, climb stairs or walk uphill\n"
        "- Pain and stiffness when you get up after sitting\n"
        "- Pain when you sit with your legs crossed or in a low chair\n"
        "- Tenderness when you press on the bony point of the hip",
        "causes": "- It is most common in women over 40\n"
        "- A sudden rise in activity, such as more walking, running or hills\n"
        "- Habits that squeeze the tendons, such as crossing your legs or "
        "standing with your weight hanging on one hip\n"
        "- Weak muscles around the hip\n"
        "- It often goes along with low back pain or "
        "[[condition:hip-osteoarthritis|hip osteoarthritis]]",
        "treatment": "**Take the squeeze off the tendons.**\n\n"
        "- Do not cross your legs or knees when you sit.\n"
        "- Stand with your weight on both feet, not hanging on one hip.\n"
        "- Avoid low chairs, so your knees are not higher than your hips.\n"
        "- Try not to lie on the sore side. If you lie on the other side, put "
        "a pillow between your knees so the top leg does not drop across.\n\n"
        "**Load the tendons, step by step.** Start with gentle holds, such as "
        "the [[exercise:standing-isometric-hip-abduction]]. Over several weeks, "
        "build up to exercises that move the hip against more load. Some pain "
        "during exercise is fine if it settles by the next day.\n\n"
        "**What the evidence shows.** In a large trial, people given advice "
        "plus exercise did better after 8 weeks than those who had a steroid "
        "injection or who waited to see.[^2] An injection may ease pain for a "
        "while, but in that trial advice and exercise did better.\n\n"
        "[^2]: In a randomised trial in people with gluteal tendinopathy, "
        "advice on daily load plus exercise gave better overall results and "
        "less pain at 8 weeks than a steroid injection or waiting to see. "
        + sources.MELLOR_2018,
        "urgent_care": EMERGENCY + ":\n\n"
        "- you fall and then cannot stand or put weight on the leg\n"
        "- after a fall, the leg looks shorter or turns outwards\n"
        "- the hip is hot, red or swollen and you feel feverish or unwell\n",
        "see_doctor": "**See a GP or physiotherapist if:**\n\n"
        "- the pain is not starting to improve after a few weeks of changing "
        "habits and doing the exercises\n"
        "- the pain is mainly in the groin rather than the side of the hip, "
        "which can point to the hip joint\n"
        "- you have numbness or tingling down the leg\n"
        "- pain wakes you at night whatever position you lie in\n"
        "- the pain began after a fall\n"
        "- you have a fever, weight loss you cannot explain, or you have had "
        "cancer\n",
        "regions": ["hips", "glutes", "it-band"],
        "related": [
            "it-band-syndrome",
            "hip-osteoarthritis",
            "ischiofemoral-impingement",
        ],
        "exercises": [
            (
                "standing-isometric-hip-abduction",
                "helps",
                "A gentle first step: the muscles work hard while the hip stays "
                "still, so the tendons are not squeezed.",
            ),
            (
                "glute-bridge",
                "helps",
                "Loads the buttock muscles with the hips straight; keep your "
                "knees hip-width apart.",
            ),
            (
                "side-lying-hip-abduction",
                "helps",
                "A later step once the holds are easy; lie on the pain-free "
                "side, pillow between the knees, top leg in line with your "
                "body.",
            ),
            (
                "clamshell",
                "caution",
                "Can help, but lie on the pain-free side with a pillow "
                "between your knees; stop if it brings on outer hip pain.",
            ),
            (
                "standing-it-band-stretch",
                "caution",
                "Crossing the leg behind and leaning pushes the gluteal "
                "tendons against the bone, which often makes this pain worse.",
            ),
            (
                "seated-hip-rotator-stretch",
                "caution",
                "Crossing one leg over the other squeezes the outer hip "
                "tendons; skip it if you feel it at the side of the hip.",
            ),
            (
                "pigeon-stretch",
                "caution",
                "A deep position that squeezes the outer hip; leave it out "
                "while the side of the hip is sore.",
            ),
        ],
        "updates": [
            ("2020-03-09", "new", "First published."),
            (
                "2026-11-05",
                "review",
                "Reviewed by a physiotherapist. Added advice on positions that "
                "squeeze the tendons, and split emergency signs from reasons "
                "to see a GP or physiotherapist.",
            ),
            (
                "2026-11-14",
                "correction",
                "We now describe the trial's results at 8 weeks, which we could "
                "check, and no longer make claims about one year.",
            ),
        ],
        "published_at": "2020-03-09",
        "last_reviewed_on": "2026-11-14",
    },
]
