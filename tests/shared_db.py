"""
Data that many tests only read, built once instead of for every test.

`shared_database(request, build, django_db_blocker)` is used by a module- or
class-scoped fixture.
Its tests still run each in their own transaction, rolled back after them,
so what one test writes is never seen by the next; what they share is the
starting state that `build` made.

- On SQLite's in-memory test database, `build` runs once per process (per
  pytest-xdist worker). The database it leaves is copied aside with SQLite's
  backup API, and later modules asking for the same `name` get that copy
  back in milliseconds. When the module ends, the database as it was before
  is copied back.
- Elsewhere (PostgreSQL), `build` runs once per module inside a transaction
  that is rolled back at the end: each test runs in a savepoint within it.

The fixtures that share data are named `shared_*`. The shared state lasts
from the module's first test that asks for it to the module's end, so
`run_sharing_tests_last` puts, within each module, the tests that ask for
none first; and `check_sharing` fails a test that would still run inside
data it did not ask for (it would see it, or build its own beside it), or
that commits (transaction=True, the live server, the browser), which would
empty the shared data for the tests after it.
"""

import sqlite3
from contextlib import contextmanager

from django.db import connections, transaction

# name -> (a copy of the database once `build` ran, what `build` returned)
_built = {}
# The test database as migrations left it, for migrated_database_file.
_migrated = {}
# The fixtures sharing data right now, for check_sharing.
_active = []


def _in_memory(connection):
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def _copy(connection):
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


@contextmanager
def shared_database(request, build, django_db_blocker, name=None):
    """
    Yields what `build()` returned, with the database as `build` left it.
    `request` is the sharing fixture's; `name` (by default the fixture's
    name and module) keys the copy kept for other modules.
    """
    connection = connections["default"]
    fixture = request.fixturename
    name = name or f"{request.module.__name__}.{fixture}"
    with django_db_blocker.unblock():
        _active.append(fixture)
        try:
            if not _in_memory(connection):
                with transaction.atomic():
                    yield build()
                    transaction.set_rollback(True)
                return
            connection.ensure_connection()
            before = _copy(connection)
            try:
                if name in _built:
                    copy, result = _built[name]
                    copy.backup(connection.connection)
                else:
                    result = build()
                    _built[name] = (_copy(connection), result)
                yield result
            finally:
                connection.ensure_connection()
                before.backup(connection.connection)
                before.close()
        finally:
            _active.remove(fixture)


def keep_the_migrated_database():
    """
    Called once the test database is migrated: keeps a copy of it (SQLite's
    in-memory database only) for migrated_database_file.
    """
    connection = connections["default"]
    if _in_memory(connection):
        connection.ensure_connection()
        _migrated["copy"] = _copy(connection)


def migrated_database_file(path):
    """
    Writes the migrated test database to the SQLite file `path`, for a
    process of a test's own, in milliseconds instead of the half a minute
    `manage.py migrate` takes; False where there is no copy (PostgreSQL).
    """
    if "copy" not in _migrated:
        return False
    with sqlite3.connect(path) as target:
        _migrated["copy"].backup(target)
    target.close()
    return True


def _shared_fixtures(item):
    return tuple(
        sorted(name for name in item.fixturenames if name.startswith("shared_"))
    )


def run_sharing_tests_last(items):
    """Within each module, the tests that share no data run first."""
    modules = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], len(modules))
    items.sort(
        key=lambda item: (modules[item.nodeid.split("::")[0]], _shared_fixtures(item))
    )


def check_sharing(request):
    """Fails a test that would run inside shared data it did not ask for."""
    if not _active:
        return
    strangers = [fixture for fixture in _active if fixture not in request.fixturenames]
    if strangers:
        raise AssertionError(
            f"{request.node.nodeid} runs inside the data {strangers} share "
            "(tests/shared_db.py) without asking for it: ask for it, or move "
            "the test to a module that does not share data."
        )
    marker = request.node.get_closest_marker("django_db")
    commits = (marker and marker.kwargs.get("transaction")) or any(
        fixture in request.fixturenames
        for fixture in ("transactional_db", "live_server")
    )
    if commits:
        raise AssertionError(
            f"{request.node.nodeid} commits, but runs while {_active} is shared "
            "(tests/shared_db.py): move it to a module that does not share data."
        )
