"""
What the library page (search/library.py) and the site search page
(search/views.py) share: the rate limit, the query log, the "Did you mean"
suggestion, and the JSON shape of a search.
"""

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query

from core.bookkeeping import after_response
from core.ratelimit import client_ip, rate_limited
from resources.models import ResourcePage

from .engine import SCOPES
from .models import SearchMiss
from .site import KINDS, kind_of, type_label
from .suggestions import suggest
from .templatetags.search_tags import search_url

UNAVAILABLE = (
    "Search is not working at the moment. Please try again in a few minutes; "
    "the rest of the site is working as usual."
)


def log_search(results, params):
    """
    Count the search (Wagtail's "Search terms" report) and, when it found
    nothing, the miss (our "Searches with no results" report). Suggestions as
    someone types, and later pages of a search, are not counted again.
    """
    if not results.query or params.get("suggest") or results.page != 1:
        return
    # After the answer has gone, and skipped if the database is busy: the
    # visitor's search never waits for, or fails on, its own counting.
    after_response(_count, results.query, results.scope, missed=not results.total)


def _count(query, scope, missed):
    Query.get(query).add_hit()
    if missed:
        SearchMiss.record(query, scope, timezone.localdate())


def spelling(results, user):
    """
    "Did you mean": a spelling from the titles and topics this user may find,
    for words that found nothing; None if none is better. Not for partial
    matches: their words are real, only not all in one page, and a word that
    is in no title ("forum") would be "corrected" to one that is ("form").
    """
    if not results.query or results.total:
        return None
    return suggest(results.query, results.scope, user)


def spelling_json(request, suggestion):
    """The suggestion, and the address of this search with it (as the page links)."""
    if suggestion is None:
        return None
    return {
        "query": suggestion,
        "url": request.path + search_url({"request": request}, q=suggestion),
    }


def results_json(results, promotions=(), suggestion=None):
    """
    The JSON shape of a search: hits in order, then the facet counts, the
    notices and the "Did you mean" suggestion (spelling_json).
    """
    return {
        "query": results.query,
        "scope": results.scope,
        "total": results.total,
        # More pages hold the words than a search ranks: "total" is a floor.
        "total_is_more_than": results.capped,
        "page": results.page,
        "num_pages": results.num_pages,
        "sort": results.sort,
        "promoted": [
            {
                "title": promotion.title,
                "url": promotion.page.url if promotion.page else promotion.link,
                "description": promotion.description,
            }
            for promotion in promotions
        ],
        "results": [
            {
                "title": hit.page.title,
                "url": hit.page.url,
                "type": hit.type_label,
                "kind": hit.label,
                "summary": hit.summary,
                "members_only": not hit.can_open,
            }
            for hit in results.hits
        ],
        "facets": {
            facet.name: [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": option.count,
                    "selected": option.selected,
                    "more": option.more,
                }
                for option in facet.options
            ]
            for facet in results.facets
        },
        "notices": results.notices,
        "suggestion": suggestion,
    }


def with_title_matches(data, scope, user, query, limit=6):
    """
    Suggestions as someone types: the search's own results, topped up with
    pages whose title contains what was typed so far (a half-typed word
    matches no whole word). Titles only, of pages this user may find.
    """
    if len(data["results"]) >= limit or len(query) < 2:
        return data
    seen = {result["url"] for result in data["results"]}
    scope = SCOPES[scope](user)
    visible, openable = scope.visible, scope.openable
    matches = visible.filter(title__icontains=query).order_by("title")[: limit * 2]
    can_open = set(
        openable.filter(pk__in=[p.pk for p in matches]).values_list("pk", flat=True)
    )
    pages = list(matches.specific())
    prefetch_related_objects(
        [page for page in pages if isinstance(page, ResourcePage)], "resource_type"
    )
    for page in pages:
        if page.url in seen or len(data["results"]) >= limit:
            continue
        data["results"].append(
            {
                "title": page.title,
                "url": page.url,
                "type": type_label(page),
                "kind": KINDS[kind_of(type(page))],
                "summary": "",
                "members_only": page.pk not in can_open,
            }
        )
    return data


# Searches are counted per visitor address over this many seconds.
RATE_WINDOW = 60


def too_many_searches(request):
    """
    Counts this search against the visitor's address: SEARCH_RATE_LIMIT a
    minute, one count for the site search, the library and the suggestions
    offered as someone types. None if it may go ahead; else the 429 asking
    them to wait, as a page in the site's design or as JSON.
    """
    wait = rate_limited(
        "search", client_ip(request), settings.SEARCH_RATE_LIMIT, RATE_WINDOW
    )
    if not wait:
        return None
    message = (
        "Too many searches have come from your internet connection in the last "
        "minute (everyone at a school often shares one). Please wait "
        f"{wait} second{'s' if wait != 1 else ''}, then search again."
    )
    if request.GET.get("format") == "json":
        response = JsonResponse({"error": message, "retry_after": wait}, status=429)
    else:
        response = render(
            request, "search/rate_limited.html", {"message": message}, status=429
        )
    response["Retry-After"] = str(wait)
    return response
