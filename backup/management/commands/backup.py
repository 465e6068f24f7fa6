from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from backup.archive import BackupError
from backup.services import backup_create


class Command(BaseCommand):
    help = (
        "Write one dated archive of the database and every media file into "
        "BACKPAIN_BACKUP_DIR (default backups/). Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database, **options):
        try:
            path = backup_create(
                folder=Path(settings.BACKPAIN_BACKUP_DIR), using=database
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        size = path.stat().st_size / 1_048_576
        self.stdout.write(f"Backup written: {path} ({size:.1f} MB)")
