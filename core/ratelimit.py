"""
Who is asking, and how often: the visitor's address behind the site's
proxies, and a fixed-window count per address in the shared cache.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


def client_ip(request):
    """
    The visitor's address. Behind a proxy (gunicorn behind a load balancer),
    settings.TRUSTED_PROXY_COUNT says how many X-Forwarded-For hops to trust.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        hops = [
            hop.strip()
            for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if hop.strip()
        ]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_limited(scope, ident, limit, window, now=None):
    """
    Counts one request from `ident` (an address) for `scope`. Returns 0 if it
    may go ahead, or the number of seconds until it may.

    A fixed window: `limit` requests every `window` seconds. While Redis is
    away each process counts for itself (core/cache.py); a cache that fails
    outright lets requests through: losing an enquiry is worse than letting a
    few extra in.
    """
    if not limit:
        return 0
    now = now if now is not None else time.time()
    key = f"lla:{scope}:rate:{ident}:{int(now // window)}"
    try:
        cache.add(key, 0, timeout=window + 5)
        count = cache.incr(key)
    except Exception:  # the cache server is unreachable
        logger.warning("Rate limit skipped: the cache is unavailable", exc_info=True)
        return 0
    if count is None:  # a cache that swallows its errors
        logger.warning("Rate limit skipped: the cache did not count")
        return 0
    if count > limit:
        return int(window - now % window) + 1
    return 0
