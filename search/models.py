"""What search reads: one entry per published article, in plain text.

Entries are written by search.indexing whenever an article (or anything shown
with it) changes; `manage.py rebuild_search_index` writes them all anew. The
full-text index over them depends on the database (search/backends.py): an FTS5
table on SQLite, a weighted tsvector column with a GIN index on PostgreSQL.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from articles.choices import choice_display


class Kind(models.TextChoices):
    # What a result is labelled; the order of the type filter.
    EXERCISE = "exercise", "Exercise"
    STRETCH = "stretch", "Stretch"
    CONDITION = "condition", "Condition"


class SearchEntryQuerySet(models.QuerySet):
    def due(self) -> "SearchEntryQuerySet":
        """Entries visitors may find: drafts have none, scheduled ones wait.
        (search.engine's SQL applies the same rule, `published_at <= now`.)"""
        return self.filter(published_at__lte=timezone.now())


class SearchEntry(models.Model):
    """On PostgreSQL the table also has `vector`, a column generated from the
    text fields (search/0002): a later migration that alters one of those
    fields must drop and re-create it around the change."""

    _get_FIELD_display = choice_display

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices)
    url = models.CharField(max_length=300)
    # Scheduled articles are indexed ahead and found from this time on.
    published_at = models.DateTimeField()
    # The fields search ranks, most important first.
    title = models.CharField(max_length=200)
    names = models.TextField(blank=True, help_text="Aliases or other names.")
    summary = models.TextField(blank=True)
    regions = models.TextField(blank=True, help_text="Body region names.")
    body = models.TextField(blank=True, help_text="Everything else, as plain text.")

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_once"
            )
        ]
        indexes = [
            models.Index(fields=["published_at"], name="search_entry_due"),
            # What a search checks of each match, without reading its texts:
            # SQLite's FTS5 finds ids, this answers "due?" and "which type?".
            models.Index(
                fields=["id", "published_at", "kind", "title"],
                name="search_entry_matches",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"


class SearchKey(models.Model):
    """A title, alias or other name in normal form ("bird dog"), so a search for
    exactly that name finds its page first."""

    entry = models.ForeignKey(
        SearchEntry, on_delete=models.CASCADE, related_name="keys"
    )
    key = models.CharField(max_length=300, db_index=True)

    class Meta:
        verbose_name = "search key"

    def __str__(self) -> str:
        return self.key
