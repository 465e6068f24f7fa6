from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Write every search entry anew from the published and scheduled articles. "
        "Entries follow every save on their own; run this after restoring a "
        "backup, after writing to the database around the models, or if the log "
        "says an entry could not be written."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database, **options):
        count = rebuild(using=database)
        self.stdout.write(f"Search index rebuilt: {count} entries.")
