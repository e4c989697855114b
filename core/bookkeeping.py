"""
Writes a page view makes for the site's own records (how often a search was
made, which searches found nothing, how often a file was downloaded).

They run after the answer has gone to the visitor, and wait only a moment
for the database: when it is busy (another process holding SQLite's write
lock), the count is skipped with a log line. A page is never slowed down or
failed by its own bookkeeping.

    after_response(Query.get(text).add_hit)

`AfterResponseMiddleware` starts each request's list; Django's
`request_finished` signal, sent once the response has been sent (and closed),
runs it. Outside a request (a management command) the write runs at once,
with the same guard.
"""

import logging
import threading

from django.core.signals import request_finished
from django.db import DatabaseError

from .db import impatient

logger = logging.getLogger(__name__)

_pending = threading.local()


def after_response(function, *args, **kwargs):
    """Runs `function(*args, **kwargs)` once the response has been sent."""
    tasks = getattr(_pending, "tasks", None)
    if tasks is None:
        _run(function, args, kwargs)
    else:
        tasks.append((function, args, kwargs))


def _run(function, args, kwargs):
    name = getattr(function, "__qualname__", repr(function))
    try:
        with impatient():
            function(*args, **kwargs)
    except DatabaseError as error:
        logger.warning("Skipped %s: the database did not take it (%s)", name, error)


def _run_pending(**kwargs):
    tasks = getattr(_pending, "tasks", None)
    _pending.tasks = None
    for function, args, kwargs_ in tasks or ():
        _run(function, args, kwargs_)


class AfterResponseMiddleware:
    """Collects a request's bookkeeping, to run once its response is sent."""

    def __init__(self, get_response):
        self.get_response = get_response
        request_finished.connect(_run_pending, dispatch_uid="core-after-response")

    def __call__(self, request):
        _pending.tasks = []
        return self.get_response(request)
