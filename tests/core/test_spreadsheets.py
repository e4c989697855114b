"""
core.spreadsheets: one cell made safe to open in a spreadsheet, and the mixin
that does so for every cell of a Wagtail admin export.
"""

import csv
import datetime
import io
from decimal import Decimal
from types import SimpleNamespace

from wagtail.admin.views.mixins import SpreadsheetExportMixin

import openpyxl
import pytest

from core.spreadsheets import SafeSpreadsheetExportMixin, neutralise_cell
from tests.spreadsheet_cells import HYPERLINK, read_back_from_xlsx

TODAY = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        # Text a spreadsheet would run: quoted.
        (HYPERLINK, "'" + HYPERLINK),
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+2", "'\t=1+2"),
        ("\tindented", "'\tindented"),
        ("\r=1+2", "'\r=1+2"),
        ("=", "'="),
        ("-", "'-"),
        ("-5", "'-5"),  # text, even if it reads as a number
        # Text that starts any other way: as it is.
        ("Mary-Jane O'Brien", "Mary-Jane O'Brien"),
        ("mary-jane@school.example", "mary-jane@school.example"),
        ("a=b+c", "a=b+c"),
        ("1+1", "1+1"),
        ("'=already quoted", "'=already quoted"),
        ("", ""),
        # Not text: as it is, so a number stays a number.
        (-5, -5),
        (-2.5, -2.5),
        (Decimal("-1.50"), Decimal("-1.50")),
        (0, 0),
        (None, None),
        (TODAY, TODAY),
    ],
)
def test_neutralise_cell(value, cell):
    assert neutralise_cell(value) == cell


class Sheet(SafeSpreadsheetExportMixin, SpreadsheetExportMixin):
    """The mixin on Wagtail's own export code, without a view around it."""

    list_export = ["name", "email", "change", "day"]
    export_headings = {"change": "=Change", "day": "Day"}


ROWS = [
    SimpleNamespace(name=HYPERLINK, email="-x@evil.example", change=-5, day=TODAY),
    SimpleNamespace(
        name="Mary-Jane O'Brien", email="mj@school.example", change=3, day=TODAY
    ),
]


def test_every_csv_cell_that_would_run_is_quoted_and_the_rest_kept():
    text = b"".join(Sheet().stream_csv(ROWS)).decode("utf-8-sig")

    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["name", "email", "'=Change", "Day"],
        ["'" + HYPERLINK, "'-x@evil.example", "-5", "2025-03-14"],
        ["Mary-Jane O'Brien", "mj@school.example", "3", "2025-03-14"],
    ]


@pytest.mark.parametrize("text", [HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\r=1"])
def test_an_xlsx_text_cell_is_text_and_kept_exactly(text):
    output = io.BytesIO()
    row = SimpleNamespace(name=text, email="a@b.example", change=-5, day=TODAY)

    Sheet().write_xlsx([row], output)

    sheet = openpyxl.load_workbook(output).active
    name, email, change, day = next(sheet.iter_rows(min_row=2))
    assert (name.data_type, name.value) == ("s", read_back_from_xlsx(text))
    assert (email.data_type, email.value) == ("s", "a@b.example")
    assert (change.data_type, change.value) == ("n", -5)
    assert day.is_date
