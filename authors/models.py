from django.conf import settings
from django.db import models

from articles.tracking import track
from backpain.urlcache import slug_url
from images.fields import ResponsiveImageField


@track(parts=("credentials",))
class Author(models.Model):
    """The public profile of a trainer who writes or reviews articles.

    Kept apart from the login account so a byline survives a changed username and
    so a reviewer can be credited without ever logging in.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        # A profile without its login would be editable by every author, and
        # the byline would lose who wrote it: deactivate logins, never delete.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="author_profile",
        help_text="The login this profile belongs to. Leave empty for a reviewer "
        "who does not edit the site.",
    )
    display_name = models.CharField(
        max_length=120, help_text="The name shown in bylines, e.g. “Sam Rivera”."
    )
    slug = models.SlugField(
        max_length=120, unique=True, help_text="Used in the profile address."
    )
    photo = ResponsiveImageField(
        upload_to="authors/", blank=True, renditions_field="photo_renditions"
    )
    photo_renditions = models.JSONField(default=dict, blank=True, editable=False)
    photo_alt = models.CharField(
        "photo description",
        max_length=250,
        blank=True,
        help_text="Describe the photo for people who cannot see it.",
    )
    bio = models.TextField(
        blank=True, help_text="A few sentences about your background and approach."
    )
    website = models.URLField(blank=True)

    class Meta:
        ordering = ["display_name"]
        permissions = [
            (
                "credit_others",
                "Can credit articles to any author and record any reviewer",
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(photo="") | ~models.Q(photo_alt=""),
                name="author_photo_has_alt_text",
                violation_error_message="Describe the photo for people who cannot "
                "see it.",
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return slug_url("authors:detail", self.slug)


@track()
class Credential(models.Model):
    """A qualification readers can check with the body that issued it."""

    author = models.ForeignKey(
        Author, on_delete=models.CASCADE, related_name="credentials"
    )
    title = models.CharField(
        max_length=200, help_text="e.g. “Certified Personal Trainer”."
    )
    issuing_body = models.CharField(
        max_length=200, help_text="The organisation that awarded it."
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year it was awarded."
    )
    verification_url = models.URLField(
        blank=True, help_text="A public register where readers can check it."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "-year", "pk"]

    def __str__(self) -> str:
        year = f", {self.year}" if self.year else ""
        return f"{self.title} ({self.issuing_body}{year})"
