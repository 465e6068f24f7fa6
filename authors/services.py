from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify

from articles.text import unique_slug

from .models import Author

AUTHORS_GROUP = "Authors"
EDITORS_GROUP = "Editors"


@transaction.atomic
def author_create(
    *,
    username: str,
    email: str,
    display_name: str,
    password: str | None,
    editor: bool = False,
) -> Author:
    """A staff login in the Authors group (and Editors, if asked) with its public
    profile.

    With no password the account gets an unusable one, to be set through the
    admin's password form or a reset link; nothing ships with a default password.
    """
    user = get_user_model().objects.create_user(
        username=username, email=email, password=password, is_staff=True
    )
    groups = [AUTHORS_GROUP, EDITORS_GROUP] if editor else [AUTHORS_GROUP]
    user.groups.add(*Group.objects.filter(name__in=groups))
    base = slugify(display_name) or slugify(username) or "author"
    slug = unique_slug(base, lambda s: Author.objects.filter(slug=s).exists())
    return Author.objects.create(user=user, display_name=display_name, slug=slug)
