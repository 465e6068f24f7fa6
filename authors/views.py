from django.db.models import Prefetch
from django.views.generic import DetailView

from conditions.models import Condition
from exercises.models import Exercise

from .models import Author


class AuthorDetailView(DetailView):
    template_name = "authors/author_detail.html"

    def get_queryset(self):
        return Author.objects.prefetch_related(
            "credentials",
            Prefetch("exercises", queryset=_listed(Exercise, "author")),
            Prefetch("conditions", queryset=_listed(Condition, "author")),
            # A reviewer's page lists what they checked, so readers can see
            # the same person stands behind each review.
            Prefetch("reviewed_exercises", queryset=_listed(Exercise, "reviewed_by")),
            Prefetch("reviewed_conditions", queryset=_listed(Condition, "reviewed_by")),
        )


def _listed(model, by: str):
    """Published articles only, so a draft's title never leaks here; with what a
    link needs and the key (`by`) the prefetch groups them by."""
    return model.objects.published().only("title", "slug", by)
