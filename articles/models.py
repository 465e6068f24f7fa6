"""What exercises and conditions share: publishing state, byline, review and the
public update log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db import models, router, transaction
from django.db.models import OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone

from . import links
from .choices import choice_display
from .freshness import content_changed
from .signals import publication_changed
from .tracking import track


class EditConflict(Exception):
    """A save based on an out-of-date copy of an article: someone else saved (or
    deleted) it after this copy was read. Nothing was written."""

    def __init__(self, article: Article, *, deleted: bool = False):
        self.article = article
        self.deleted = deleted
        what = "deleted" if deleted else "changed"
        super().__init__(
            f"{type(article)._meta.verbose_name} {article.pk} was {what} by someone "
            f"else after version {article.version} was read; nothing was saved."
        )


# Health guidance ages: reviewers look again at least this often.
REVIEW_INTERVAL_YEARS = 3


def review_due_after(reviewed: dt.date) -> dt.date:
    """The default next review date: three years on (28 February for 29th)."""
    year = reviewed.year + REVIEW_INTERVAL_YEARS
    try:
        return reviewed.replace(year=year)
    except ValueError:
        return reviewed.replace(year=year, day=28)


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


def published_q(prefix: str = "") -> models.Q:
    """Published and due, for an article reached through `prefix` ("exercise__").

    A filter on a joined article, where `article__in=Model.objects.published()`
    would read the ids of every published article in the library first.
    """
    # Trainers schedule ahead: a published article stays hidden until its date.
    return models.Q(
        **{
            f"{prefix}status": Status.PUBLISHED,
            f"{prefix}published_at__lte": timezone.now(),
        }
    )


def may_preview(user, model: type[models.Model]) -> bool:
    """Whether `user` sees the drafts and scheduled rows of `model`: authors
    allowed to view it preview their pages, visitors never do.

    One rule for `ArticleQuerySet.visible_to` and for pages read without a
    queryset (exercises/pages.py).
    """
    opts = model._meta
    return user.is_active and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")


# What an article page shows of its author and reviewer: their names, linked
# (their credentials are read apart, articles.views.ArticleDetailView).
BYLINE_PERSON = ("display_name", "slug")
# The relations every article page reads with the article, and their fields.
ARTICLE_JOINED: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"author": BYLINE_PERSON, "reviewed_by": BYLINE_PERSON}
)


class ArticleQuerySet(models.QuerySet):
    def with_joined(self, joined: Mapping[str, tuple[str, ...]]) -> ArticleQuerySet:
        """`select_related` of each relation in `joined`, reading every field
        of the article and only the fields named of each relation (a page
        loader's `ArticlePlan.joined` reads the same)."""
        return self.select_related(*joined).only(
            *(f.name for f in self.model._meta.concrete_fields),
            *(
                f"{name}__{field}"
                for name, fields in joined.items()
                for field in fields
            ),
        )

    def published(self) -> ArticleQuerySet:
        return self.filter(published_q())

    def visible_to(self, user) -> ArticleQuerySet:
        """Everything for authors who may preview drafts, published rows otherwise."""
        if may_preview(user, self.model):
            return self.all()
        return self.published()

    def publish(self) -> int:
        """Publish the rows; the first publication date is kept on republishing."""
        return self._change_publication(
            self.exclude(status=Status.PUBLISHED),
            status=Status.PUBLISHED,
            published_at=Coalesce("published_at", timezone.now()),
        )

    def unpublish(self) -> int:
        return self._change_publication(
            self.filter(status=Status.PUBLISHED), status=Status.DRAFT
        )

    def _change_publication(self, rows: ArticleQuerySet, **values) -> int:
        with transaction.atomic(using=rows.db):
            pks = list(rows.select_for_update().values_list("pk", flat=True))
            count = (
                self.model._base_manager.using(rows.db)
                .filter(pk__in=pks)
                .update(version=models.F("version") + 1, **values)
            )
            # update() sends no signals, so the public pages and search are told
            # here.
            content_changed()
            publication_changed.send(sender=self.model, pks=pks, using=rows.db)
        return count


class Article(models.Model):
    """Abstract base of every page trainers write (exercises and conditions)."""

    _get_FIELD_display = choice_display

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The end of the page address. Changing it breaks shared links.",
    )
    summary = models.TextField(
        max_length=500,
        help_text="One or two plain sentences shown in lists and search results.",
    )
    body = models.TextField(
        blank=True,
        help_text="Markdown. Footnotes: write [^1] in the text and “[^1]: source” "
        "at the end.",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        "published",
        null=True,
        blank=True,
        help_text="Set automatically on first publication. A future date schedules "
        "the article.",
    )
    author = models.ForeignKey(
        "authors.Author",
        on_delete=models.PROTECT,
        related_name="%(class)ss",
        help_text="Shown in the byline with the author's credentials.",
    )
    last_reviewed_on = models.DateField(
        null=True,
        blank=True,
        help_text="When a qualified reviewer last checked this article.",
    )
    reviewed_by = models.ForeignKey(
        "authors.Author",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviewed_%(class)ss",
        help_text="Shown near the top with their credentials and the review date.",
    )
    next_review_due = models.DateField(
        null=True,
        blank=True,
        help_text="Shown on the page. Left empty, it is set to three years after "
        "the last review, and moves with it when a new review date is entered.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Optimistic lock: every save bumps it, and a form that read an older value
    # is refused instead of overwriting someone else's work.
    version = models.PositiveIntegerField(default=1, editable=False)
    # Lets the site-wide log filter on the article (`exercise__status=...`).
    updates = GenericRelation("articles.ArticleUpdate", related_query_name="%(class)s")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["title"]
        indexes = [
            # Public lists are published rows up to now, in title order: a page
            # of them is read from this index in order, and counting them never
            # touches the table, instead of sorting the whole library. (With
            # separate indexes SQLite, having no statistics, picks the date one
            # and sorts.)
            models.Index(
                fields=["status", "title", "published_at"],
                name="%(app_label)s_%(class)s_list",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status=Status.DRAFT)
                | models.Q(published_at__isnull=False),
                name="%(app_label)s_%(class)s_published_has_date",
            ),
            models.CheckConstraint(
                condition=models.Q(last_reviewed_on__isnull=True)
                | models.Q(reviewed_by__isnull=False),
                name="%(app_label)s_%(class)s_review_has_reviewer",
                violation_error_message="Say who reviewed the article.",
            ),
            models.CheckConstraint(
                condition=~models.Q(reviewed_by=models.F("author")),
                name="%(app_label)s_%(class)s_reviewer_is_not_author",
                violation_error_message="A review is a second pair of eyes: the "
                "reviewer cannot be the author.",
            ),
            models.CheckConstraint(
                condition=models.Q(next_review_due__isnull=True)
                | models.Q(last_reviewed_on__isnull=True)
                | models.Q(next_review_due__gt=models.F("last_reviewed_on")),
                name="%(app_label)s_%(class)s_review_due_after_review",
                violation_error_message="The next review must be due after the "
                "last one.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        """Write the article only if nobody saved it since this copy was read.

        A reviewed article without a due date gets the default one.

        Here rather than in a form so that every writer (the admin, the importer,
        demo content, scripts, a future API) is held to the same lock. The
        conditional UPDATE claims the row (and on PostgreSQL locks it) until the
        surrounding transaction ends, so two writers can never both pass.
        """
        if self.last_reviewed_on and not self.next_review_due:
            self.next_review_due = review_due_after(self.last_reviewed_on)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "next_review_due"}
        if self._state.adding:
            super().save(*args, **kwargs)
            return
        model = type(self)
        using = kwargs.get("using") or router.db_for_write(model, instance=self)
        with transaction.atomic(using=using):
            claimed = (
                model._base_manager.using(using)
                .filter(pk=self.pk, version=self.version)
                .update(version=models.F("version") + 1)
            )
            if not claimed:
                exists = model._base_manager.using(using).filter(pk=self.pk).exists()
                raise EditConflict(self, deleted=not exists)
            self.version += 1
            try:
                super().save(*args, **kwargs)
            except BaseException:
                # The transaction rolls the claim back; so does this copy.
                self.version -= 1
                raise

    def clean(self) -> None:
        super().clean()
        links.check(self.markdown_texts(), published=self.status == Status.PUBLISHED)

    def is_published(self) -> bool:
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    is_published.boolean = True
    is_published.short_description = "live"

    def review_is_overdue(self, today: dt.date | None = None) -> bool:
        due = self.next_review_due
        return due is not None and due < (today or timezone.localdate())

    # The texts readers read, for the reading level and the source check;
    # subclasses add their own fields.
    MARKDOWN_FIELDS: tuple[str, ...] = ("body",)

    def markdown_texts(self) -> dict[str, str]:
        """Each Markdown field's text, by field name."""
        return {name: getattr(self, name) for name in self.MARKDOWN_FIELDS}

    def readable_texts(self) -> list[str]:
        """Everything a reader reads on the page, for the reading level."""
        return [self.summary, *self.markdown_texts().values()]

    @property
    def first_published_year(self) -> int | None:
        """The year the log starts: first publication, or an older logged entry.

        Articles moved here from an older site keep their history, so a logged
        entry can predate publication on this site.
        """
        return first_year((u.date for u in self.updates.all()), self.published_at)

    @property
    def update_count(self) -> int:
        # len() rather than count() so a prefetched log costs no query.
        return len(self.updates.all())


class UpdateKind(models.TextChoices):
    NEW = "new", "New article"
    MAJOR = "major", "Major revision"
    MINOR = "minor", "Minor edit"
    SCIENCE = "science", "New research"
    CORRECTION = "correction", "Correction"
    REVIEW = "review", "Expert review"


def article_models() -> list[type[Article]]:
    """Every concrete article type (exercises, conditions, and any added later)."""
    return [m for m in apps.get_models() if issubclass(m, Article)]


class ArticleUpdateQuerySet(models.QuerySet):
    def _by_article_type(
        self, then: Callable[[type[Article]], models.Expression], **case
    ) -> models.Case:
        """A CASE on the entry's type of article, `then(model)` for each type."""
        types = ContentType.objects.db_manager(self.db)
        return models.Case(
            *(
                models.When(content_type=types.get_for_model(model), then=then(model))
                for model in article_models()
            ),
            **case,
        )

    def public(self) -> ArticleUpdateQuerySet:
        """Entries of published articles only, whatever their type.

        The article is looked up from each entry by primary key, picked by a
        CASE on the entry's type rather than an OR of `content_type = …` terms,
        which SQLite would answer from the type index, reading and sorting every
        entry. This way the newest entries are read down the date index until
        enough are found, however large the library.

        The lookup is a scalar subquery (TRUE, or NULL when the article is not
        published), not an EXISTS: PostgreSQL turns an EXISTS inside a CASE into
        a hash of every published article's id, built on each request before
        the first entry is read (the update log took 2.2 times as long at
        10,000 exercises as at 100), while a scalar subquery is looked up for
        each entry read.
        """
        return self.filter(
            self._by_article_type(
                lambda model: models.Subquery(
                    model._base_manager.filter(published_q(), pk=OuterRef("object_id"))
                    .order_by()
                    .values(published=models.Value(True))[:1]
                ),
                default=models.Value(False),
                output_field=models.BooleanField(),
            )
        )

    def with_article_link(self) -> ArticleUpdateQuerySet:
        """Each entry's article title and slug, as `article_title` and
        `article_slug`, read in the entry's own row.

        For lists read as values (`articles.update_log`): two more lookups by
        primary key per entry (besides `public()`'s), in the entry's type of
        article, where `for_list` runs a prefetch query per type of article.
        """

        def linked(name: str) -> models.Case:
            return self._by_article_type(
                lambda model: models.Subquery(
                    model._base_manager.filter(pk=OuterRef("object_id"))
                    .order_by()
                    .values(name)[:1]
                ),
                output_field=models.CharField(),
            )

        return self.annotate(article_title=linked("title"), article_slug=linked("slug"))

    def for_list(self) -> ArticleUpdateQuerySet:
        # The pages read their entries through articles.update_log, which
        # tests compare with this. A log line names its article and links to
        # it: the title and slug only, not a whole article (Markdown body and
        # all) per line.
        return self.public().prefetch_related(
            GenericPrefetch(
                "article",
                [m._base_manager.only("title", "slug") for m in article_models()],
            )
        )


@track()
class ArticleUpdate(models.Model):
    """One entry of an article's public update log."""

    _get_FIELD_display = choice_display

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    article = GenericForeignKey("content_type", "object_id")
    date = models.DateField(default=timezone.localdate)
    kind = models.CharField(max_length=12, choices=UpdateKind.choices)
    description = models.TextField(
        max_length=1000, help_text="What changed, in a sentence readers understand."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = ArticleUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id", "date"]),
            # The newest entries site-wide (home page, /updates/).
            models.Index(fields=["-date", "-id"], name="articleupdate_newest"),
        ]
        verbose_name = "update-log entry"
        verbose_name_plural = "update log"

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"


class ContentVersion(models.Model):
    """One row saying how current the public pages are.

    Every change to published content bumps `generation` (see
    articles/freshness.py); cached pages are keyed by it, so the next request
    after a save renders afresh, on every server sharing the database.
    `scheduled` lists the future publication times, so a scheduled article going
    live changes the key too, without a write when it happens.
    """

    generation = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)
    scheduled = models.JSONField(
        default=list, help_text="Future publication times, ISO 8601, sorted."
    )

    class Meta:
        verbose_name = "content version"

    def __str__(self) -> str:
        return f"generation {self.generation}"


def first_year(
    logged: Iterable[dt.date], published_at: dt.datetime | None
) -> int | None:
    """`Article.first_published_year` of an article with these log dates."""
    years = [date.year for date in logged]
    if published_at:
        years.append(timezone.localtime(published_at).year)
    return min(years, default=None)
