"""
Library search benchmark: the library topped up with synthetic resources to
each size in turn, then a few representative searches, each timed for an
anonymous visitor and for a signed-in member.

Imported once Django is set up and the LLA content is loaded.
"""

import io
import sys
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import Client, RequestFactory

from taggit.models import Tag

from core.content_cache import generation
from core.tree import child_of
from networks.models import NetworkPage
from resources import facet_index
from resources.models import (
    MEMBERS_GROUP,
    Audience,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
)

from .timing import measure


def library_size():
    library = ResourceIndexPage.objects.get()
    return child_of(ResourcePage.objects, library).count()


def top_up(size):
    """Adds fake resources until the library holds `size`; returns how many."""
    missing = size - library_size()
    if missing > 0:
        # Its progress bar shows on the terminal; its summary is printed here.
        call_command(
            "make_fake_resources", str(missing), stdout=io.StringIO(), stderr=sys.stderr
        )
        # Statistics, as a database in service has them: on PostgreSQL
        # autovacuum gathers them soon after a bulk load (without them the
        # planner took the title-only match for a scan of every entry: 115 ms
        # instead of 12 at 10,000); on SQLite an operator's `ANALYZE` or
        # `PRAGMA optimize` does (with them, Wagtail's lookup of private
        # sections read every page: core/privacy.py).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return max(missing, 0)


def _most_used(queryset, relation, count=1):
    ranked = queryset.annotate(uses=Count(relation)).order_by("-uses", "slug")
    return [item.slug for item in ranked[:count]]


def facets():
    """
    The most used network, type, audiences and topic: the facet values with
    the most resources behind them, so the slowest of their kind.
    """
    return {
        "network": _most_used(NetworkPage.objects.live(), "resources")[0],
        "type": _most_used(ResourceType.objects, "resources")[0],
        "audiences": _most_used(Audience.objects, "resources", 2),
        "topic": _most_used(
            Tag.objects.filter(resources_resourcetag_items__isnull=False),
            "resources_resourcetag_items",
        )[0],
    }


def searches(chosen):
    """
    The requests timed at each size, in the library's URL API: the library
    searched for a common word with two facets chosen, browsed by two facets
    alone, searched for two words and for a misspelt word (which finds
    nothing, and is offered "Did you mean"); the site search for a common
    word.
    """
    network, kind, topic = chosen["network"], chosen["type"], chosen["topic"]
    return {
        "library: word + 2 facets": (
            f"/resources/?q=equity&network={network}&type={kind}"
        ),
        "library: 2 facets": f"/resources/?network={network}&topic={topic}",
        "library: 2 words": "/resources/?q=careers+apprenticeships",
        "library: misspelt word": "/resources/?q=sustainabilty",
        "site search: word": "/search/?q=equity",
    }


def member_cookie():
    """A session cookie of a signed-in member of a partner organisation."""
    member, _ = get_user_model().objects.get_or_create(
        username="bench-member", defaults={"email": "bench-member@example.org"}
    )
    member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    client = Client()
    client.force_login(member)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def run(handler, sizes, requests, budget):
    """
    Prints a table per size, a row per request and user, and returns the
    rows (dicts) for a report that sets databases side by side.
    """
    users = {
        "anon": RequestFactory(HTTP_HOST="localhost"),
        "member": RequestFactory(HTTP_HOST="localhost", HTTP_COOKIE=member_cookie()),
    }
    _check_member_sees_more(handler, users)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(
        f"\nLibrary searches on {engine}, up to {requests} requests each "
        f"(fewer if a row takes over {budget:g} s: n says how many), "
        "through Django's WSGI handler in-process. CPU ms is this process's "
        "and, on PostgreSQL, its server process's; params is the most "
        "parameters one query carried"
    )
    chosen = None
    rows = []
    for size in sorted(sizes):
        start = time.perf_counter()
        added = top_up(size)
        print(
            f"\nLibrary at {library_size():,} resources: {added:,} fake ones "
            f"made in {time.perf_counter() - start:.1f} s"
        )
        # The browsing index, built and kept as the worker does after an
        # edit (resources/facet_index.py): what each edit costs the worker.
        start = time.perf_counter()
        facet_index.build_index.call(generation())
        print(f"Library index built in {time.perf_counter() - start:.2f} s")
        print(
            f"{'size':>7}  {'user':<7}{'search':<26}{'n':>5}{'p50 ms':>9}"
            f"{'p95 ms':>9}{'CPU ms':>9}{'queries':>9}{'params':>8}{'status':>8}"
        )
        # Chosen once, at the first size, so every size runs the same requests.
        chosen = chosen or facets()
        for name, path in searches(chosen).items():
            for user, factory in users.items():
                result = measure(
                    lambda p, f=factory: handler.get_response(f.get(p)),
                    path,
                    requests,
                    budget,
                )
                rows.append(
                    {
                        "database": engine,
                        "size": size,
                        "user": user,
                        "search": name,
                        "path": path,
                        "n": len(result.timings),
                        "p50": result.p50,
                        "p95": result.p95,
                        "cpu_ms": result.cpu_ms,
                        "queries": result.queries,
                        "max_params": result.max_params,
                        "status": result.status,
                    }
                )
                print(
                    f"{size:>7,}  {user:<7}{name:<26}{len(result.timings):>5}"
                    f"{result.p50:>9.1f}{result.p95:>9.1f}{result.cpu_ms:>9.1f}"
                    f"{result.queries:>9}{result.max_params:>8}{result.status:>8}",
                    flush=True,
                )
    return rows


def _check_member_sees_more(handler, users):
    """Fails loudly if the member's cookie does not sign them in."""
    page = ResourcePage.objects.live().filter(members_only=True).first()
    if page is None:
        return
    path = page.url_path.removeprefix(page.get_site().root_page.url_path)
    status = handler.get_response(users["member"].get(f"/{path}")).status_code
    if status != 200:
        raise SystemExit(
            f"The benchmark member got {status} for members-only /{path}: "
            "their session does not sign them in."
        )
