"""
What the inbox's CSV and XLSX exports write for text a visitor typed. A cell
that a spreadsheet would run as a formula is written with a leading ' in CSV
and as plain text (never a formula) in XLSX; everything else is written as it
was sent. The subject access export is JSON, which no spreadsheet runs, so it
keeps every value exactly.
"""

import json
from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

import pytest

from accounts.factories import UserFactory
from enquiries.factories import EnquiryFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from tests.spreadsheet_cells import (
    FORMULA_IDS,
    FORMULAS,
    HYPERLINK,
    csv_rows,
    read_back_from_xlsx,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db

# What a visitor (or, for the notes, an editor) types, by export heading.
FIELDS = {
    "Name": "name",
    "Email": "email",
    "Organisation": "organisation",
    "Role": "role",
    "Message": "message",
    "Notes": "notes",
}
ORDINARY = {
    "Name": "Mary-Jane O'Brien",
    "Email": "mary-jane@school.example",
    "Organisation": "Leeds City Council - Learning",
    "Role": "Head of Year 7",
    "Message": "Do you meet in term time? 2-3 of us could come.",
    "Notes": "Called back 12/3; asked whether cost = free",
}


@pytest.fixture
def network(home):
    index = NetworkIndexPageFactory(parent=home)
    return NetworkPageFactory(parent=index, title="Primary network")


def enquiry(network, **typed):
    fields = {FIELDS[heading]: value for heading, value in ORDINARY.items()}
    fields.update(typed)
    return EnquiryFactory(networks=[network], **fields)


def export(fmt):
    client = Client()
    client.force_login(UserFactory(is_superuser=True))
    return client.get(reverse("enquiries:index"), {"export": fmt})


def only_row(rows):
    headings, *body = rows
    assert len(body) == 1
    return dict(zip(headings, body[0], strict=True))


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
@pytest.mark.parametrize("heading", FIELDS)
def test_a_csv_cell_that_looks_like_a_formula_starts_with_a_quote(
    network, heading, typed
):
    enquiry(network, **{FIELDS[heading]: typed})

    row = only_row(csv_rows(export("csv")))

    assert row[heading] == "'" + typed


def test_an_email_address_that_starts_with_a_formula_sign_is_quoted(network):
    # Valid addresses may start with = or -, and the form accepts them.
    enquiry(network, email="=cmd@evil.example")

    assert only_row(csv_rows(export("csv")))["Email"] == "'=cmd@evil.example"


def test_ordinary_csv_cells_are_written_as_they_were_sent(network):
    sent = enquiry(network)

    row = only_row(csv_rows(export("csv")))

    for heading, value in ORDINARY.items():
        assert row[heading] == value, heading
    assert row["Networks"] == "Primary network"
    assert row["Received"] == str(sent.created_at)
    assert row["Kind"] == "join"
    assert row["Status"] == "new"
    assert row["Emails"] == "0 of 0 sent"


@pytest.mark.parametrize("typed", FORMULAS, ids=FORMULA_IDS)
@pytest.mark.parametrize("heading", FIELDS)
def test_an_xlsx_cell_holds_formula_like_text_as_text(network, heading, typed):
    enquiry(network, **{FIELDS[heading]: typed})

    headings, *body = xlsx_rows(export("xlsx"))
    cell = body[0][[h.value for h in headings].index(heading)]

    assert (cell.data_type, cell.value) == ("s", read_back_from_xlsx(typed))


def test_ordinary_xlsx_cells_are_written_as_they_were_sent(network):
    enquiry(network)

    headings, *body = xlsx_rows(export("xlsx"))
    row = dict(zip([h.value for h in headings], body[0], strict=True))

    for heading, value in ORDINARY.items():
        assert (row[heading].data_type, row[heading].value) == ("s", value)


def test_the_subject_access_export_is_json_and_keeps_what_was_sent(network):
    enquiry(network, name=HYPERLINK, organisation="+1+1")
    out = StringIO()

    call_command("subject_access", ORDINARY["Email"], export="-", stdout=out)

    # Two lines count the enquiries and roster entries; the JSON follows.
    records = json.loads(out.getvalue().split("\n", 2)[2])["enquiries"]
    assert (records[0]["name"], records[0]["organisation"]) == (HYPERLINK, "+1+1")
