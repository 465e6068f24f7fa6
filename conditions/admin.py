from django.contrib import admin

from articles.admin import (
    ArticleAdmin,
    ArticleUpdateInline,
    KeepVanishedRowsFormSet,
    ReviewDueFilter,
    SourcesFilter,
)

from .models import Condition, ConditionExercise


class ConditionExerciseInline(admin.TabularInline):
    model = ConditionExercise
    formset = KeepVanishedRowsFormSet
    fields = ["exercise", "relation", "note", "order"]
    autocomplete_fields = ["exercise"]
    extra = 1
    verbose_name_plural = "Exercises that help or need caution"


@admin.register(Condition)
class ConditionAdmin(ArticleAdmin):
    list_display = [*ArticleAdmin.list_display, "featured"]
    list_filter = [
        "status",
        ReviewDueFilter,
        SourcesFilter,
        "featured",
        ("regions", admin.RelatedOnlyFieldListFilter),
        "author",
    ]
    search_fields = ["title", "slug", "summary", "other_names"]
    autocomplete_fields = [*ArticleAdmin.autocomplete_fields, "regions", "related"]
    inlines = [ConditionExerciseInline, ArticleUpdateInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "other_names",
                    "summary",
                    "regions",
                    "related",
                    "featured",
                ]
            },
        ),
        (
            "Sections (Markdown)",
            {
                "fields": [
                    "symptoms",
                    "causes",
                    "treatment",
                    "urgent_care",
                    "see_doctor",
                    "body",
                ]
            },
        ),
        ArticleAdmin.publishing_fieldset,
        ArticleAdmin.checks_fieldset,
    ]
