from django.views.generic import ListView

from articles.views import ArticleDetailView

from .models import Condition
from .pages import condition_page


class ConditionListView(ListView):
    template_name = "conditions/condition_list.html"

    def get_queryset(self):
        return Condition.objects.published()


class ConditionDetailView(ArticleDetailView):
    model = Condition
    template_name = "conditions/condition_detail.html"
    page_loader = staticmethod(condition_page)
