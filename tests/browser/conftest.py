"""
Browser tests: Playwright drives Debian's Chromium against the live server.

Where no Chromium is found these tests skip with the reason printed. CI sets
LLA_REQUIRE_BROWSER=1 (in .ci/run), and then a skip here is a failure, so a
green CI run always means the browser tests ran.
"""

import os
import threading
from pathlib import Path

from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread

import axe_playwright_python
import pytest

from core.content.loader import load_all
from tests.shared_db import (
    copy_of,
    copy_postgres,
    in_memory,
    put_back,
    put_back_postgres,
)

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
REQUIRE_BROWSER = os.environ.get("LLA_REQUIRE_BROWSER", "") not in ("", "0")
AXE_SCRIPT = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
# WCAG 2.0, 2.1 and 2.2, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Chromium on a machine with no network: without these it keeps trying to
# reach Google's services at start-up.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_BROWSER and report.skipped and item.get_closest_marker("browser"):
        report.outcome = "failed"
        report.longrepr = (
            f"LLA_REQUIRE_BROWSER is set, so this browser test may not skip: "
            f"{report.longrepr}"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """
    A browser test is transactional: Django empties the database after it,
    Wagtail's root page (made by a migration) included. Run alone, pytest-django
    puts such tests last; under pytest-xdist a worker may run ordinary tests
    after one. So put the migrations' data back once the test is torn down.
    """
    yield
    # After the last test the test database is already gone.
    if nextitem is None or not item.get_closest_marker("browser"):
        return
    from django.db import connections

    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
        connections.close_all()


class OneRequestAtATime(ThreadedWSGIServer):
    """
    Django's live server, letting one request at a time into the site when
    its threads share the test's in-memory SQLite connection. Two requests
    at once on that one connection fail with "cannot start a transaction
    within a transaction": Wagtail's editor sends a beacon that deletes its
    editing session as the page unloads, so publishing a page raced with it
    (tests/browser/test_running_a_network.py failed so, now and then). On
    PostgreSQL each thread has its own connection, and nothing is held back.
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, connections_override=connections_override, **kwargs)
        self.one_at_a_time = bool(connections_override)

    def set_app(self, application):
        if self.one_at_a_time:
            lock = threading.Lock()

            def app(environ, start_response):
                with lock:
                    return application(environ, start_response)

            super().set_app(app)
        else:
            super().set_app(application)


LiveServerThread.server_class = OneRequestAtATime


@pytest.fixture(scope="session")
def chromium_path():
    if not CHROMIUM.exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM}: install Debian's chromium "
            "(apt-get install chromium) or set CHROMIUM_PATH"
        )
    return str(CHROMIUM)


@pytest.fixture
def page(chromium_path, live_server, transactional_db, monkeypatch):
    """
    A Chromium tab, started after the test database is ready and closed before
    it is torn down.

    Playwright's sync API keeps an asyncio loop running in this thread, and
    while it runs Django hands out a separate, context-local connection. So
    Playwright must not outlive one test: a session-wide browser would make
    the next test's database set-up (the serialized rollback that restores
    Wagtail's root page) run on the wrong connection and silently do nothing.
    """
    from playwright.sync_api import sync_playwright

    # ORM calls the test makes while Playwright's loop runs are synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, args=CHROMIUM_ARGS
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.set_default_timeout(10_000)
        yield tab
        browser.close()
        # Close the context-local connections opened while the loop ran, or
        # PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()


@pytest.fixture
def lla_live(live_server):
    """
    The live server, with the LLA content loaded as `make run` loads it. Tests
    using it need `django_db(transaction=True, serialized_rollback=True)`, so
    that Wagtail's root page, made by a migration, survives between tests.
    """
    _load_content()
    return live_server


# The test database as it was once the content was loaded, kept by this
# process (one per pytest-xdist worker) after the first load.
_loaded = {}


def _load_content():
    """
    Loads the content once per process, and puts the loaded tables back for
    each later test, in well under a second instead of the seconds a load
    takes; each test still starts from exactly the content `make run` loads.
    On SQLite's in-memory test database the loaded database is copied aside
    and back with SQLite's backup API; on PostgreSQL each table's rows are
    kept with COPY, and put back with TRUNCATE and COPY.
    """
    connection = connections["default"]
    if "copy" in _loaded:
        if in_memory(connection):
            put_back(_loaded["copy"], connection)
        else:
            put_back_postgres(connection, _loaded["copy"])
        return
    load_all(hostname="localhost", port=80, stdout=lambda line: None)
    if in_memory(connection):
        _loaded["copy"] = copy_of(connection)
    elif connection.vendor == "postgresql":
        _loaded["copy"] = copy_postgres(connection)


def axe_violations(page):
    """Runs axe-core's WCAG 2.2 A/AA rules; returns a readable list of failures."""
    page.evaluate(AXE_SCRIPT)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
    ]
