from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models, transaction

from articles.tracking import track
from backpain.urlcache import url


class BodyRegionQuerySet(models.QuerySet):
    def by_parent(self) -> dict[int | None, list[BodyRegion]]:
        """Regions grouped under their parent's pk (None: top level), in order."""
        children: dict[int | None, list[BodyRegion]] = {}
        for region in self.order_by("order", "name"):
            children.setdefault(region.parent_id, []).append(region)
        return children


def with_sub_regions(
    roots: Iterable[int], children: dict[int | None, list[BodyRegion]]
) -> set[int]:
    """The pks of `roots` and of every region below them, e.g. "Hips" adds "Hip
    flexors". `children` is `BodyRegion.objects.by_parent()`: the tree is a few
    dozen rows, so one read of it beats a recursive query per level, and works
    the same on every database."""
    found: set[int] = set()
    stack = list(roots)
    while stack:
        pk = stack.pop()
        if pk not in found:
            found.add(pk)
            stack.extend(child.pk for child in children.get(pk, ()))
    return found


@track()
class BodyRegion(models.Model):
    """A part of the body visitors pick when something hurts."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text="The wider region this one belongs to, e.g. “Hips” for “Hip "
        "flexors”. Filtering by the wider region includes this one.",
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers are listed first."
    )
    description = models.CharField(
        max_length=300, blank=True, help_text="One sentence shown on the region picker."
    )

    objects = BodyRegionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "body region"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")),
                name="bodyregion_not_own_parent",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{url('exercises:list')}?region={self.slug}"

    def descendant_ids(self) -> set[int]:
        """This region's pk and those of every region below it."""
        return with_sub_regions([self.pk], BodyRegion.objects.by_parent())

    def clean(self) -> None:
        if self.parent_id and self.pk and self.parent_id in self.descendant_ids():
            raise ValidationError(
                {
                    "parent": "A region cannot sit inside itself or one of its own "
                    "sub-regions."
                }
            )


def _refuse_if_in_use(equipment: models.QuerySet[Equipment]) -> None:
    """Raise ProtectedError if any of the equipment is on an exercise.

    Call inside the deleting transaction: the rows are locked first, so an
    exercise cannot pick the item up between this check and the delete (on
    PostgreSQL adding the link waits for the lock; SQLite lets one writer in).
    """
    ids = list(equipment.select_for_update().values_list("pk", flat=True))
    links = Equipment.exercises.through.objects.filter(equipment__in=ids)
    exercises = {link.exercise for link in links.select_related("exercise")}
    if exercises:
        raise models.ProtectedError(
            "Equipment used by exercises cannot be deleted; take it off these "
            "exercises first: " + ", ".join(sorted(str(e) for e in exercises)),
            exercises,
        )


class EquipmentQuerySet(models.QuerySet):
    def delete(self):
        # Deleting through the many-to-many table would silently take the item
        # off every exercise that uses it; refuse, as regions in use are refused.
        with transaction.atomic(using=self.db):
            _refuse_if_in_use(self)
            return super().delete()


@track()
class Equipment(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    objects = EquipmentQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "equipment"

    def __str__(self) -> str:
        return self.name

    def delete(self, *args, **kwargs):
        with transaction.atomic(using=kwargs.get("using") or self._state.db):
            _refuse_if_in_use(Equipment.objects.filter(pk=self.pk))
            return super().delete(*args, **kwargs)
