import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from authors.services import author_create


class Command(BaseCommand):
    help = (
        "Create a login for a trainer: a staff account in the Authors group with a "
        "public author profile. Asks for the password twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--name", dest="display_name", help="Name shown in bylines."
        )
        parser.add_argument(
            "--editor",
            action="store_true",
            help="Also add the login to the Editors group: may credit articles to "
            "other authors and record reviews.",
        )
        parser.add_argument(
            "--no-password",
            action="store_true",
            help="Create the account without a usable password (set it later in "
            "the admin).",
        )

    def handle(
        self, *args, username, email, display_name, editor, no_password, **options
    ):
        if get_user_model().objects.filter(username=username).exists():
            raise CommandError(f"A user called “{username}” already exists.")
        password = None if no_password else self._ask_password(username, email)
        author = author_create(
            username=username,
            email=email,
            display_name=display_name or username,
            password=password,
            editor=editor,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created author “{author.display_name}” (login: {username}). "
                "Log in at /admin/."
            )
        )

    def _ask_password(self, username: str, email: str) -> str:
        user = get_user_model()(username=username, email=email)
        for _ in range(3):
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The passwords do not match. Try again.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write(" ".join(error.messages))
                continue
            return password
        raise CommandError("No acceptable password given; nothing was created.")
