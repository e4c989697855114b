"""
Data that many tests only read, built once instead of for every test.

`shared_fixture(name, build)` makes a module-scoped (or class-scoped) fixture
that shares what `build` makes. Its tests still run each in their own
transaction, rolled back after them, so what one test writes is never seen
by the next; what they share is the starting state that `build` made.

- On SQLite's in-memory test database, `build` runs once per process (per
  pytest-xdist worker). The database it leaves is copied aside with SQLite's
  backup API, and later modules asking for the same `key` get that copy
  back in milliseconds. When the module ends, the database as it was before
  is copied back.
- On PostgreSQL, each module's shared data lives in a transaction that is
  rolled back at the end: each test runs in a savepoint within it. Data
  shared under a `key` by several modules is built once per process too:
  its tables' rows are kept with COPY, and later modules get them back with
  TRUNCATE and COPY inside their transaction (under a second, where loading
  the LLA content takes ten).

The fixtures that share data are named `shared_*`. The shared state lasts
from the module's first test that asks for it to the module's end, so
`run_sharing_tests_last` puts, within each module, the tests that ask for
none first; and `check_sharing` fails a test that would still run inside
data it did not ask for (it would see it, or build its own beside it), or
that commits (transaction=True, the live server, the browser), which would
empty the shared data for the tests after it.
"""

import sqlite3
from contextlib import closing, contextmanager
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connections, transaction

import psycopg
import pytest

# name -> (a copy of the database once `build` ran, what `build` returned)
_built = {}
# The test database as migrations left it, for migrated_database_file.
_migrated = {}
# The fixtures sharing data right now, for check_sharing.
_active = []
# The default database as configured, before any test database replaces it.
_CONFIGURED_NAME = settings.DATABASES["default"]["NAME"]


def in_memory(connection):
    """Whether `connection` is to SQLite's in-memory test database."""
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def copy_of(connection):
    """A copy of an in-memory SQLite database, made with SQLite's backup API."""
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


def put_back(copy, connection):
    """Makes the database of `connection` what `copy` holds."""
    connection.ensure_connection()
    copy.backup(connection.connection)


def shared_fixture(name, build, scope="module", key=None):
    """
    A fixture called `name` (begin it with "shared_") sharing what `build()`
    makes with the tests of its module (or class). `key` names the copy kept
    for other modules sharing the same data; by default, the fixture's name
    and module.
    """

    @pytest.fixture(scope=scope, name=name)
    def fixture(request, django_db_setup, django_db_blocker):
        with shared_database(request, build, django_db_blocker, key) as built:
            yield built

    return fixture


@contextmanager
def shared_database(request, build, django_db_blocker, name=None):
    """
    Yields what `build()` returned, with the database as `build` left it.
    `request` is the sharing fixture's; `name` (by default the fixture's
    name and module) keys the copy kept for other modules.
    """
    connection = connections["default"]
    fixture = request.fixturename
    # Only data keyed for several modules is worth keeping outside SQLite.
    reusable = name is not None
    name = name or f"{request.module.__name__}.{fixture}"
    with django_db_blocker.unblock():
        _active.append(fixture)
        try:
            if not in_memory(connection):
                with transaction.atomic():
                    yield _built_in_transaction(connection, build, name, reusable)
                    transaction.set_rollback(True)
                return
            before = copy_of(connection)
            try:
                if name in _built:
                    copy, result = _built[name]
                    put_back(copy, connection)
                else:
                    result = build()
                    _built[name] = (copy_of(connection), result)
                yield result
            finally:
                put_back(before, connection)
                before.close()
        finally:
            _active.remove(fixture)


def _built_in_transaction(connection, build, name, reusable):
    """What `build()` returns, with its data in the current transaction."""
    if connection.vendor != "postgresql" or not reusable:
        return build()
    if name in _built:
        rows, result = _built[name]
        put_back_postgres(connection, rows)
        return result
    result = build()
    _built[name] = (copy_postgres(connection), result)
    return result


