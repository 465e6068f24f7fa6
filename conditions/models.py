from __future__ import annotations

from django.db import models
from django.db.models import Prefetch

from articles.choices import choice_display
from articles.markdown import Document, Section
from articles.models import ARTICLE_JOINED, Article, ArticleQuerySet, published_q
from articles.text import lines
from articles.tracking import track
from backpain.urlcache import slug_url
from exercises.models import BodyRegion, Exercise


class Relation(models.TextChoices):
    HELPS = "helps", "Helps"
    CAUTION = "caution", "Use with caution"
    AVOID = "avoid", "Avoid"


def relation_order() -> models.Case:
    """Sorts links as Relation lists them: helps, then caution, then avoid."""
    return models.Case(
        *(
            models.When(relation=value, then=index)
            for index, value in enumerate(Relation.values)
        )
    )


# What a condition page reads of each exercise it links to.
LINKED_EXERCISE = ("title", "slug")


class ConditionQuerySet(ArticleQuerySet):
    def for_home(self) -> ConditionQuerySet:
        """Featured conditions first, then the rest by name."""
        return self.published().order_by("-featured", "title")

    def for_detail(self) -> ConditionQuerySet:
        """Everything a condition page shows, in a fixed number of queries.

        Linked exercises and related conditions are limited to published ones
        here, so a draft never shows up as a link on a public page. The byline's
        credentials are read by the view, one query for author and reviewer.
        """
        return self.with_joined(ARTICLE_JOINED).prefetch_related(
            "updates",
            "regions",
            Prefetch(
                "related",
                queryset=Condition.objects.published().only("title", "slug"),
                to_attr="public_related",
            ),
            Prefetch(
                "exercise_links",
                queryset=ConditionExercise.objects.filter(published_q("exercise__"))
                .select_related("exercise")
                # A link shows the exercise's title and links to its slug; its
                # steps, body and cautions stay unread.
                .only(
                    *(f.name for f in ConditionExercise._meta.concrete_fields),
                    *(f"exercise__{name}" for name in LINKED_EXERCISE),
                )
                .order_by(relation_order(), "order", "exercise__title"),
                to_attr="public_exercise_links",
            ),
        )


SECTION_HELP = (
    "Markdown. Footnotes can be cited in any section ([^1]) and defined in any "
    "section (“[^1]: source”); they are numbered once for the whole page."
)


@track(parts=("exercise_links", "updates"))
class Condition(Article):
    """A condition page: what it is, what helps, and when to get help fast."""

    other_names = models.TextField(
        blank=True, help_text="Other names people search for, one per line."
    )
    symptoms = models.TextField(blank=True, help_text=SECTION_HELP)
    causes = models.TextField(blank=True, help_text=SECTION_HELP)
    treatment = models.TextField(blank=True, help_text=SECTION_HELP)
    urgent_care = models.TextField(
        "get emergency help now",
        help_text="Markdown. Warning signs that need emergency care now (an "
        "emergency number or department). Every condition page must have this.",
    )
    see_doctor = models.TextField(
        "see a doctor or physiotherapist soon",
        help_text="Markdown. When to book an appointment within days: signs that "
        "need checking, and how long to wait if it is not getting better. Every "
        "condition page must have this.",
    )
    regions = models.ManyToManyField(
        BodyRegion,
        blank=True,
        related_name="conditions",
        help_text="The body regions it affects. The exercise list filtered by one "
        "of them links this guide.",
    )
    related = models.ManyToManyField(
        "self",
        blank=True,
        help_text="Conditions readers may confuse with this one or should read "
        "next. Linked both ways.",
    )
    featured = models.BooleanField(
        default=False, help_text="Show this condition on the home page."
    )
    exercises = models.ManyToManyField(
        Exercise, through="ConditionExercise", related_name="conditions", blank=True
    )

    objects = ConditionQuerySet.as_manager()

    SECTIONS = [
        ("symptoms", "Symptoms"),
        ("causes", "Causes"),
        ("treatment", "Treatment"),
    ]

    MARKDOWN_FIELDS = (
        "body",
        "symptoms",
        "causes",
        "treatment",
        "urgent_care",
        "see_doctor",
    )

    class Meta(Article.Meta):
        pass

    # Its page's view, for code that has only slugs (backpain.urlcache.slug_urls).
    url_name = "conditions:detail"

    def get_absolute_url(self) -> str:
        return slug_url(self.url_name, self.slug)

    @property
    def document(self) -> Document:
        """The overview and the sections, for rendering as one Markdown text.

        Rendered together so a footnote cited in one section and defined in
        another still links both ways, numbered once for the whole page. The
        renderer gives each section heading its id (e.g. md-body-symptoms) and
        leaves out sections without text.
        """
        return Document(
            intro=self.body,
            sections=tuple(
                Section(slug=field, heading=heading, text=getattr(self, field))
                for field, heading in self.SECTIONS
            ),
        )

    @property
    def other_name_list(self) -> list[str]:
        return lines(self.other_names)


@track()
class ConditionExercise(models.Model):
    """Whether an exercise helps with a condition or needs care, and why."""

    _get_FIELD_display = choice_display

    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="exercise_links"
    )
    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="condition_links"
    )
    relation = models.CharField(
        max_length=10, choices=Relation.choices, default=Relation.HELPS
    )
    note = models.CharField(
        max_length=300,
        blank=True,
        help_text="Why, in one sentence, e.g. “Eases the pull on the front of the "
        "hip”.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "linked exercise"
        constraints = [
            models.UniqueConstraint(
                fields=["condition", "exercise"],
                name="conditionexercise_unique",
                violation_error_message="This exercise is already linked.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.exercise} ({self.get_relation_display().lower()})"
