from django.http import Http404
from django.utils.translation import gettext as _

from articles.views import ArticleDetailView, FilteredListView

from .filters import ExerciseFilter
from .models import Exercise
from .pages import exercise_page
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
        return Exercise.objects.for_list()

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

    def get_detail_queryset(self):
        return exercise_detail_queryset()

    def get_object(self, queryset=None):
        """The page's exercise, read by `exercise_page` rather than the queryset.

        The same rows and instances, at a tenth of the ORM's cost; the 404 is
        DetailView's own, for drafts and unknown slugs alike.
        """
        if queryset is not None:
            return super().get_object(queryset)
        exercise = exercise_page(
            slug=self.kwargs[self.slug_url_kwarg], user=self.request.user
        )
        if exercise is None:
            raise Http404(
                _("No %(verbose_name)s found matching the query")
                % {"verbose_name": Exercise._meta.verbose_name}
            )
        return exercise
