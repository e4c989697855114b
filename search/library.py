"""
The library page (ResourceIndexPage's index route): HTML or JSON. It reaches
here through the `serve_resource_library` hook (search/wagtail_hooks.py), so
that resources never imports search.
"""

from django.http import JsonResponse

from resources.library import LIBRARY, LibraryScope, popular_topics

from .backends import SearchUnavailable
from .engine import search
from .forms import SearchForm
from .view_helpers import (
    UNAVAILABLE,
    log_search,
    results_json,
    spelling,
    spelling_json,
    too_many_searches,
    with_title_matches,
)


def serve_library(page, request):
    refused = too_many_searches(request)
    if refused:
        return refused
    wants_json = request.GET.get("format") == "json"
    form = SearchForm(request.GET, scope=LibraryScope)
    arguments = form.search_arguments()
    unavailable = None
    try:
        results = search(user=request.user, scope=LIBRARY, **arguments)
    except SearchUnavailable:
        if wants_json:
            return JsonResponse({"error": UNAVAILABLE}, status=503)
        # Words need the search backend; browsing by filters does not.
        unavailable = UNAVAILABLE
        results = search(
            "",
            user=request.user,
            scope=LIBRARY,
            filters=arguments["filters"],
            sort=arguments["sort"],
        )
    results.notices[:0] = form.notices
    if unavailable is None and request.method == "GET":  # HEAD: not a search
        log_search(results, request.GET)
    as_typed = bool(request.GET.get("suggest"))
    # Not as someone types: a half-typed word is no misspelling.
    suggestion = None if as_typed else spelling(results, request.user)
    if wants_json:
        data = results_json(results, suggestion=spelling_json(request, suggestion))
        if as_typed:
            data = with_title_matches(data, LIBRARY, request.user, results.query)
        return JsonResponse(data)

    context = {
        "results": results,
        "query": results.query,
        "unavailable": unavailable,
        "suggestion": suggestion,
    }
    if not results.total:
        context["popular_topics"] = popular_topics(request.user)
        context["library_url"] = page.url
    response = page.render(request, context_overrides=context)
    if unavailable:
        response.status_code = 503
        response["Retry-After"] = "60"
    return response
