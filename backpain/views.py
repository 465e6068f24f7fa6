from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_safe

from articles import update_log
from articles.models import REVIEW_INTERVAL_YEARS
from articles.readability import TARGET_EASE
from conditions.pages import home_guides
from exercises.selectors import region_picker


@require_safe
def home(request):
    context = {
        "regions": region_picker(),
        "conditions": home_guides(6),
        "updates": update_log.newest(5),
    }
    return render(request, "home.html", context)


@require_safe
def editorial_policy(request):
    context = {
        "corrections_email": settings.BACKPAIN_CORRECTIONS_EMAIL,
        "review_years": REVIEW_INTERVAL_YEARS,
        "target_ease": TARGET_EASE,
    }
    return render(request, "pages/editorial_policy.html", context)


def server_error(request):
    """Django's 500 view, plus the request's reference id.

    The template extends nothing and the view reads nothing from the database,
    which may be what failed.
    """
    template = loader.get_template("500.html")
    return HttpResponseServerError(
        template.render({"reference": getattr(request, "id", "")})
    )
