from django.core.paginator import InvalidPage, Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from articles.views import no_such_page
from exercises.selectors import region_picker

from .engine import PER_PAGE, search
from .models import Kind
from .text import Query, printable


# A search only reads: a POST or PUT must not get the page as if it were a GET.
@require_safe
def results(request):
    """/search/?q=…[&type=stretch][&page=2][&as_typed=1]"""
    query = Query.parse(request.GET.get("q", ""))
    kind = request.GET.get("type", "")
    # Blank is the first page, as the page cache leaves it for anonymous visitors.
    number = request.GET.get("page", "").strip() or "1"
    # Digits only, and few: int() refuses thousands of digits with an error.
    # Not a page number at all: the page is not searched for, so the answer
    # does not say how many pages there are.
    if not (number.isascii() and number.isdigit() and len(number) <= 9) or (
        int(number) < 1
    ):
        return no_such_page(request, number)
    number = int(number)
    found = search(
        query,
        kind=kind if kind in Kind.values else None,
        page=number,
        per_page=PER_PAGE,
        as_typed=request.GET.get("as_typed") == "1",
    )
    # The engine counted; a range stands in for the results so the paginator
    # can work out the pages without holding them.
    paginator = Paginator(range(found.count), PER_PAGE)
    try:
        if found.out_of_range:
            raise InvalidPage
        page = paginator.page(number)
    except InvalidPage:
        return no_such_page(request, str(number), paginator)
    context = {
        "query": query,
        "results": found,
        # Echoed in the notice, cleaned like the query.
        "unknown_type": bool(kind) and kind not in Kind.values,
        "typed_type": printable(kind),
        "page_obj": page,
        "is_paginated": page.has_other_pages(),
        # Somewhere to go when the search found nothing.
        "regions": region_picker() if not found.count else [],
    }
    return render(request, "search/results.html", context)
