from django.views.generic import ListView

from articles.views import ArticleDetailView

from .models import Exercise


class ExerciseListView(ListView):
    template_name = "exercises/exercise_list.html"
    paginate_by = 24

    def get_queryset(self):
        return Exercise.objects.published().prefetch_related("equipment")


class ExerciseDetailView(ArticleDetailView):
    model = Exercise
    template_name = "exercises/exercise_detail.html"
