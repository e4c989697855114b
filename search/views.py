"""The site search page: HTML, and JSON for suggestions and other clients."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from resources.library import popular_topics
from resources.models import ResourceIndexPage

from .backends import SearchUnavailable
from .engine import search
from .forms import SearchForm
from .query import clean_query
from .site import SITE, SiteScope
from .view_helpers import (
    UNAVAILABLE,
    log_search,
    results_json,
    spelling,
    spelling_json,
    too_many_searches,
    with_title_matches,
)


def promotions_for(query, user):
    """Editors' promoted results for this query that `user` may open."""
    if not query:
        return []
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)
        ).select_related("page")
    )
    pages = [p.page_id for p in promotions if p.page_id]
    # Most queries promote nothing: no need to ask what the user may open.
    openable = (
        set(SiteScope(user).openable.filter(pk__in=pages).values_list("pk", flat=True))
        if pages
        else set()
    )
    return [p for p in promotions if p.page_id is None or p.page_id in openable]


def unavailable(request, wants_json):
    if wants_json:
        return JsonResponse({"error": UNAVAILABLE}, status=503)
    response = render(
        request, "search/search.html", {"unavailable": UNAVAILABLE}, status=503
    )
    response["Retry-After"] = "60"
    return response


@require_safe
def site_search(request):
    refused = too_many_searches(request)
    if refused:
        return refused
    wants_json = request.GET.get("format") == "json"
    form = SearchForm(request.GET, scope=SiteScope)
    arguments = form.search_arguments()
    if not wants_json and not clean_query(arguments["query"])[0]:
        # Nothing asked (the header's Search link): the page offers the box
        # and lists nothing, so nothing is searched. Searching for nothing
        # lists and counts every page, which the JSON still gives, A to Z:
        # 365 ms of CPU on SQLite, 790 on PostgreSQL, at 100,000 resources.
        return render(request, "search/search.html", {"query": ""})
    try:
        results = search(user=request.user, scope=SITE, **arguments)
    except SearchUnavailable:
        return unavailable(request, wants_json)
    results.notices[:0] = form.notices
    if request.method == "GET":  # a HEAD is a link checker, not a search
        log_search(results, request.GET)
    promotions = (
        promotions_for(results.query, request.user) if arguments["page"] == 1 else []
    )
    as_typed = bool(request.GET.get("suggest"))
    # Not as someone types: a half-typed word is no misspelling.
    suggestion = None if as_typed else spelling(results, request.user)
    if wants_json:
        data = results_json(results, promotions, spelling_json(request, suggestion))
        if as_typed:
            data = with_title_matches(data, SITE, request.user, results.query)
        return JsonResponse(data)
    context = {
        "results": results,
        "promotions": promotions,
        "query": results.query,
        "suggestion": suggestion,
    }
    if results.query and not results.total:
        library = ResourceIndexPage.objects.live().first()
        context["popular_topics"] = popular_topics(request.user) if library else []
        context["library_url"] = library.url if library else ""
    return render(request, "search/search.html", context)
