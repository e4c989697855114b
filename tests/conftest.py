"""Fixtures shared by the whole suite."""

from django.core.cache import cache

import pytest

from home.content_loader import load_all
from home.factories import make_site_with_home


@pytest.fixture
def home(db):
    """A bare home page as the root of the default site (localhost)."""
    return make_site_with_home()


@pytest.fixture
def lla_site(db):
    """The site as `make run` builds it: every page `load_lla_content` makes."""
    return load_all(hostname="localhost", port=80, stdout=lambda line: None)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: no menu cached by another test."""
    cache.clear()
    yield
    cache.clear()
