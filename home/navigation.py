"""
Cached site navigation.

The main menu and footer links are the same for every visitor to a site, so
they are built once per content generation (website/content_cache.py):
publishing, unpublishing, moving or deleting a page, or changing a Site,
moves it on, so the next request rebuilds them and a change shows at once.
"""

from wagtail.models import Page, Site

from website.content_cache import cached


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
    return site.root_page.get_children().live().public()


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


def page_url(request, slug):
    """The URL of the live, public page with this slug (e.g. "contact"), or ""."""
    site = Site.find_for_request(request) if request else None

    def build():
        page = Page.objects.live().public().filter(slug=slug).first()
        return page.get_url(request) if page else ""

    return _cached(f"slug:{site.pk if site else 0}:{slug}", build)


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
