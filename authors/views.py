from django.db.models import Prefetch
from django.views.generic import DetailView

from conditions.models import Condition
from exercises.models import Exercise

from .models import Author


class AuthorDetailView(DetailView):
    template_name = "authors/author_detail.html"

    def get_queryset(self):
        # Only published work is listed, so a draft's title never leaks here.
        return Author.objects.prefetch_related(
            "credentials",
            Prefetch("exercises", queryset=Exercise.objects.published()),
            Prefetch("conditions", queryset=Condition.objects.published()),
        )
