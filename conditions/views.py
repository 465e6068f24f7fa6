from django.views.generic import ListView

from articles.views import ArticleDetailView

from .models import Condition
from .pages import all_guides, condition_page


class ConditionListView(ListView):
    template_name = "conditions/condition_list.html"

    def get_queryset(self):
        # A list, not a queryset: each guide's title, address and summary,
        # without its Markdown sections (conditions.pages.all_guides).
        return all_guides()


class ConditionDetailView(ArticleDetailView):
    model = Condition
    template_name = "conditions/condition_detail.html"
    page_loader = staticmethod(condition_page)
