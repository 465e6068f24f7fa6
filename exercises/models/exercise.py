from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from django.db import models
from django.db.models import Prefetch

from articles.choices import choice_display
from articles.expressions import LinkExists
from articles.models import ARTICLE_JOINED, Article, ArticleQuerySet
from articles.text import lines
from articles.tracking import track
from backpain.urlcache import slug_url
from exercises.dosage import Dosage
from images.fields import ResponsiveImageField

from .regions import BodyRegion, Equipment


class Kind(models.TextChoices):
    EXERCISE = "exercise", "Exercise"
    STRETCH = "stretch", "Stretch"


class Difficulty(models.IntegerChoices):
    # Integers so lists can sort from easiest to hardest.
    BEGINNER = 1, "Beginner"
    INTERMEDIATE = 2, "Intermediate"
    ADVANCED = 3, "Advanced"


class Frequency(models.TextChoices):
    # The labels are read aloud as part of the dosage sentence.
    DAILY = "daily", "once a day"
    TWICE_DAILY = "twice_daily", "twice a day"
    ALTERNATE_DAYS = "alternate_days", "every other day"
    THREE_WEEKLY = "three_weekly", "three times a week"
    AS_NEEDED = "as_needed", "whenever you feel stiff"


class RegionRole(models.TextChoices):
    PRIMARY = "primary", "Primary"
    SECONDARY = "secondary", "Secondary"


# What an exercise page shows of its easier and harder options: a link, once
# published.
LINKED_OPTION = ("title", "slug", "status", "published_at")
# The relations an exercise page reads with the exercise, and their fields.
DETAIL_JOINED = MappingProxyType(
    {**ARTICLE_JOINED, "easier_option": LINKED_OPTION, "harder_option": LINKED_OPTION}
)


class ExerciseQuerySet(ArticleQuerySet):
    def targeting(self, region_ids: Iterable[int]) -> ExerciseQuerySet:
        """Exercises that target any of these regions. Pass the sub-regions too
        (`with_sub_regions`) to include what lies below a region."""
        # EXISTS, not `pk IN (…)`: a page of 24 is read down the list index,
        # probing each exercise's regions, until 24 are found; the IN list
        # gathered every matching exercise of the library first.
        return self.filter(
            LinkExists(ExerciseRegion, "exercise", region=list(region_ids))
        )

    def for_list(self) -> ExerciseQuerySet:
        """Published exercises, with only the columns a list card shows.

        A page of 24 needs no bodies, cautions or aliases. The cards' regions
        are read by `exercises.selectors.exercise_cards`, one query a page.
        """
        return self.published().only("title", "slug", "summary", "kind", "difficulty")

    def for_detail(self) -> ExerciseQuerySet:
        """What an exercise page shows from this app, in a fixed number of queries.

        The reference for `exercises.pages.exercise_page`, which reads the page.

        The page's links to conditions are added by
        `exercises.selectors.exercise_detail_queryset`: conditions.models imports
        this module, so this module does not import it back. The byline's
        credentials are read by the view, one query for author and reviewer.
        """
        return self.with_joined(DETAIL_JOINED).prefetch_related(
            "steps",
            "images",
            "variants",
            "equipment",
            "updates",
            Prefetch(
                "target_regions",
                queryset=ExerciseRegion.objects.select_related("region"),
            ),
        )


