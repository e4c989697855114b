"""
Living with a busy database: another process holds SQLite's write lock (a
backup, a long migration, a stuck script), or PostgreSQL a lock a write needs.

- `is_busy(error)`: whether a database error means "busy, try again later"
  rather than "wrong".
- `impatient()`: bookkeeping writes (search counts, download counts) wait a
  moment for a lock, not the connection's full 5 seconds.
- `retry_while_busy(function)`: for writes that must happen, such as noting
  that an email went out, so that it is not sent again.

And planning: `by_index()` tells PostgreSQL's planner, for one transaction,
that reading by index is cheap, for queries that look up a thousand or two
rows by id.
"""

import contextlib
import logging
import time

from django.db import DatabaseError, connections, transaction

logger = logging.getLogger(__name__)

# What PostgreSQL's planner is told a random read costs (by_index); its
# default, 4, is for spinning disks. At the default, a query that looks up a
# thousand or two rows by id reads every row instead: a search's count took
# 28 ms at 100,000 resources, 5 ms by index; the topics of the newest 1,000
# resources 39 ms, 4 ms by index. 1.1 is the usual value for SSDs, or data
# that fits in memory.
RANDOM_PAGE_COST = 1.1

# PostgreSQL: lock not available, query cancelled (lock_timeout), deadlock,
# serialisation failure.
_BUSY_SQLSTATES = {"55P03", "57014", "40P01", "40001"}


def is_busy(error):
    """Whether `error` says the database is busy, not that the query is wrong."""
    if not isinstance(error, DatabaseError):
        return False
    cause = error.__cause__ or error
    if getattr(cause, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text


@contextlib.contextmanager
def impatient(using="default", wait_ms=100):
    """
    Within the block, a write waits at most `wait_ms` for a lock, then fails
    with a database error. For writes the request can do without.
    """
    connection = connections[using]
    if connection.vendor == "sqlite":
        patience = int(connection.settings_dict["OPTIONS"].get("timeout", 5) * 1000)
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {patience}")
    elif connection.vendor == "postgresql":
        with transaction.atomic(using=using):
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL lock_timeout = '{int(wait_ms)}ms'")
            yield
    else:
        yield


def retry_while_busy(function, *args, give_up_after=600, pause=0.5, **kwargs):
    """
    `function(*args, **kwargs)`, tried again while the database is busy, for
    up to `give_up_after` seconds. `function` must be safe to run again:
    one statement, or one transaction that rolls back whole.
    """
    deadline = time.monotonic() + give_up_after
    while True:
        try:
            return function(*args, **kwargs)
        except DatabaseError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
            logger.warning("The database is busy; trying again: %s", error)
            time.sleep(pause)


@contextlib.contextmanager
def by_index(using="default"):
    """
    On PostgreSQL, a transaction (a savepoint inside one) whose queries are
    planned with RANDOM_PAGE_COST; elsewhere, nothing.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL random_page_cost = {RANDOM_PAGE_COST:f}")
        yield
