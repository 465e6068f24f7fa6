from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from backup.archive import BackupError
from backup.databases import database as database_for
from backup.media import stored_files
from backup.services import Checked, backup_check, backup_find_latest, backup_restore

NOTHING_CHANGED = "Nothing was changed."


class Command(BaseCommand):
    help = (
        "Put back the database and the media files of a backup, exactly as they "
        "were when it was made; by default the newest in BACKPAIN_BACKUP_DIR. "
        "Asks first unless --no-input is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive",
            nargs="?",
            help="The backup file; the newest in BACKPAIN_BACKUP_DIR if left out.",
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Restore without asking (for scripts).",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, archive, interactive, database, **options):
        started = False
        try:
            path = (
                Path(archive)
                if archive
                else backup_find_latest(
                    folder=Path(settings.BACKPAIN_BACKUP_DIR), using=database
                )
            )
            with backup_check(path=path, using=database) as checked:
                if interactive and not self.confirmed(checked, database):
                    self.stdout.write(f"Restore cancelled. {NOTHING_CHANGED}")
                    return
                started = True
                restored = backup_restore(checked=checked, using=database)
        except BackupError as error:
            # Once the restore has started, its message says what state it left.
            message = str(error) if started else f"{error} {NOTHING_CHANGED}"
            raise CommandError(message) from error
        made = checked.manifest.created_at.strftime("%Y-%m-%d %H:%M %Z")
        self.stdout.write(
            f"Restored {path} (made {made}): the database, and the media files "
            f"({len(checked.manifest.media)}; {restored.files_written} written, "
            f"{restored.files_removed} removed)."
        )
        if restored.migrations_applied:
            self.stdout.write(
                "Migrated the backup to this version of the site "
                f"({restored.migrations_applied} migrations) and rebuilt the search "
                "index."
            )
        self.stdout.write(
            "Restart the site's server processes, so none keeps what it read from "
            "the database before."
        )

    def confirmed(self, checked: Checked, database: str) -> bool:
        made = checked.manifest.created_at.strftime("%Y-%m-%d %H:%M %Z")
        where = getattr(default_storage, "location", type(default_storage).__name__)
        self.stdout.write(
            f"Restore {checked.path}, made {made}?\n"
            f"It replaces everything in {database_for(database).describe()}, and "
            f"every file in media storage ({where}). Media files in the backup: "
            f"{len(checked.manifest.media)}; on the site now: "
            f"{len(stored_files(default_storage))}."
        )
        try:
            answer = input("Type 'yes' to continue, or 'no' to cancel: ")
        except EOFError:
            raise CommandError(
                "No answer: input is closed. To restore without asking, add "
                f"--no-input (make restore YES=1). {NOTHING_CHANGED}"
            ) from None
        return answer.strip().lower() == "yes"
