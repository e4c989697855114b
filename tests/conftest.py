"""Fixtures shared by the whole suite."""

from django.core.cache import cache

import pytest

from core import bookkeeping
from core.content.loader import load_all
from home.factories import make_site_with_home
from tests.shared_db import (
    check_sharing,
    drop_the_migrated_database,
    keep_the_migrated_database,
    run_sharing_tests_last,
    shared_fixture,
)

# Modules marked so, and those under these folders, take tens of seconds.
HEAVY_MARKERS = ("slow", "browser", "faults")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    run_sharing_tests_last(items)
    heavy_modules_first(items)


def heavy_modules_first(items):
    """
    Puts the modules that take longest first, then the others, most tests
    first. pytest-xdist hands modules out in this order (the Makefile's
    `--dist loadscope --no-loadscope-reorder`); by its own order, most tests
    first, the browser and fault modules, a few tests each, came last, and
    one worker ran them alone while the other sat idle.
    """
    modules = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)

    def weight(tests):
        heavy = any(
            item.get_closest_marker(marker)
            for item in tests
            for marker in HEAVY_MARKERS
        )
        return (not heavy, -len(tests))

    ordered = sorted(modules.values(), key=weight)
    items[:] = [item for tests in ordered for item in tests]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database; a copy is kept for processes of tests'
    own (tests/shared_db.py, migrated_database_file)."""
    with django_db_blocker.unblock():
        keep_the_migrated_database()
    yield
    with django_db_blocker.unblock():
        drop_the_migrated_database()


@pytest.fixture
def home(db):
    """A bare home page as the root of the default site (localhost)."""
    return make_site_with_home()


def load_lla_site():
    return load_all(hostname="localhost", port=80, stdout=lambda line: None)


shared_lla_content = shared_fixture("shared_lla_content", load_lla_site, key="lla")


@pytest.fixture
def lla_site(shared_lla_content, db):
    """
    The site as `make run` builds it: every page `load_lla_content` makes.
    Loaded once and shared by the module's tests (tests/shared_db.py); each
    test's own changes are rolled back after it.
    """
    return shared_lla_content


@pytest.fixture(autouse=True)
def _sharing_checked(request):
    check_sharing(request)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (no menu cached by another test)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _outside_any_request():
    """
    Every test starts outside a request, so bookkeeping it does without one
    runs at once (core/bookkeeping.py). A request whose response was never
    closed (a download read partly, a handler called directly) leaves its
    list behind, and what ran after it in the same process waited for an
    end that never came.
    """
    bookkeeping._pending.tasks = None


@pytest.fixture
def one_rate_window(monkeypatch):
    """
    Rate limits count in fixed windows (core/ratelimit.py): a test's requests
    that straddled the turn of a minute would be counted in two. This puts
    the limits' clock mid-minute and mid-hour, where it stays.
    """
    from types import SimpleNamespace

    from core import ratelimit

    mid_minute = 1_800_001_830.0
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: mid_minute))


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on localhost, which Django's mail is pointed at."""
    from tests.email_infra import SMTPServer

    server = SMTPServer().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 3
    yield server
    server.stop()


@pytest.fixture
def email_queue(settings):
    """The email queue as production has it (the database), worked on demand
    with `email_queue.run_worker()`."""
    from tests.email_infra import EmailQueue

    # django_tasks keeps its backends in `task_backends`, and empties that
    # cache on `setting_changed` for TASKS: the settings fixture sends it here
    # and again when it puts the old value back after the test.
    settings.TASKS = {
        **settings.TASKS,
        "email": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    yield EmailQueue()
