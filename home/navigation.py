"""
Cached site navigation.

The main menu and footer links are the same for every visitor to a site, so
they are built once per content generation (core/content_cache.py):
publishing, unpublishing, moving or deleting a page, or changing a Site,
moves it on, so the next request rebuilds them and a change shows at once.
"""

from wagtail.models import Page, Site

from core.content_cache import cached
from core.models import SiteSettings
from core.privacy import public


def _cached(name, build):
    return cached(f"navigation:{name}", build)


def _links(request, pages):
    return [
        {"title": page.title, "url": page.get_url(request), "path": page.path}
        for page in pages
    ]


def _children(site):
    # Built only when the cache misses: `public()` queries view restrictions
    # as soon as it is called, not when the queryset is evaluated.
    return public(site.root_page.get_children().live())


def main_menu_links(site, request):
    """Title, URL and tree path of each live, public child of the site root
    that editors put in the menu."""
    return _cached(
        f"main:{site.pk}", lambda: _links(request, _children(site).in_menu())
    )


def footer_links(site, request):
    """The site root's live, public children kept out of the main menu, such
    as the accessibility statement and privacy notice."""
    return _cached(
        f"footer:{site.pk}", lambda: _links(request, _children(site).not_in_menu())
    )


def site_page_url(request, name):
    """
    The URL of one of the site's own pages, as chosen in Settings › Site
    settings (`name`: "contact_page", "library_page"), or, until one is chosen,
    the site's live page of that type; "" if there is none, live and public.
    Never found by slug, so an editor may rename or move the page.
    """
    site = (
        Site.find_for_request(request)
        if request
        else Site.objects.filter(is_default_site=True).first()
    )
    if site is None:
        return ""

    def build():
        pages = public(Page.objects.live())
        chosen = getattr(SiteSettings.of(site), f"{name}_id")
        if chosen is not None:
            page = pages.filter(pk=chosen).first()
        else:  # none chosen yet: the site's page of that type
            app_label, model = SiteSettings.PAGE_TYPES[name]
            page = (
                pages.descendant_of(site.root_page, inclusive=True)
                .filter(content_type__app_label=app_label, content_type__model=model)
                .first()
            )
        return page.get_url(request) if page else ""

    return _cached(f"site-page:{site.pk}:{name}", build)


def ancestor_links(site, page, request):
    """
    Title and URL of each of `page`'s ancestors from the site's root page
    down: none for the root page itself or a page outside the site.
    """
    root = site.root_page
    if page.depth <= root.depth or not (page.path or "").startswith(root.path):
        return []

    def build():
        ancestors = Page.objects.filter(
            path__in=[
                page.path[:end]
                for end in range(len(root.path), len(page.path), Page.steplen)
            ]
        ).order_by("path")
        return _links(request, ancestors)

    if page.pk is None:  # the preview of a page not yet saved
        return build()
    return _cached(f"ancestors:{site.pk}:{page.pk}", build)
