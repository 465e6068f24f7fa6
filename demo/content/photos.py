"""Start and end photos for some demo exercises, with alt text; the
credit under each is the importer's (exercises.importing.IMAGE_CREDIT).

The JPEG files live in demo/photos/<record id>/0.jpg and 1.jpg. They are copied
byte for byte from the public-domain Free Exercise DB (The Unlicense) and are
shipped inside the project, so a fresh clone shows them without needing the
../shared folder. Source, commit and the full licence text are in
demo/photos/LICENCE.md.

PHOTOS maps an exercise slug to (record id, (alt text of 0.jpg, alt text of
1.jpg)); CAPTIONS adds a caption where a photo needs explaining. Each alt text
says what that photo really shows, even where it differs from our own steps. An
exercise without a fitting photo is simply left out.
"""

PHOTOS = {
    # The record goes on from the tilt into a bridge (our harder option): the
    # second photo is shown for that, and its caption says so.
    "pelvic-tilt": (
        "Pelvic_Tilt_Into_Bridge",
        (
            "Lying on the back on a mat, knees bent, feet flat under the knees "
            "and arms resting on the floor above the head",
            "The same position with the hips lifted high off the mat into a "
            "bridge, shoulders and arms still on the floor",
        ),
    ),
    "cat-cow": (
        "Cat_Stretch",
        (
            "On hands and knees on a mat with the back fairly flat and the head "
            "lowered in line with it",
            "On hands and knees with the back rounded up towards the ceiling and "
            "the head dropped between the arms",
        ),
    ),
    "childs-pose": (
        "Childs_Pose",
        (
            "Kneeling and sitting back on the heels, chest low over the thighs, "
            "forehead near the mat and both arms stretched forward along the floor",
            "Sitting back on the heels with the chest folded over the thighs, "
            "forehead resting on the mat and the arms drawn back with the hands "
            "beside the head",
        ),
    ),
    "dead-bug": (
        "Dead_Bug",
        (
            "Lying on the back with both arms pointing straight up at the ceiling "
            "and both knees bent at right angles above the hips",
            "Lying on the back with both arms still pointing up and one knee above "
            "the hip while the other leg is stretched out straight, just above "
            "the floor",
        ),
    ),
    "glute-bridge": (
        "Butt_Lift_Bridge",
        (
            "Lying on the back on a mat with knees bent, feet flat on the floor "
            "and arms along the sides, palms down",
            "Hips lifted high off the mat, weight on the feet and upper back, "
            "arms flat on the floor at the sides",
        ),
    ),
    "single-leg-glute-bridge": (
        "Single_Leg_Glute_Bridge",
        (
            "Lying on the back with one foot flat and that knee bent, the other "
            "leg held straight up towards the ceiling, arms out to the sides",
            "Hips lifted off the floor, pushing through the one bent leg while "
            "the other leg stays straight and raised, arms flat on the floor",
        ),
    ),
    "strap-hamstring-stretch": (
        "Hamstring_Stretch",
        (
            "On the back with head and shoulders raised, a strap looped round one "
            "foot with that knee bent towards the chest; the other knee is bent, "
            "heel on the floor",
            "Lying flat on the back, one leg straight and pointing at the ceiling "
            "with a strap round the sole held in both hands, the other leg "
            "straight along the mat",
        ),
    ),
    "kneeling-hip-flexor-stretch": (
        "Kneeling_Hip_Flexor",
        (
            "Kneeling on one knee on a pad with the other foot flat in front, "
            "both knees bent, hands on the hips and the upper body upright",
            "The same kneeling lunge with the hips eased a little forward, hands "
            "on the hips and the upper body upright",
        ),
    ),
    "single-knee-to-chest": (
        "One_Knee_To_Chest",
        (
            "Lying on the back on a mat with both knees bent, feet flat and the "
            "hands behind the head",
            "Lying on the back with one leg straight along the mat and the other "
            "knee pulled towards the chest, hands clasped over the shin just "
            "below the knee",
        ),
    ),
    "double-knee-to-chest": (
        "Hug_Knees_To_Chest",
        (
            "Lying on the back on a mat with both knees bent, feet flat and the "
            "hands resting on the tops of the thighs",
            "Both knees pulled in to the chest with the arms wrapped over the "
            "shins just below the knees, hips curled up off the mat and head "
            "slightly raised",
        ),
    ),
    "supine-figure-four-stretch": (
        "Ankle_On_The_Knee",
        (
            "Lying on the back on a mat with both knees bent, feet flat and the "
            "hands resting on the tops of the thighs",
            "On the back with one ankle crossed over the other knee; both hands "
            "hold the lower leg's shin and draw both legs towards the chest, "
            "head slightly raised",
        ),
    ),
    "prone-back-extension": (
        "Superman",
        (
            "Lying face down on a mat with the legs straight and both arms "
            "stretched forward on the floor beyond the head",
            "Face down with the straight arms, the chest and both straight legs "
            "lifted well off the floor, so only the belly and hips touch the mat",
        ),
    ),
    "front-plank": (
        "Plank",
        (
            "Kneeling on one knee with the other foot flat in front and the hands "
            "clasped on that knee, getting ready to go down to the floor",
            "Body held in a straight line from head to heels, resting on the "
            "forearms and toes with the elbows under the shoulders and the hands "
            "together",
        ),
    ),
    "side-plank": (
        "Side_Bridge",
        (
            "Lying on one side propped up on the forearm, elbow under the "
            "shoulder, legs straight and stacked, hips on the mat and top hand "
            "on the hip",
            "Hips lifted so the body forms a straight line from head to feet, "
            "resting on one forearm and the side of the bottom foot, top hand on "
            "the hip",
        ),
    ),
    "step-up": (
        "Dumbbell_Step_Ups",
        (
            "Standing upright with both feet on top of a flat weight bench, "
            "holding a dumbbell in each hand at the sides",
            "Standing behind a flat bench with one foot placed on it and that "
            "knee bent, holding a dumbbell in each hand at the sides",
        ),
    ),
}

CAPTIONS = {
    "pelvic-tilt": (
        "Start here, then tip the pelvis a little.",
        "Going on into a bridge is the harder option.",
    ),
}
