from django.db import models


class ImportRecord(models.Model):
    """Which source record an exercise came from, and what it looked like then.

    Lets a re-import update in place (never duplicate), skip unchanged records,
    and leave alone an exercise a trainer has edited since it was imported.
    """

    source = models.CharField(max_length=50)
    external_id = models.CharField(max_length=100)
    exercise = models.OneToOneField(
        "exercises.Exercise", on_delete=models.CASCADE, related_name="import_record"
    )
    data_hash = models.CharField(max_length=64)
    imported_version = models.PositiveIntegerField(
        help_text="The exercise's version right after the import wrote it; a "
        "higher version means someone has edited it since."
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"], name="importrecord_unique_source_id"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.external_id}"
