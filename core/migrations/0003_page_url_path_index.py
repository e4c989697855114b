"""
An index on Wagtail's pages' `url_path`, which routing reads to find the
page for an address (core/routing.py, once per address and content
generation): without it, a scan of every page, 26 ms at 100,000 resources on
PostgreSQL for each address first visited after an edit.
"""

from django.db import migrations

INDEX = "lla_page_url_path"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_page_children_index"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path)",
            f"DROP INDEX IF EXISTS {INDEX}",
            elidable=False,
        )
    ]
