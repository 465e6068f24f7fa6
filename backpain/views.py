from django.db.models import Count, Q
from django.shortcuts import render

from conditions.models import Condition
from exercises.models import BodyRegion, Exercise


def home(request):
    published = Q(exercises__in=Exercise.objects.published())
    regions = (
        BodyRegion.objects.annotate(
            exercise_count=Count("exercises", filter=published, distinct=True)
        )
        .filter(exercise_count__gt=0)
        .order_by("order", "name")
    )
    context = {
        "regions": regions,
        "conditions": Condition.objects.published().order_by("-published_at")[:6],
    }
    return render(request, "home.html", context)