def _tables(connection):
    with connection.cursor() as cursor:
        return [
            table
            for table in connection.introspection.table_names(cursor)
            if table != "django_migrations"
        ]


def copy_postgres(connection):
    """Every table's rows (but the migrations'), as PostgreSQL's COPY gives them."""
    connection.ensure_connection()
    rows = {}
    with connection.cursor() as cursor:
        for table in _tables(connection):
            with cursor.copy(f'COPY "{table}" TO STDOUT') as copy:
                rows[table] = b"".join(bytes(block) for block in copy)
    return rows


def put_back_postgres(connection, rows):
    """Makes the tables hold `rows` (from copy_postgres) and nothing else."""
    from django.apps import apps
    from django.core.management.color import no_style

    connection.ensure_connection()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE " + ", ".join(f'"{table}"' for table in rows) + " CASCADE"
        )
        for table, data in rows.items():
            if data:
                with cursor.copy(f'COPY "{table}" FROM STDIN') as copy:
                    copy.write(data)
        # COPY leaves the id sequences where they were: move them past the rows.
        for statement in connection.ops.sequence_reset_sql(
            no_style(), apps.get_models(include_auto_created=True)
        ):
            cursor.execute(statement)


def keep_the_migrated_database():
    """
    Called once the test database is migrated: keeps a copy of it, for
    migrated_database_file (SQLite's in-memory database) or
    migrated_postgres_database (a database made from it as a template).
    """
    connection = connections["default"]
    if in_memory(connection):
        _migrated["copy"] = copy_of(connection)
    elif connection.vendor == "postgresql" and _is_test_database(connection):
        source = connection.settings_dict["NAME"]
        copy = f"{source}_migrated"
        # A template database may have no other connection.
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{copy}"')
            cursor.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')
        _migrated["postgres"] = copy


def _is_test_database(connection):
    """
    Whether pytest-django made a test database: it makes none when no test
    chosen needs one, and the connection then names the configured database.
    """
    return connection.settings_dict["NAME"] != _CONFIGURED_NAME


def drop_the_migrated_database():
    """Drops what keep_the_migrated_database made on PostgreSQL."""
    copy = _migrated.pop("postgres", None)
    if copy:
        with connections["default"]._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def migrated_database_file(path):
    """
    Writes the migrated test database to the SQLite file `path`, for a
    process of a test's own, in milliseconds instead of the half a minute
    `manage.py migrate` takes; False where there is no copy (PostgreSQL).
    """
    if "copy" not in _migrated:
        return False
    with closing(sqlite3.connect(path)) as target:
        _migrated["copy"].backup(target)
    return True


def migrated_postgres_database():
    """
    The name of a PostgreSQL database as migrations left the test database,
    to use as a template (CREATE DATABASE ... TEMPLATE); None on SQLite.
    """
    return _migrated.get("postgres")


def create_postgres_database(url, template=None):
    """
    Creates the database named in the PostgreSQL `url`, a copy of the
    database `template` on the same server. By default that is, on the
    PostgreSQL test run, its migrated test database (a second, where
    `manage.py migrate` takes half a minute); otherwise the new database is
    empty. Returns whether it is a copy.
    """
    template = template or migrated_postgres_database()
    copying = f' TEMPLATE "{template}"' if template else ""
    with _server(url) as server:
        server.execute(f'CREATE DATABASE "{_database_name(url)}"{copying}')
    return template is not None


def drop_postgres_database(url):
    """Drops the database named in the PostgreSQL `url`, if it is there."""
    with _server(url) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{_database_name(url)}" WITH (FORCE)')


def _server(url):
    """A connection to the maintenance database of the server `url` is on."""
    maintenance = urlsplit(url)._replace(path="/postgres").geturl()
    return psycopg.connect(maintenance, autocommit=True)


def _database_name(url):
    return urlsplit(url).path.lstrip("/")


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
