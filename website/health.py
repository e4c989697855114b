"""
/healthz/: whether the site's engines answer. 200 when all do, 503 when any
does not, with a line for each, for load balancers, Docker and people.
Each check is small and bounded by the engine's own timeout.
"""

import logging
import time

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache

from wagtail.search.backends import get_search_backend

from core.cache import standing_in

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    # While Redis is away the site keeps serving from each process's own
    # memory (core/cache.py), so a value that comes back is not enough.
    value = get_random_string(12)
    cache.set("healthz", value, 30)
    if standing_in(cache):
        raise RuntimeError("Redis is not answering: each process uses its own memory")
    if cache.get("healthz") != value:
        raise RuntimeError("the cache did not keep a value")


def check_search():
    backend = get_search_backend()
    client = getattr(backend, "es", None) or getattr(backend, "client", None)
    if client is not None and hasattr(client, "ping"):
        if not client.ping():
            raise RuntimeError("the search server did not answer")
        return
    from wagtail.models import Page

    list(backend.search("healthz", Page.objects.none()))


def check_storage():
    default_storage.exists("healthz-probe")


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "search": check_search,
    "storage": check_storage,
}


@never_cache
def healthz(request):
    report, healthy = {}, True
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as error:  # noqa: BLE001 (any failure is "down")
            healthy = False
            report[name] = {"ok": False, "error": error.__class__.__name__}
            logger.warning("Health check %s failed: %r", name, error)
        else:
            report[name] = {"ok": True}
        report[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": report},
        status=200 if healthy else 503,
    )
