"""
Cached site navigation.

The main menu and footer links are the same for every visitor to a site, so
they are built once and kept in the cache under a version number. Publishing,
unpublishing, moving or deleting a page, or changing a Site, bumps the version,
so the next request rebuilds them: a change shows at once.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "lla:navigation:version"
TIMEOUT = 60 * 60 * 24


def _version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_version(**kwargs):
    """Invalidates every cached menu, on every site."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not in the cache (yet, or any more)
        cache.set(VERSION_KEY, 2, timeout=None)


def _page_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        bump_version()


def connect_signals():
    """Called from HomeConfig.ready, so every process invalidates menus."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_version, dispatch_uid="lla-navigation")
    post_delete.connect(_page_deleted, dispatch_uid="lla-navigation-delete")
    post_save.connect(bump_version, sender=Site, dispatch_uid="lla-navigation")
    post_delete.connect(bump_version, sender=Site, dispatch_uid="lla-navigation")


def _cached(name, build):
    """The value cached under `name` for the current tree, built if missing."""
    key = f"lla:navigation:{_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


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
