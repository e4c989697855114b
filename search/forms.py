"""Reads a search from a URL's query string, forgiving bad input."""

from django.http import QueryDict

from .service import MAX_PAGE


def read_search(params: QueryDict, facet_names):
    """
    (query, filters, sort, page, notices) from the query string. A bad page
    number falls back to the first page with a notice; nothing else is lost.
    """
    notices = []
    query = params.get("q", "")
    filters = {
        name: [value.strip() for value in params.getlist(name) if value.strip()]
        for name in facet_names
    }
    sort = params.get("sort") or None
    raw_page = params.get("page", "1")
    try:
        page = int(raw_page)
        if page < 1:
            raise ValueError
    except ValueError:
        notices.append(f"“{raw_page[:20]}” is not a page number, so here is page 1.")
        page = 1
    if page > MAX_PAGE:
        page = MAX_PAGE
    return query, filters, sort, page, notices
