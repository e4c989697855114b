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


def _links(site, request, pages):
    return [
        {"title": page.title, "url": page.get_url(request), "path": page.path}
        for page in pages
    ]


def main_menu_links(site, request):
    """Title, URL and tree path of each live, public child of the site root
    that editors put in the menu."""
    key = f"lla:navigation:{_version()}:main:{site.pk}"
    links = cache.get(key)
    if links is None:
        pages = site.root_page.get_children().live().public().in_menu()
        links = _links(site, request, pages)
        cache.set(key, links, TIMEOUT)
    return links


def footer_links(site, request):
    """The site root's live, public children kept out of the main menu, such
    as the accessibility statement and privacy notice."""
    key = f"lla:navigation:{_version()}:footer:{site.pk}"
    links = cache.get(key)
    if links is None:
        pages = site.root_page.get_children().live().public().not_in_menu()
        links = _links(site, request, pages)
        cache.set(key, links, TIMEOUT)
    return links


def page_url(request, slug):
    """The URL of the live, public page with this slug (e.g. "contact"), or ""."""
    site = Site.find_for_request(request) if request else None
    key = f"lla:navigation:{_version()}:slug:{site.pk if site else 0}:{slug}"
    url = cache.get(key)
    if url is None:
        page = Page.objects.live().public().filter(slug=slug).first()
        url = page.get_url(request) if page else ""
        cache.set(key, url, TIMEOUT)
    return url
