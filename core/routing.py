"""
Page routing that costs one query for the page served.

Wagtail finds a page by walking from the site's root: for /networks/primary/
it asks for the site, the home page's specific row, then each child by slug
and again for its specific row: six queries before the page is served. The
answer only changes when content changes, so it is kept in the content cache
(core/content_cache.py): which site a host and port get, and which page, of
which type, an address leads to. A request then costs one query, for the
page itself, loaded as its own type.

Wagtail's routing still decides anything out of the ordinary: with
translations on, when a page on the way has sub-routes of its own that match
the rest of the address (RoutablePageMixin) or routes in its own way, or
when the address leads to no page. What it decides is exactly what Wagtail
would decide; this only finds the same page sooner.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from .content_cache import cached

# The cached answer when Wagtail's own routing must decide.
WAGTAILS_WAY = ("",)


def find_site(request):
    """Site.find_for_request, with the answer kept in the content cache."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    # As Site._find_for_request reads them.
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def lookup():
        return Site._find_for_request(request) or WAGTAILS_WAY

    site = cached(f"route:site:{hostname}:{port}", lookup)
    request._wagtail_site = site = None if site == WAGTAILS_WAY else site
    return site


def route_for_request(request, path):
    """Page.route_for_request's answer (page, args, kwargs), or None."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = find_site(request)
    found = None
    if site is not None:
        components = [component for component in path.split("/") if component]
        located = cached(
            f"route:page:{site.pk}:{'/'.join(components)}",
            lambda: _locate(site, components),
            keep=_leads_somewhere,
        )
        if located != WAGTAILS_WAY:
            label, pk, rest = located
            page = apps.get_model(label)._default_manager.filter(pk=pk).first()
            if page is not None:
                try:
                    found = page.route(request, list(rest))
                except Http404:
                    found = None
                request._wagtail_route_for_request = found
    # Anything else, as Wagtail does it (it keeps its answer on the request).
    return Page.route_for_request(request, path)


def _locate(site, components):
    """
    (model label, pk, the components left for that page's own route), or
    WAGTAILS_WAY: the deepest page whose address starts the path, when no
    page above it would route the rest differently.
    """
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return WAGTAILS_WAY
    root = site.root_page.url_path
    prefixes = [
        root + "".join(f"{part}/" for part in components[:n])
        for n in range(len(components) + 1)
    ]
    rows = {
        url_path: row
        for url_path, *row in Page.objects.filter(url_path__in=prefixes)
        .order_by()
        .values_list("url_path", "pk", "content_type_id", "live")
    }
    chain = []
    for prefix in prefixes:
        if prefix not in rows:
            break
        chain.append(rows[prefix])
    if not chain:
        return WAGTAILS_WAY
    for depth, (_pk, content_type_id, live) in enumerate(chain[:-1]):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not _routes_plainly(model, live, components[depth:]):
            return WAGTAILS_WAY
    pk, content_type_id, _live = chain[-1]
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return WAGTAILS_WAY
    return (model._meta.label, pk, tuple(components[len(chain) - 1 :]))


def _leads_somewhere(located):
    """
    Whether to keep an address's answer: not for one that leads to no page
    (a page with more of the address left that it has no route for), so
    that made-up addresses cannot fill the cache.
    """
    if located == WAGTAILS_WAY:
        return False
    if not located[2]:
        return True
    label, _pk, rest = located
    model = apps.get_model(label)
    return issubclass(model, RoutablePageMixin) and not _routes_plainly(
        model, True, rest
    )


def _routes_plainly(model, live, rest):
    """
    Whether a page of `model` on the way passes the rest of the address
    (`rest`, its child's slug first) to that child, as Page.route does.
    """
    if issubclass(model, RoutablePageMixin):
        if not live:
            return True
        try:
            model.get_resolver().resolve("/" + "".join(f"{part}/" for part in rest))
        except (Resolver404, Http404):
            return True
        return False
    return model.route is Page.route


def serve(request, path):
    """Wagtail's serve view, routing through route_for_request."""
    request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)
