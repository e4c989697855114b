"""The database's plan for a query, as the tests of indexes read it."""

from django.db import connection


def plan(queryset=None, sql=None, params=(), index_only=False):
    """
    The plan of `queryset`, or of `sql` with `params`, as text. On
    PostgreSQL the planner is told to prefer an index: a test's tables are
    small, and it chooses the index by itself only when they are large.
    With `index_only`, an index that answers alone, which it prefers once
    its table has been vacuumed (a test's rows never are).
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            if index_only:
                cursor.execute("SET LOCAL enable_indexscan = off")
                cursor.execute("SET LOCAL enable_bitmapscan = off")
        if queryset is not None:
            return queryset.explain()
        postgresql = connection.vendor == "postgresql"
        cursor.execute(f"EXPLAIN {'' if postgresql else 'QUERY PLAN '}{sql}", params)
        return "\n".join(str(row) for row in cursor.fetchall())
