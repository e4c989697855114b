"""The database's plan for a query, as the tests of indexes read it."""

from django.db import connection


def plan(queryset=None, sql=None, params=(), set_aside=()):
    """
    The plan of `queryset`, or of `sql` with `params`, as text. On
    PostgreSQL the planner is told to prefer an index: a test's tables are
    small, and it chooses the index by itself only when they are large.

    `set_aside`, (table, column) pairs: on PostgreSQL, the indexes on that
    column alone are dropped for the plan, inside the test's transaction, so
    they come back after it. A test's rows are never vacuumed, and until
    they are, the planner cannot tell that an index holding both columns a
    query reads saves the visit to the table: it may take the smaller index
    on the first column alone, whichever it met first.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            for table, column in set_aside:
                for name in _indexes_on(cursor, table, column):
                    cursor.execute(f'DROP INDEX "{name}"')
        if queryset is not None:
            return queryset.explain()
        postgresql = connection.vendor == "postgresql"
        cursor.execute(f"EXPLAIN {'' if postgresql else 'QUERY PLAN '}{sql}", params)
        return "\n".join(str(row) for row in cursor.fetchall())


def _indexes_on(cursor, table, column):
    """The names of `table`'s plain indexes on `column` alone."""
    constraints = connection.introspection.get_constraints(cursor, table)
    return [
        name
        for name, about in constraints.items()
        if about["index"]
        and not about["unique"]
        and not about["primary_key"]
        and about["columns"] == [column]
    ]
