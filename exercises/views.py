from articles import freshness
from articles.views import ArticleDetailView, FilteredListView

from .filters import ExerciseFilter
from .models import Exercise
from .pages import exercise_page
from .presenters import ExercisePage, page_of
from .selectors import (
    exercise_cards,
    exercise_detail_queryset,
    region_conditions,
    search_help,
)


class ExerciseListView(FilteredListView):
    filterset_class = ExerciseFilter
    template_name = "exercises/exercise_list.html"
    paginate_by = 24
    filter_nouns = {
        "difficulty": "difficulty level",
        "condition": "published condition",
    }

    def get_queryset(self):
        # Built once per content version, for the reason the rows' SQL is kept
        # (articles.statements): its publication time gives the same rows until
        # the version changes. Each request filters its own copy.
        return freshness.kept(
            "exercise-list:published", Exercise.objects.for_list
        ).all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cards"] = exercise_cards(context["object_list"])
        # An unbound form (no query string) has no cleaned data.
        cleaned = getattr(self.filterset.form, "cleaned_data", {})
        if regions := cleaned.get("region"):
            context["region_conditions"] = region_conditions(
                self.filterset.region_tree.descendant_ids(regions)
            )
        searched = cleaned.get("q", "")
        if searched and not context["paginator"].count:
            context["search"] = search_help(searched, self.request.GET)
        return context


class ExerciseDetailView(ArticleDetailView):
    model = Exercise
    template_name = "exercises/exercise_detail.html"
    page_loader = staticmethod(exercise_page)
    # The ExercisePage the loader read; the reference path (a queryset passed
    # to get_object) builds one from the instances instead.
    loaded_page: ExercisePage | None = None

    def get_detail_queryset(self):
        return exercise_detail_queryset()

    def article_of(self, page: ExercisePage) -> Exercise:
        self.loaded_page = page
        return page.exercise

    def page_parts(self) -> dict:
        page = self.loaded_page or page_of(self.object)
        return {
            "byline": page.byline,
            "update_log": page.update_log,
            "details": page.details,
        }
