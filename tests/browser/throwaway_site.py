"""
The site on a server of its own, with the LLA content, for crawls and
screenshots that look at many pages: Django's server in a subprocess, the
development settings with DEBUG off (so error pages are the site's own), a
temporary database migrated and loaded as `make run` loads it, and a
temporary media folder. The database is a SQLite file, or on the PostgreSQL
test run a PostgreSQL database, so that run serves the pages from it.
Loading the content takes some 20 seconds, so a test module or a screenshot
run does it once, not per test.

    with ThrowawaySite() as site:
        site.url                      # http://127.0.0.1:<port>
        site.paths["members_only"]    # pages found by type, never by slug

The Django test database itself is not involved (at most a copy of it), so
a test using it needs no database fixture, and Playwright may run for as
long as the test likes.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

from tests.ports import free_port
from tests.shared_db import (
    create_postgres_database,
    drop_postgres_database,
    migrated_database_file,
    migrated_postgres_database,
)

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

# Pages found by type in the loaded content.
PATHS_SCRIPT = """
import json, django
django.setup()
from enquiries.models import ContactPage
from networks.models import NetworkPage
from resources.models import (
    ResourceIndexPage, ResourcePage, ResourceTag, ToolkitSectionPage,
)
network = NetworkPage.objects.live().public().order_by("path").first()
chapter = ToolkitSectionPage.objects.live().public().order_by("path").first()
library = ResourceIndexPage.objects.live().first()
teaser = ResourcePage.objects.live().filter(members_only=True, listed=True)
topic = (ResourceTag.objects.filter(content_object__members_only=False)
         .values_list("tag__slug", flat=True).order_by("tag__slug").first())
print(json.dumps({
    "home": "/",
    "network": network.url,
    "network_slug": network.slug,
    "library": library.url,
    "topic_slug": topic,
    "toolkit_chapter": chapter.url,
    "members_only": teaser.order_by("path").first().url,
    "contact": ContactPage.objects.live().first().url,
}))
"""


class ThrowawaySite:
    def __init__(self, port=None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.paths = {}
        self._server = None
        self._workdir = None
        self._database_url = None

    def env(self):
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(
                ("DJANGO_", "ELASTICSEARCH", "REDIS_", "CACHE_", "EMAIL_")
            )
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="website.settings.dev",
            DEBUG="false",
            DATABASE_URL=self._database_url,
            MEDIA_ROOT=str(self._workdir / "media"),
            PAGE_CACHE_SECONDS="0",
            # A crawl searches and sends forms faster than any person.
            SEARCH_RATE_LIMIT="0",
            ENQUIRY_RATE_LIMIT="1000",
            PYTHONPATH=str(BASE_DIR),
        )
        return environment

    def _run(self, *args, capture=False):
        return subprocess.run(  # noqa: S603 (this interpreter, the project's code)
            [PYTHON, *args],
            cwd=BASE_DIR,
            env=self.env(),
            check=True,
            capture_output=capture,
            stdout=None if capture else subprocess.DEVNULL,
            text=True,
        )

    def start(self):
        self._workdir = Path(tempfile.mkdtemp(prefix="lla-site-"))
        if not self._migrated_database():
            self._run("manage.py", "migrate", "--noinput", "-v0")
        self._run(
            "manage.py", "load_lla_content", "--hostname", "127.0.0.1", "--port", "80"
        )
        output = self._run("-c", PATHS_SCRIPT, capture=True).stdout
        self.paths = json.loads(output.strip().splitlines()[-1])
        self._server = subprocess.Popen(  # noqa: S603
            [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=BASE_DIR,
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz/", timeout=5):  # noqa: S310
                    return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("the throwaway site did not start within 60 s")

    def _migrated_database(self):
        """
        Sets the site's database; under pytest, a copy of the test run's own
        migrated database, and then returns True.
        """
        if migrated_postgres_database():
            server = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
            self._database_url = f"{server}/lla_site_{uuid.uuid4().hex[:10]}"
            return create_postgres_database(self._database_url)
        path = self._workdir / "site.sqlite3"
        self._database_url = f"sqlite:///{path}"
        return migrated_database_file(path)

    def stop(self):
        if self._server is not None:
            self._server.terminate()
            self._server.wait(30)
            self._server = None
        if self._database_url and self._database_url.startswith("postgres"):
            drop_postgres_database(self._database_url)
        self._database_url = None
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
