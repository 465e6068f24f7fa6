from django.contrib import admin
from django.core.exceptions import ValidationError

from articles.admin import (
    ArticleAdmin,
    ArticleAdminForm,
    ArticleUpdateInline,
    KeepVanishedRowsFormSet,
    LabelledRowsInlineMixin,
    ReviewDueFilter,
    SourcesFilter,
)

from .models import Condition, ConditionExercise


class ConditionExerciseInline(LabelledRowsInlineMixin, admin.TabularInline):
    model = ConditionExercise
    formset = KeepVanishedRowsFormSet
    fields = ["exercise", "relation", "note", "order"]
    autocomplete_fields = ["exercise"]
    extra = 1
    verbose_name_plural = "Exercises that help or need caution"


class ConditionAdminForm(ArticleAdminForm):
    def clean_related(self):
        related = self.cleaned_data["related"]
        if self.instance.pk and any(c.pk == self.instance.pk for c in related):
            raise ValidationError("A condition cannot be related to itself.")
        return related


@admin.register(Condition)
class ConditionAdmin(ArticleAdmin):
    form = ConditionAdminForm
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
