"""
Benchmarks on a throwaway database loaded with the LLA content, as `make run`
would load it, with requests served in-process by Django's WSGI handler.

Page renders (always, unless --no-pages): each public page, many times.

Library searches (--library SIZES): the library is topped up with
`manage.py make_fake_resources` to each size in turn (1,000, then 9,000 more
for 10,000; the generation time is printed), then a few searches with
facets, in the library's URL API, and the site search are timed, for an
anonymous visitor and a signed-in member. A row stops after --budget seconds
(at least 5 requests), and its n says how many requests were timed.

Contact-form submissions (--enquiries N): see benchmarks/enquiries.py.

Meeting invitations (--invitations N): a network with an N-person roster
gets a new meeting, over a real SMTP server; see benchmarks/invitations.py.

Each row reports p50/p95 wall time, queries per request and, for searches,
the response's status. Usage:

    make bench                       # pages, enquiries, invitations, the library
    .venv/bin/python -m benchmarks   # pages only
    .venv/bin/python -m benchmarks --no-pages --library 1000,10000 \
        --library-requests 50 --budget 20
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench make bench
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from . import sizes

PAGES = [
    "/",
    "/about/governance/",
    "/networks/",
    "/networks/?area=inclusion",
    "/networks/careers/",
    "/networks/careers/calendar/",
    "/about/partners-and-associates/",
    "/resources/",
    "/resources/race-equity-leadership-toolkit/",
    "/resources/race-equity-leadership-toolkit/the-lla-anti-racism-action-plan/",
    "/resources/primary-offer-member-details/",
    "/contact/",
    "/contact/?network=equity",
    "/no-such-page/",
]


def main():
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--requests", type=int, default=200, help="per page")
    parser.add_argument("--no-pages", action="store_true", help="skip the page renders")
    parser.add_argument(
        "--library",
        type=sizes,
        metavar="N[,N...]",
        help="library sizes to time searches at, e.g. 1000,10000",
    )
    parser.add_argument(
        "--enquiries",
        type=int,
        default=0,
        metavar="N",
        help="post N contact-form submissions, then time the worker sending them",
    )
    parser.add_argument(
        "--invitations",
        type=int,
        default=0,
        metavar="N",
        help="invite a roster of N to a new meeting: time the publish, the "
        "worker's fan-out and the delivery over SMTP (0 skips)",
    )
    parser.add_argument(
        "--library-requests", type=int, default=100, help="per search and user"
    )
    parser.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help="also write the library searches' rows to FILE, as JSON "
        "(python -m benchmarks.search sets databases side by side from them)",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=30,
        help="seconds a search row may take before it stops early (30)",
    )
    args = parser.parse_args()
    if args.enquiries < 0:
        parser.error("--enquiries must be 0 or more")
    if args.invitations < 0:
        parser.error("--invitations must be 0 or more")
    if min(args.requests, args.library_requests) < 1:
        parser.error("--requests and --library-requests must be at least 1")
    if args.budget <= 0:
        parser.error("--budget must be more than 0 seconds")

    workdir = Path(tempfile.mkdtemp(prefix="lla-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "website.settings.test"
    os.environ.setdefault("TEST_MEDIA_ROOT", str(workdir / "media"))

    import logging

    import django

    django.setup()
    # The 404 page is measured on purpose; its warnings are not news.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.management import call_command
    from django.db import connection
    from django.test import RequestFactory

    # A fresh database, so figures never depend on what a developer has loaded.
    test_db = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        call_command("load_lla_content", "--hostname", "localhost", "--port", "80")
        # The real request path: Django's WSGI handler and its middleware, not
        # the test client, whose template instrumentation costs more than the
        # pages themselves.
        handler = WSGIHandler()
        factory = RequestFactory(HTTP_HOST="localhost")

        def get(path):
            return handler.get_response(factory.get(path))

        if not args.no_pages:
            render_pages(get, args.requests)
        if args.enquiries:
            from . import enquiries

            enquiries.run(handler, args.enquiries)
        if args.invitations:
            from . import invitations

            invitations.run(args.invitations)
        if args.library:
            from . import library

            rows = library.run(
                handler, args.library, args.library_requests, args.budget
            )
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1))
    finally:
        connection.creation.destroy_test_db(test_db, verbosity=0)
    return 0


def render_pages(get, requests):
    from django.conf import settings

    from .timing import measure

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(
        f"\nPage renders on {engine}, {requests} requests each, "
        "through Django's WSGI handler in-process"
    )
    print(f"{'page':<78}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}")
    for path in PAGES:
        result = measure(get, path, requests)
        print(f"{path:<78}{result.p50:>9.1f}{result.p95:>9.1f}{result.queries:>9}")


if __name__ == "__main__":
    sys.exit(main())
