from django_filters.views import FilterView

from articles.views import ArticleDetailView

from .filters import ExerciseFilter
from .models import Exercise


class ExerciseListView(FilterView):
    """The filterable list; the URL holds the whole state, so links can be shared."""

    filterset_class = ExerciseFilter
    template_name = "exercises/exercise_list.html"
    paginate_by = 24
    # Unknown values are reported by the filter itself; never show an empty page
    # because one value in a shared link went stale.
    strict = False

    def get_queryset(self):
        return Exercise.objects.for_list()


class ExerciseDetailView(ArticleDetailView):
    model = Exercise
    template_name = "exercises/exercise_detail.html"
