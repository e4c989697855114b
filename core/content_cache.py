"""
Values worked out from published content, kept in the shared cache (Redis in
production) until the content changes.

One generation number moves on at any publish, unpublish, move or delete of a
page, and at any save or delete of content a page shows (snippets, images,
documents, taxonomies, redirects, site settings). Every key carries it, so a
change shows at once: old entries are never read again, and expire.

The anonymous page cache (core/page_cache.py), the menus
(home/navigation.py), related resources and a network's resource list all
key on it. A request reads the number once (ContentGenerationMiddleware).
If the shared cache is away (core/cache.py), or CONTENT_CACHE_SECONDS is 0,
values are worked out afresh on each request; when Redis is back, the
generation moves on, since a publish made meanwhile never reached it.
Template fragments use {% contentcache %} (core/templatetags/content_cache_tags.py).
"""

import contextvars
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import recovered, standing_in

logger = logging.getLogger(__name__)

GENERATION_KEY = "content:generation"
# Apps whose models' changes can show on a public page.
CONTENT_APPS = {
    "core",
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
    # The outbox: written at every enquiry and sign-up, shown on no page.
    "core.email",
    "resources.downloadcount",
    # Running a network: rosters, meetings as sent, replies and attendance,
    # written in thousands by the email worker, shown on no public page.
    "networks.rostermember",
    "networks.meetingrecord",
    "networks.attendee",
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

# The generation this request has read, so it asks the cache once.
_request_memo = contextvars.ContextVar("content_generation", default=None)


def _read_generation():
    if standing_in(cache):
        # This process's own memory, while Redis is away: another process's
        # publish would never reach it, so nothing is kept meanwhile.
        return None
    try:
        number = cache.get(GENERATION_KEY)
        if number is None and cache.add(GENERATION_KEY, 1, timeout=None):
            number = 1
        elif number is None:
            # Another process added it just now.
            number = cache.get(GENERATION_KEY)
    except Exception:  # noqa: BLE001 (a cache that is down means no caching)
        number = None
    if number is None or standing_in(cache):
        logger.info("The shared cache is not answering: nothing is cached for now")
        return None
    return number


def generation():
    """The current generation number, or None if the cache is down."""
    memo = _request_memo.get()
    if memo is not None and "generation" in memo:
        return memo["generation"]
    number = _read_generation()
    if memo is not None:
        memo["generation"] = number
    return number


def invalidate():
    """Everything cached from content is stale from now on."""
    memo = _request_memo.get()
    if memo is not None:
        memo.pop("generation", None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not in the cache (yet, or any more)
        cache.set(GENERATION_KEY, 2, timeout=None)
    except Exception:  # noqa: BLE001
        logger.warning("Could not move the content cache on: the cache is down")


def caching_generation():
    """
    The generation number values are kept under, or None when nothing is to
    be kept: the content cache is off (CONTENT_CACHE_SECONDS 0) or the
    shared cache is away.
    """
    return generation() if settings.CONTENT_CACHE_SECONDS > 0 else None


def content_key(number, name):
    """The cache key of `name` for content generation `number`."""
    return f"content:{number}:{name}"


def cached(name, build, keep=None):
    """
    The value cached under `name` for the current content, from `build()`
    when missing. `build` must not return None. With `keep`, a value built is
    kept only if `keep(value)` is true.
    """
    timeout = settings.CONTENT_CACHE_SECONDS
    number = caching_generation()
    if number is None:
        return build()
    key = content_key(number, name)
    try:
        value = cache.get(key)
    except Exception:  # noqa: BLE001
        return build()
    if value is None:
        value = build()
        if keep is not None and not keep(value):
            return value
        try:
            cache.set(key, value, timeout)
        except Exception:  # noqa: BLE001
            logger.warning("Could not keep %s in the cache", name)
    return value


class ContentGenerationMiddleware:
    """Lets each request read the generation number once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)


def _invalidate_after_commit():
    invalidate()


def _changed():
    """
    Moves the generation on now, and again when the change's transaction
    commits: a request that worked something out in between read the
    content as it was before the change (another connection sees none of it
    until then), and kept it under the new number.
    """
    invalidate()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        func is _invalidate_after_commit for _, func, _ in connection.run_on_commit
    ):
        transaction.on_commit(_invalidate_after_commit)


def _content_changed(sender, **kwargs):
    label = sender._meta.label_lower
    if (
        sender._meta.app_label in CONTENT_APPS
        and label not in IGNORED_MODELS
        and not label.endswith("rendition")
    ):
        _changed()


def _page_changed(sender, **kwargs):
    _changed()


def _cache_recovered(sender, **kwargs):
    invalidate()


def connect_signals():
    """Called from CoreConfig.ready, so every process moves the generation on."""
    recovered.connect(_cache_recovered, dispatch_uid="content-cache-recovered")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid="content-cache-page")
    post_save.connect(_content_changed, dispatch_uid="content-cache-save")
    post_delete.connect(_content_changed, dispatch_uid="content-cache-delete")
