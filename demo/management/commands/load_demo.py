from django.core.management.base import BaseCommand

from demo.services import demo_load


class Command(BaseCommand):
    help = "Add the demo content that is missing. Existing rows are left as they are."

    def handle(self, *args, **options):
        created = demo_load()
        if not created:
            self.stdout.write("Demo content already present; nothing to add.")
            return
        summary = ", ".join(f"{n} {what}" for what, n in sorted(created.items()) if n)
        self.stdout.write(self.style.SUCCESS(f"Demo content added: {summary}."))