@track(
    parts=("target_regions", "steps", "images", "variants", "updates"),
    links=("condition_links",),
)
class Exercise(Article):
    """An exercise or stretch page."""

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.EXERCISE)
    difficulty = models.PositiveSmallIntegerField(
        choices=Difficulty.choices, default=Difficulty.BEGINNER
    )
    equipment = models.ManyToManyField(
        Equipment,
        blank=True,
        related_name="exercises",
        help_text="Leave empty when no equipment is needed.",
    )
    regions = models.ManyToManyField(
        BodyRegion, through="ExerciseRegion", related_name="exercises"
    )
    aliases = models.TextField(
        blank=True,
        help_text="Other names people search for, one per line.",
    )
    hold_seconds_min = models.PositiveSmallIntegerField(
        "hold (seconds)", null=True, blank=True, help_text="e.g. 5 for “hold 5–10 s”."
    )
    hold_seconds_max = models.PositiveSmallIntegerField(
        "hold up to (seconds)",
        null=True,
        blank=True,
        help_text="Optional upper end of a range, e.g. 10.",
    )
    reps_min = models.PositiveSmallIntegerField("repetitions", null=True, blank=True)
    reps_max = models.PositiveSmallIntegerField(
        "repetitions up to", null=True, blank=True
    )
    sets = models.PositiveSmallIntegerField(null=True, blank=True)
    per_side = models.BooleanField(
        default=False, help_text="Tick when the dosage is for each side."
    )
    frequency = models.CharField(
        "how often", max_length=20, choices=Frequency.choices, blank=True
    )
    easier_option = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="An easier exercise to link to.",
    )
    easier_note = models.CharField(
        max_length=300,
        blank=True,
        help_text="Or describe the easier option, e.g. “Move the leg only”.",
    )
    harder_option = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="A harder exercise to link to.",
    )
    harder_note = models.CharField(max_length=300, blank=True)
    cautions = models.TextField(
        blank=True,
        help_text="One caution per line, e.g. “Stop if pain runs down your leg”.",
    )
    source = models.CharField(
        max_length=300,
        blank=True,
        help_text="Where imported content came from, with its licence.",
    )

    objects = ExerciseQuerySet.as_manager()

    class Meta(Article.Meta):
        indexes = [
            # Article's list index with the kind added: a list of stretches is
            # counted ("1,878 exercises") and paged in title order from the index
            # alone, never stepping through the rows' long texts.
            models.Index(
                fields=["status", "title", "published_at", "kind"],
                name="exercise_list_kind",
            ),
        ]
        constraints = [
            *Article.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(hold_seconds_max__isnull=True)
                | models.Q(
                    hold_seconds_min__isnull=False,
                    hold_seconds_max__gte=models.F("hold_seconds_min"),
                ),
                name="exercise_hold_range_ordered",
                violation_error_message="Give the shortest hold, and make the "
                "longest hold at least as long.",
            ),
            models.CheckConstraint(
                condition=models.Q(reps_max__isnull=True)
                | models.Q(reps_min__isnull=False, reps_max__gte=models.F("reps_min")),
                name="exercise_reps_range_ordered",
                violation_error_message="Give the lowest number of repetitions, "
                "and make the highest at least as high.",
            ),
            models.CheckConstraint(
                condition=~models.Q(easier_option=models.F("pk"))
                & ~models.Q(harder_option=models.F("pk")),
                name="exercise_options_not_self",
                violation_error_message="An exercise cannot be its own easier or "
                "harder option.",
            ),
        ]

    def get_absolute_url(self) -> str:
        return slug_url("exercises:detail", self.slug)

    @property
    def dosage(self) -> Dosage:
        return Dosage(
            hold_seconds_min=self.hold_seconds_min,
            hold_seconds_max=self.hold_seconds_max,
            reps_min=self.reps_min,
            reps_max=self.reps_max,
            sets=self.sets,
            per_side=self.per_side,
            frequency=self.get_frequency_display() if self.frequency else "",
        )

    def readable_texts(self) -> list[str]:
        # Reads the steps and variants: for the admin's reading level, not pages.
        variants = [
            f"{v.name}. {v.change}. {v.instructions}" for v in self.variants.all()
        ]
        return [
            *super().readable_texts(),
            self.cautions,
            self.easier_note,
            self.harder_note,
            *(step.text for step in self.steps.all()),
            *variants,
        ]

    @property
    def caution_list(self) -> list[str]:
        return lines(self.cautions)

    @property
    def alias_list(self) -> list[str]:
        return lines(self.aliases)

    def regions_by_role(self, role: str) -> list[BodyRegion]:
        """Uses the prefetched `target_regions`; no query when prefetched."""
        return [t.region for t in self.target_regions.all() if t.role == role]

    @property
    def primary_regions(self) -> list[BodyRegion]:
        return self.regions_by_role(RegionRole.PRIMARY)

    @property
    def secondary_regions(self) -> list[BodyRegion]:
        return self.regions_by_role(RegionRole.SECONDARY)


