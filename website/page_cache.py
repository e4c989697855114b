"""
A whole-page cache for anonymous visitors, in the shared cache (Redis in
production).

Only what every anonymous visitor would get is kept: a GET or HEAD with no
session or messages cookie, answered 200 with HTML, setting no cookie, using
no CSRF token (so no page with a form) and not marked private or no-store.
Members-only pages answer anonymous visitors 403 or 404, so they are never
kept, and a signed-in member never reads from the cache.

A published change shows at once: every key carries a generation number,
which any publish, unpublish, move or delete of a page, and any save or delete
of content a page shows (snippets, images, documents, taxonomies, redirects,
site settings), moves on. Old entries are then never read, and expire.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
HEADER = "X-Page-Cache"
# Apps whose models' changes can show on a public page.
CONTENT_APPS = {
    "home",
    "networks",
    "resources",
    "search",
    "images",
    "taggit",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "enquiries",
}
# Models in those apps whose changes show on no page.
IGNORED_MODELS = {
    "resources.downloadcount",
    "search.searchmiss",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.pagesubscription",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "enquiries.enquiry",
    "enquiries.delivery",
    # Every search counts itself: counted on each search, shown on no page.
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}


def _enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def generation():
    try:
        return cache.get_or_set(GENERATION_KEY, 1, timeout=None) or 1
    except Exception:  # noqa: BLE001 (a cache that is down just means no page cache)
        return None


def invalidate():
    """Every cached page is stale from now on."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)
    except Exception:  # noqa: BLE001
        logger.warning("Could not move the page cache on: the cache is down")


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    refused = ("private", "no-store", "no-cache")
    return not any(word in cache_control for word in refused)


def _key(request, gen):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page-cache:{gen}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _enabled() or not _cacheable_request(request):
            return self.get_response(request)
        gen = generation()
        if gen is None:
            return self.get_response(request)
        key = _key(request, gen)
        try:
            cached = cache.get(key)
        except Exception:  # noqa: BLE001
            cached = None
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            response[HEADER] = "miss"
            try:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception:  # noqa: BLE001
                logger.warning("Could not store a page in the cache")
        return response


def _content_changed(sender, **kwargs):
    label = sender._meta.label_lower
    if (
        sender._meta.app_label in CONTENT_APPS
        and label not in IGNORED_MODELS
        and not label.endswith("rendition")
    ):
        invalidate()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    invalidate()


post_save.connect(_content_changed, dispatch_uid="page-cache-save")
post_delete.connect(_content_changed, dispatch_uid="page-cache-delete")
