from functools import cached_property

from django.core.paginator import InvalidPage, Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.generic import DetailView
from django_filters import OrderingFilter
from django_filters.views import FilterView

from search.text import printable

from . import freshness
from .bylines import byline_of
from .filters import UpdateFilter
from .models import ArticleUpdate
from .presenters import FilterSummary
from .statements import KeptRows, rows_key
from .update_log import article_log, page_lines


class ArticleDetailView(DetailView):
    """A published article, or a draft previewed by an author allowed to view it.

    Visitors get a 404 for drafts and scheduled articles, exactly as for a slug
    that does not exist, so guessing addresses reveals nothing.
    """

    def get_detail_queryset(self):
        """Everything the page shows; override to add what another app links."""
        return self.model._default_manager.for_detail()

    def get_queryset(self):
        return self.get_detail_queryset().visible_to(self.request.user)

    # `(slug=…, user=…) -> page or None`: reads the page with hand-written
    # SQL (articles.pages), at a fraction of the ORM's cost. The queryset above
    # stays the reference it is tested against, and the path a passed-in
    # queryset takes. What it gives is the article, unless `article_of` says.
    page_loader = None

    def get_object(self, queryset=None):
        if queryset is None and self.page_loader is not None:
            page = self.page_loader(
                slug=self.kwargs[self.slug_url_kwarg], user=self.request.user
            )
            if page is None:
                # DetailView's own message, for drafts and unknown slugs alike.
                raise Http404(
                    _("No %(verbose_name)s found matching the query")
                    % {"verbose_name": self.model._meta.verbose_name}
                )
            return self.article_of(page)
        article = super().get_object(queryset)
        # The byline shows the author's and the reviewer's credentials: one
        # query for both, where a prefetch per relation would make two.
        people = [p for p in (article.author, article.reviewed_by) if p is not None]
        prefetch_related_objects(people, "credentials")
        return article

    def article_of(self, page):
        """The article in what `page_loader` gave: the page is the article
        itself, unless a loader gives more."""
        return page

    def page_parts(self) -> dict:
        """What the page shows of the article beyond its own fields, worked
        out before the template, from the article with its relations read."""
        return {
            "byline": byline_of(self.object),
            "update_log": article_log(self.object),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not self.object.is_published()
        context.update(self.page_parts())
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            # A preview must never land in a shared cache or a search index.
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex"
        return response


class CountedOncePaginator(Paginator):
    """Counts a list's matches once per content version and filter.

    Counting reads every match ("1,878 exercises"), so a list of the library's
    most common kind got slower as the library grew, while the figure changes
    only when the content does. The page's own rows are always read fresh.
    """

    def __init__(self, *args, count_key: str, **kwargs):
        self.count_key = count_key
        super().__init__(*args, **kwargs)

    @cached_property
    def count(self) -> int:
        return freshness.derived(self.count_key, lambda: Paginator.count.func(self))


# A page number echoed back is cut here: a hand-made link can carry thousands
# of characters, and no list has a page number of more than a few digits.
ASKED_PAGE_MAX = 20


class NoSuchPage(Http404):
    """A list's page number that names none of the pages `paginator` has."""

    def __init__(self, asked: str, paginator: Paginator):
        super().__init__(f"No page {asked!r} of these results.")
        self.asked = asked
        self.paginator = paginator


def no_such_page(
    request: HttpRequest, asked: str, paginator: Paginator | None = None
) -> TemplateResponse:
    """The 404 for a list's page that does not exist, saying so, with links to
    the first and the last page of the same results.

    Such numbers come from shared links gone stale (the list got shorter) and
    from hand-edited addresses; the site-wide 404 would lose the visitor's
    filters and not say what was wrong. Without `paginator` the page does not
    say how many pages there are. Still a 404: search engines index none, and
    the page cache keeps only 200s.
    """
    asked = printable(asked)
    if len(asked) > ASKED_PAGE_MAX:
        asked = f"{asked[:ASKED_PAGE_MAX]}…"
    context = {"asked": asked, "count": None, "pages": None}
    if paginator is not None:
        context.update(count=paginator.count, pages=paginator.num_pages)
    return TemplateResponse(request, "no_such_page.html", context, status=404)


class FilteredListView(FilterView):
    """A filterable list; the URL holds the whole state, so links can be shared.

    The page gets `summary` (a FilterSummary): the active filters and what the
    link asked for in vain. `filter_nouns` names what a filter picks where its
    label does not read well in “No … called …”.
    """

    # Unknown values are set aside by the filter and reported in the summary;
    # never show an empty page because one value in a shared link went stale.
    strict = False
    filter_nouns: dict[str, str] = {}
    paginator_class = CountedOncePaginator

    @cached_property
    def summary(self) -> FilterSummary:
        return FilterSummary(self.filterset, nouns=self.filter_nouns)

    @cached_property
    def query_named(self) -> bool:
        """Whether the cleaned filters name the query. Not when the form has
        errors: lists are not strict, so what was valid still applies, but
        the cleaned data leaves out what was not."""
        return not (self.filterset.is_bound and not self.filterset.is_valid())

    def get_paginator(self, *args, **kwargs):
        if not self.query_named:
            # Counted afresh: kept under the cleaned filters, the figure would
            # stand for a query it is not the count of.
            return Paginator(*args, **kwargs)
        # The cleaned filters, so made-up parameters or values cannot multiply
        # the counts kept; the order does not change how many match.
        filters = sorted(
            (name, values)
            for name, values in self.summary.query.items()
            if not isinstance(self.filterset.filters[name], OrderingFilter)
        )
        key = f"count:{self.request.resolver_match.view_name}:{filters!r}"
        return super().get_paginator(*args, count_key=key, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        """MultipleObjectMixin's, with a blank number as the first page and a
        page that does not exist raised as NoSuchPage: `get` answers it, and
        anywhere else it is the site's plain 404."""
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        # Blank is the first page for everyone: the page cache drops blank
        # values from an anonymous visitor's query before the view sees it.
        asked = self.request.GET.get(self.page_kwarg, "").strip() or "1"
        try:
            page = paginator.page(paginator.num_pages if asked == "last" else asked)
        except InvalidPage:
            raise NoSuchPage(asked, paginator) from None
        return paginator, page, page.object_list, page.has_other_pages()

    def get(self, request, *args, **kwargs):
        # FilterView.get, with the page's rows from SQL kept per content version
        # and filters (articles.statements): the FilterSet's queryset is built
        # and compiled only the first time. The page reads its rows as values
        # (`values_list` on the KeptRows).
        self.filterset = self.get_filterset(self.get_filterset_class())
        if not self.query_named:
            self.object_list = self.filterset.qs
        else:
            key = rows_key(request.resolver_match.view_name, self.summary.query)
            self.object_list = KeptRows(
                self.filterset.queryset.model, key, lambda: self.filterset.qs
            )
        try:
            context = self.get_context_data(
                filter=self.filterset, object_list=self.object_list
            )
        except NoSuchPage as missing:
            return no_such_page(request, missing.asked, missing.paginator)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = self.summary
        return context


class UpdateListView(FilteredListView):
    """The site-wide update log, newest first."""

    filterset_class = UpdateFilter
    template_name = "articles/update_list.html"
    paginate_by = 30

    def get_queryset(self):
        # Built once per content version, as the exercise list's is.
        return freshness.kept(
            "update-log:public",
            lambda: ArticleUpdate.objects.public().with_article_link(),
        ).all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["lines"] = page_lines(context["object_list"])
        return context
