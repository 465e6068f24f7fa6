"""Remove image files that no row and no stored version names any more.

    manage.py prune_media                  # list them (nothing is removed)
    manage.py prune_media --delete         # remove them
    manage.py prune_media --older-than 30  # only files unchanged for 30 days

Rows keep their files when an image is replaced or deleted, so the history can
bring them back (images/fields.py). Files stay as long as any stored version
names them; `manage.py deleterevisions` (django-reversion) forgets old versions.
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from images.processing import readable_size
from images.pruning import unused_files


class Command(BaseCommand):
    help = (
        "List, or with --delete remove, image files and renditions that no row "
        "and no stored version uses."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--delete",
            action="store_true",
            help="Remove the files. Without it nothing is removed.",
        )
        parser.add_argument(
            "--older-than",
            type=float,
            default=1,
            metavar="DAYS",
            help="Leave files written in the last DAYS days (default 1): an upload "
            "is stored a moment before the row that names it is committed.",
        )

    def handle(self, *args, delete: bool, older_than: float, **options):
        if older_than < 0:
            raise CommandError("--older-than cannot be negative.")
        found = list(unused_files(older_than=dt.timedelta(days=older_than)))
        for storage, unused in found:
            if delete:
                storage.delete(unused.name)
            self.stdout.write(unused.name)
        total = readable_size(sum(unused.size for _, unused in found), round_up=True)
        if delete:
            self.stdout.write(
                self.style.SUCCESS(f"Removed {len(found)} unused files ({total}).")
            )
        else:
            self.stdout.write(
                f"{len(found)} unused files ({total}). Nothing was removed; run "
                "again with --delete to remove them."
            )
