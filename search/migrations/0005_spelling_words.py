"""
The words spelling suggestions pick from (SpellingWord), with the words of
every title and topic there already. On PostgreSQL, what reads them nearest
first: the pg_trgm extension (trusted since PostgreSQL 13, so the database's
owner may create it), a GiST trigram index on the words, and a GIN trigram
index on page titles, which asks whether the user may see a title holding a
word (a regular expression).
"""

from itertools import chain

from django.db import migrations, models

INDEXES = [
    ("lla_spellingword_trgm", "search_spellingword USING gist (word gist_trgm_ops)"),
    ("lla_page_title_trgm", "wagtailcore_page USING gin (title gin_trgm_ops)"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, target in INDEXES:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    from search.models import remember_words

    Page = apps.get_model("wagtailcore", "Page")
    Tag = apps.get_model("taggit", "Tag")
    remember_words(
        apps.get_model("search", "SpellingWord"),
        chain(
            Page.objects.values_list("title", flat=True).iterator(chunk_size=2000),
            Tag.objects.values_list("name", flat=True),
        ),
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, _target in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_title_and_body_index"),
        ("taggit", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SpellingWord",
            fields=[
                (
                    "word",
                    models.CharField(max_length=100, primary_key=True, serialize=False),
                ),
            ],
            options={"verbose_name": "spelling word"},
        ),
        migrations.RunPython(create, drop, elidable=False),
    ]
