"""
A whole-page cache for anonymous visitors, in the shared cache (Redis in
production).

Only what every anonymous visitor would get is kept: a GET or HEAD with no
session or messages cookie, answered 200 with HTML, setting no cookie, using
no CSRF token (so no page with a form) and not marked private or no-store.
Members-only pages answer anonymous visitors 403 or 404, so they are never
kept, and a signed-in member never reads from the cache. What is rendered
for someone signed in is marked `Cache-Control: private` on its way out, for
every other cache (see `_private_if_personal`).

A published change shows at once: every key carries the content generation
(core/content_cache.py), which any publish, unpublish, move or delete of a
page, and any save or delete of content a page shows, moves on. Old entries
are then never read, and expire.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from .content_cache import generation

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"


def _enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


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


def _private_if_personal(request, response):
    """
    A response rendered for someone signed in (their account link, what their
    membership opens) is `private`, so that no shared cache hands it to the
    next person: `Vary: Cookie` alone is ignored by many. A view that marked
    its response `public` (a public document) said it is the same for all.
    Only a request with a session cookie can be signed in; reading the user
    for any other would mark the anonymous response `Vary: Cookie`.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return response
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return response
    cache_control = response.get("Cache-Control", "")
    if "public" not in [part.strip() for part in cache_control.split(",")]:
        patch_cache_control(response, private=True)
    return response


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return _private_if_personal(request, self.get_response(request))
        if not _enabled():
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
