"""
The shipped content gives the same site as before it became data: the
snapshot (tests/content/snapshot.py) of a database it was loaded into is the
one written before the loader changed.
"""

import os

from django.db import connection

import pytest

from tests.content import snapshot


def comparable(data):
    """On databases other than SQLite the index entry is not read back."""
    if connection.vendor == "sqlite":
        return data
    for page in data["pages"]:
        page["search"].pop("indexed", None)
    for rows in data["snippets"].values():
        for row in rows:
            if "search" in row:
                row["search"].pop("indexed", None)
    return data


@pytest.mark.django_db
def test_the_loaded_site_is_the_site_of_the_snapshot(lla_site):
    taken = snapshot.take()
    if os.environ.get("LLA_WRITE_SNAPSHOT"):
        snapshot.SNAPSHOT.write_text(snapshot.dumps(taken))
    assert comparable(taken) == comparable(snapshot.load())
