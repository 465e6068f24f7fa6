import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from authors.models import Author
from exercises.importing import Importer, RecordError, import_author, load_records


class Command(BaseCommand):
    help = (
        "Import the public-domain Free Exercise DB (a folder with exercises.json "
        "and images/, or the JSON file itself). Imports drafts unless --publish; "
        "running it again updates instead of duplicating."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--publish", action="store_true", help="Publish what is imported."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change and write nothing.",
        )
        parser.add_argument(
            "--author",
            help="Slug of the author profile to credit (default: an “imported” "
            "profile created on first use).",
        )

    def handle(self, *args, path, publish, dry_run, author, **options):
        try:
            records, image_root = load_records(path)
        except RecordError as error:
            raise CommandError(f"Nothing imported: {error}", returncode=2) from error
        if dry_run:
            with transaction.atomic():
                summary = self._import(records, image_root, author, publish, True)
                transaction.set_rollback(True)
        else:
            summary = self._import(records, image_root, author, publish, False)

        for record_id, message in summary.errors:
            self.stderr.write(f"  {record_id}: {message}")
        lead = "Dry run, nothing written. Would have: " if dry_run else ""
        self.stdout.write(
            f"{lead}created {summary.created}, updated {summary.updated}, "
            f"skipped {summary.skipped} ({summary.unchanged} unchanged, "
            f"{summary.kept_local_edits} edited by trainers since the last "
            f"import), errors {len(summary.errors)}."
        )
        if summary.errors:
            raise CommandError(
                f"{len(summary.errors)} record(s) could not be imported; the "
                "others were.",
                returncode=1,
            )

    def _import(self, records, image_root, author_slug, publish, dry_run):
        if author_slug:
            try:
                author = Author.objects.get(slug=author_slug)
            except Author.DoesNotExist as error:
                raise CommandError(f"No author profile “{author_slug}”.") from error
        else:
            author = import_author()
        importer = Importer(
            image_root=image_root, author=author, publish=publish, dry_run=dry_run
        )
        return importer.run(records, progress=self._progress(len(records)))

    def _progress(self, total: int):
        # A bar only for a person watching; logs and CI get the summary alone.
        if not sys.stderr.isatty():
            return iter
        return lambda items: tqdm(items, total=total, unit="record", file=sys.stderr)
