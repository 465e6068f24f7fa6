from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from articles.admin import (
    HTTPS_URLS,
    ArticleAdmin,
    ArticleUpdateInline,
    HistoryAdmin,
    KeepVanishedRowsFormSet,
    LabelledRowsInlineMixin,
    ReviewDueFilter,
    SourcesFilter,
)

from .models import (
    BodyRegion,
    Equipment,
    Exercise,
    ExerciseImage,
    ExerciseRegion,
    ExerciseStep,
    Kind,
    StretchVariant,
)


@admin.register(BodyRegion)
class BodyRegionAdmin(HistoryAdmin):
    list_display = ["name", "parent", "order"]
    list_editable = ["order"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Equipment)
class EquipmentAdmin(HistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_deleted_objects(self, objs, request):
        # The model refuses to delete equipment in use; say so on the
        # confirmation page, as Django does for protected relations.
        deleted, counts, perms, protected = super().get_deleted_objects(objs, request)
        in_use = Exercise.objects.filter(equipment__in=objs).distinct()
        protected = [*protected, *(f"Exercise: {exercise}" for exercise in in_use)]
        return deleted, counts, perms, protected


class ExerciseRegionInline(LabelledRowsInlineMixin, admin.TabularInline):
    model = ExerciseRegion
    formset = KeepVanishedRowsFormSet
    autocomplete_fields = ["region"]
    extra = 1
    verbose_name_plural = "Target regions"


class ExerciseStepInline(LabelledRowsInlineMixin, admin.TabularInline):
    model = ExerciseStep
    formset = KeepVanishedRowsFormSet
    fields = ["order", "text"]
    extra = 1
    verbose_name_plural = "Steps (numbered in this order)"


class PicturesFormSet(KeepVanishedRowsFormSet):
    # A picture someone deleted stays deleted: its file may have been pruned
    # since (prune_media). The article's history can bring it back.
    restore_vanished_rows = False


class ExerciseImageInline(LabelledRowsInlineMixin, admin.TabularInline):
    model = ExerciseImage
    formset = PicturesFormSet
    fields = [
        "thumbnail",
        "image",
        "alt_text",
        "is_decorative",
        "caption",
        "credit",
        "credit_url",
        "order",
    ]
    readonly_fields = ["thumbnail"]
    extra = 0
    formfield_overrides = HTTPS_URLS

    @admin.display(description="Preview")
    def thumbnail(self, obj) -> str:
        sources = obj.image.renditions.get("sources", {}) if obj.pk else {}
        if not sources.get("jpeg"):
            return "—"
        width, path = sources["jpeg"][0]
        return format_html(
            '<img src="{}" alt="" width="120">', obj.image.storage.url(path)
        )


class StretchVariantFormSet(KeepVanishedRowsFormSet):
    def clean(self):
        super().clean()
        kept = [
            f for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        if kept and self.instance.kind != Kind.STRETCH:
            raise ValidationError(
                "Variants are for stretches: set the kind to “Stretch” or remove "
                "the variants."
            )


class StretchVariantInline(LabelledRowsInlineMixin, admin.StackedInline):
    model = StretchVariant
    formset = StretchVariantFormSet
    fields = [
        ("name", "slug"),
        ("change", "emphasis"),
        "instructions",
        ("image", "image_alt"),
        "order",
    ]
    prepopulated_fields = {"slug": ["name"]}
    extra = 0
    verbose_name_plural = "Variants (for stretches)"


@admin.register(Exercise)
class ExerciseAdmin(ArticleAdmin):
    list_display = [
        "title",
        "kind",
        "difficulty",
        "status",
        "is_published",
        "author",
        "review_due",
        "updated_at",
    ]
    list_filter = [
        "status",
        ReviewDueFilter,
        SourcesFilter,
        "kind",
        "difficulty",
        ("regions", admin.RelatedOnlyFieldListFilter),
        "equipment",
        "author",
    ]
    search_fields = ["title", "slug", "summary", "aliases"]
    autocomplete_fields = [
        *ArticleAdmin.autocomplete_fields,
        "equipment",
        "easier_option",
        "harder_option",
    ]
    inlines = [
        ExerciseRegionInline,
        ExerciseStepInline,
        ExerciseImageInline,
        StretchVariantInline,
        ArticleUpdateInline,
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    ("kind", "difficulty"),
                    "summary",
                    "body",
                    "equipment",
                    "aliases",
                ]
            },
        ),
        (
            "Dosage",
            {
                "description": "Each part is optional; the page shows it in words, "
                "e.g. “Hold for 5–10 seconds, 5–7 repetitions on each side”.",
                "fields": [
                    ("hold_seconds_min", "hold_seconds_max"),
                    ("reps_min", "reps_max"),
                    ("sets", "per_side"),
                    "frequency",
                ],
            },
        ),
        (
            "Easier and harder options",
            {
                "fields": [
                    ("easier_option", "easier_note"),
                    ("harder_option", "harder_note"),
                ]
            },
        ),
        ("Safety", {"fields": ["cautions"]}),
        ArticleAdmin.publishing_fieldset,
        ArticleAdmin.checks_fieldset,
        ("Source", {"fields": ["source"], "classes": ["collapse"]}),
    ]
