"""
PostgreSQL only: a GIN index on the search index's title and body vectors
together, the expression the full-text match filters on (search/backends.py
`_postgres_match`, and modelsearch's own queries), so the match is an index
scan instead of a scan of every entry. modelsearch indexes each column on its
own, which a match over both cannot use. SQLite's FTS5 table needs nothing.
"""

from django.db import migrations

INDEX = "lla_indexentry_title_body_gin"
TABLE = "wagtailsearch_indexentry"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_search_hit"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
