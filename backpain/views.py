from django.shortcuts import render

from articles.models import ArticleUpdate
from conditions.models import Condition
from exercises.selectors import region_picker


def home(request):
    context = {
        "regions": region_picker(),
        "conditions": Condition.objects.for_home()[:6],
        "updates": ArticleUpdate.objects.for_list()[:5],
    }
    return render(request, "home.html", context)
