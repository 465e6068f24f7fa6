from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView
from django_filters.views import FilterView

from .filters import UpdateFilter
from .models import ArticleUpdate


class ArticleDetailView(DetailView):
    """A published article, or a draft previewed by an author allowed to view it.

    Visitors get a 404 for drafts and scheduled articles, exactly as for a slug
    that does not exist, so guessing addresses reveals nothing.
    """

    def get_queryset(self):
        return self.model._default_manager.for_detail().visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not self.object.is_published()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            # A preview must never land in a shared cache or a search index.
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex"
        return response


class UpdateListView(FilterView):
    """The site-wide update log, newest first."""

    filterset_class = UpdateFilter
    template_name = "articles/update_list.html"
    paginate_by = 30
    strict = False

    def get_queryset(self):
        return ArticleUpdate.objects.for_list()
