import sys

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.db import is_busy


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    """Keeps crawlers out of the admin and points them at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def server_error(request):
    """
    Renders 500.html without a context: whatever failed (often the database)
    must not be needed to tell the visitor something went wrong.

    A database that is busy (another process holding SQLite's write lock)
    is not a fault in the site: the visitor is told to try again, with a 503
    and Retry-After, wherever the write was (a view, or a middleware saving
    the session).
    """
    if is_busy(sys.exc_info()[1]):
        response = HttpResponse(
            loader.get_template("503_busy.html").render(), status=503
        )
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())
