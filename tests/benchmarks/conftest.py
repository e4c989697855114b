import pytest

from resources.factories import ResourceIndexPageFactory


@pytest.fixture
def library(home):
    """An empty resource library under the home page."""
    return ResourceIndexPageFactory(parent=home)
