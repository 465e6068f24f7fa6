"""Valid defaults for every model; tests override only what they are about."""

import datetime as dt
import io

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles.models import ArticleUpdate, Status
from authors.models import Author, Credential
from conditions.models import Condition, ConditionExercise
from exercises.models import (
    BodyRegion,
    Equipment,
    Exercise,
    ExerciseImage,
    ExerciseRegion,
    ExerciseStep,
    StretchVariant,
)


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class AuthorUserFactory(UserFactory):
    """A trainer's login: staff, in the Authors group the migration created."""

    is_staff = True

    @factory.post_generation
    def in_authors_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name="Authors"))


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    display_name = factory.Sequence(lambda n: f"Trainer {n}")
    slug = factory.Sequence(lambda n: f"trainer-{n}")


class CredentialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Credential

    author = factory.SubFactory(AuthorFactory)
    title = "Certified Pilates Instructor"
    issuing_body = "A Pilates school"
    year = 2015


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BodyRegion

    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")


class EquipmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Equipment

    name = factory.Sequence(lambda n: f"Equipment {n}")
    slug = factory.Sequence(lambda n: f"equipment-{n}")


class PublishedArticle(factory.django.DjangoModelFactory):
    """Shared defaults: a published article by a fresh author."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "A short plain summary."
    author = factory.SubFactory(AuthorFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=1))

    class Params:
        draft = factory.Trait(status=Status.DRAFT, published_at=None)


class ExerciseFactory(PublishedArticle):
    class Meta:
        model = Exercise

    title = factory.Sequence(lambda n: f"Exercise {n}")
    slug = factory.Sequence(lambda n: f"exercise-{n}")


class ExerciseRegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExerciseRegion

    exercise = factory.SubFactory(ExerciseFactory)
    region = factory.SubFactory(RegionFactory)


class StepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExerciseStep

    exercise = factory.SubFactory(ExerciseFactory)
    order = factory.Sequence(int)
    text = factory.Sequence(lambda n: f"Step text {n}")


class ImageFactory(factory.django.DjangoModelFactory):
    """A real picture, stored and resized as an upload is."""

    class Meta:
        model = ExerciseImage

    exercise = factory.SubFactory(ExerciseFactory)
    image = factory.LazyFunction(
        lambda: SimpleUploadedFile("photo.jpg", _jpeg(), content_type="image/jpeg")
    )
    alt_text = factory.Sequence(lambda n: f"Photo {n}")


class VariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StretchVariant

    exercise = factory.SubFactory(ExerciseFactory, kind="stretch")
    name = factory.Sequence(lambda n: f"Variant {n}")
    slug = factory.Sequence(lambda n: f"variant-{n}")
    change = "Turn the foot inward."
    emphasis = "Internal rotators"


class ConditionFactory(PublishedArticle):
    class Meta:
        model = Condition

    title = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.Sequence(lambda n: f"condition-{n}")
    urgent_care = "Get help now if the leg goes numb."
    see_doctor = "See a doctor if it is not better in six weeks."


class ConditionExerciseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConditionExercise

    condition = factory.SubFactory(ConditionFactory)
    exercise = factory.SubFactory(ExerciseFactory)


class UpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleUpdate

    article = factory.SubFactory(ExerciseFactory)
    kind = "minor"
    description = "Tidied the wording."