@track()
class ExerciseRegion(models.Model):
    """Which region an exercise works, and whether mainly or as a side effect."""

    _get_FIELD_display = choice_display

    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="target_regions"
    )
    region = models.ForeignKey(
        BodyRegion, on_delete=models.PROTECT, related_name="targeted_by"
    )
    role = models.CharField(
        max_length=10, choices=RegionRole.choices, default=RegionRole.PRIMARY
    )

    class Meta:
        ordering = ["role", "region__order", "region__name"]
        verbose_name = "target region"
        constraints = [
            models.UniqueConstraint(
                fields=["exercise", "region"],
                name="exerciseregion_unique",
                violation_error_message="This region is already listed.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.region} ({self.get_role_display().lower()})"


@track()
class ExerciseStep(models.Model):
    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(help_text="One action, e.g. “Lift the opposite arm.”")

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


@track()
class ExerciseImage(models.Model):
    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="images"
    )
    image = ResponsiveImageField(
        upload_to="exercises/",
        renditions_field="renditions",
        help_text="JPEG (phone photos included), PNG or WebP, up to 10 MB, the "
        "long side at most 10 times the short side. Location and camera data are "
        "removed on upload.",
    )
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    alt_text = models.CharField(
        max_length=250,
        blank=True,
        help_text="What the picture shows, for people who cannot see it, e.g. "
        "“Kneeling on all fours with the right arm and left leg stretched out”.",
    )
    is_decorative = models.BooleanField(
        "decorative",
        default=False,
        help_text="Tick only if the picture adds nothing the text does not say; "
        "screen readers will then skip it.",
    )
    caption = models.CharField(max_length=250, blank=True)
    credit = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who took or owns the picture and its licence, shown under it, "
        "e.g. “Photo: Free Exercise DB, public domain”. Leave empty for our own.",
    )
    credit_url = models.URLField(
        "credit link", blank=True, help_text="Where the credit links, if anywhere."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(alt_text="") | models.Q(is_decorative=True),
                name="exerciseimage_alt_text_or_decorative",
                violation_error_message="Describe the picture for people who cannot "
                "see it, or tick “decorative”.",
            )
        ]

    def __str__(self) -> str:
        return self.alt_text


@track()
class StretchVariant(models.Model):
    """The same stretch done a different way, shifting what it stretches most."""

    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="variants"
    )
    name = models.CharField(max_length=120, help_text="e.g. “Foot turned inward”.")
    slug = models.SlugField(
        max_length=120,
        help_text="Used to link straight to this variant (#variant-slug).",
    )
    change = models.CharField(
        "what changes",
        max_length=300,
        help_text="e.g. “Turn the foot of the crossed leg inward”.",
    )
    emphasis = models.CharField(
        "emphasis becomes",
        max_length=200,
        help_text="e.g. “Internal hip rotators”.",
    )
    instructions = models.TextField(blank=True)
    image = ResponsiveImageField(
        upload_to="variants/", blank=True, renditions_field="image_renditions"
    )
    image_renditions = models.JSONField(default=dict, blank=True, editable=False)
    image_alt = models.CharField("image description", max_length=250, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "stretch variant"
        constraints = [
            models.UniqueConstraint(
                fields=["exercise", "slug"],
                name="stretchvariant_unique_slug",
                violation_error_message="Another variant of this stretch already "
                "uses this link name.",
            ),
            models.CheckConstraint(
                condition=models.Q(image="") | ~models.Q(image_alt=""),
                name="stretchvariant_image_has_alt_text",
                violation_error_message="Describe the image for people who cannot "
                "see it.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        # Prefixed like the page's section id, so a slug such as "main" is no clash.
        return f"{self.exercise.get_absolute_url()}#variant-{self.slug}"
