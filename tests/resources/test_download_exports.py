"""
The Downloads report's CSV and XLSX exports: a resource or network title that
a spreadsheet would run as a formula is written with a leading ' in CSV and
as plain text in XLSX; ordinary titles and the counts are written as they are.
"""

from django.test import Client
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from resources.factories import ResourcePageFactory
from resources.models import DownloadCount
from tests.spreadsheet_cells import (
    FORMULA_IDS,
    FORMULAS,
    csv_rows,
    read_back_from_xlsx,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/downloads/"


@pytest.fixture
def index(home):
    return NetworkIndexPageFactory(parent=home)


def downloaded(library, title, network, downloads):
    resource = ResourcePageFactory(parent=library, title=title, slug="a-resource")
    resource.networks.add(network)
    resource.save()
    DownloadCount.objects.create(
        resource=resource, date=timezone.localdate(), count=downloads
    )


def export(fmt):
    client = Client()
    client.force_login(UserFactory(is_superuser=True))
    return client.get(REPORT_URL, {"export": fmt})


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
def test_csv_titles_that_look_like_formulas_start_with_a_quote(library, index, typed):
    network = NetworkPageFactory(parent=index, title=typed, slug="a-network")
    downloaded(library, typed, network, 7)

    assert csv_rows(export("csv")) == [
        ["Resource", "Networks", "Downloads"],
        ["'" + typed, "'" + typed, "7"],
    ]


def test_ordinary_csv_cells_are_written_as_they_are(library, index):
    network = NetworkPageFactory(parent=index, title="Post-16 network")
    downloaded(library, "Anti-racism guide: Key Stage 3-4", network, 12)

    assert csv_rows(export("csv"))[1] == [
        "Anti-racism guide: Key Stage 3-4",
        "Post-16 network",
        "12",
    ]


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
def test_xlsx_titles_that_look_like_formulas_are_text(library, index, typed):
    network = NetworkPageFactory(parent=index, title=typed, slug="a-network")
    downloaded(library, typed, network, 7)

    title, networks, downloads = xlsx_rows(export("xlsx"))[1]

    assert (title.data_type, title.value) == ("s", read_back_from_xlsx(typed))
    assert (networks.data_type, networks.value) == ("s", read_back_from_xlsx(typed))
    assert (downloads.data_type, downloads.value) == ("n", 7)
