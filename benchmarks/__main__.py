"""
Page render benchmarks: each public page rendered in-process, many times, on a
throwaway database loaded with the LLA content, as `make run` would load it.

Reports p50/p95 wall time and the number of queries per request. Usage:

    make bench                       # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench make bench
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

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
    "/no-such-page/",
]


def percentile(samples, fraction):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="per page")
    args = parser.parse_args()
    if args.requests < 1:
        parser.error("--requests must be at least 1")

    workdir = Path(tempfile.mkdtemp(prefix="lla-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "website.settings.test"
    os.environ.setdefault("TEST_MEDIA_ROOT", str(workdir / "media"))

    import logging

    import django

    django.setup()
    # The 404 page is measured on purpose; its warnings are not news.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.management import call_command
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

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

        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        print(
            f"\nPage renders on {engine}, {args.requests} requests each, "
            "through Django's WSGI handler in-process"
        )
        print(f"{'page':<78}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}")
        for path in PAGES:
            get(path)  # warm caches
            timings = []
            for _ in range(args.requests):
                start = time.perf_counter()
                get(path)
                timings.append((time.perf_counter() - start) * 1000)
            with CaptureQueriesContext(connection) as queries:
                get(path)
            print(
                f"{path:<78}{statistics.median(timings):>9.1f}"
                f"{percentile(timings, 0.95):>9.1f}{len(queries):>9}"
            )
    finally:
        connection.creation.destroy_test_db(test_db, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
