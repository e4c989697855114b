"""
Reading a list of people (a CSV or XLSX file) into rows for one network's
roster, and sorting those rows into people to add, duplicates and bad rows.

Pure functions, no HTTP and no database: the admin view (import_views.py)
passes in the file's bytes and the addresses already on the roster, and
shows what comes back. The same `sort_rows()` runs at the preview and again
at the confirm step, so a row that became a duplicate in between is skipped.

The file's first row names the columns (any case): name and email, which
are required, and optionally organisation (or organization) and role. Other
columns are ignored. A whole file is refused (`FileRefused`) when it cannot
be read or is too big; a single row is refused (a `Skipped` row in
`Plan.bad`) when one of its cells could do harm or is wrong:

- a line break or other control character: it would break emails, exports
  and the admin's tables;
- a cell that starts like a spreadsheet formula (= + - @, a tab or a carriage
  return): it would run when an export is opened. It is refused rather than
  stripped, so that nobody is added under a name they did not give;
- a cell over 200 characters (the roster's fields hold 200);
- a missing name, or a missing or invalid email address.
"""

import csv
import datetime
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from core.spreadsheets import FORMULA_STARTS

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
MAX_CELL = 200
# Blank rows are skipped, not counted, but reading stops somewhere.
MAX_SCANNED_ROWS = 50_000
# An XLSX is a zip: refuse one that unpacks to far more than a list needs.
MAX_UNPACKED_BYTES = 30 * 1024 * 1024

COLUMNS = ("name", "email", "organisation", "role")
REQUIRED = ("name", "email")
HEADINGS = {
    "name": "name",
    "email": "email",
    "organisation": "organisation",
    "organization": "organisation",
    "role": "role",
}
LABELS = {
    "name": "Name",
    "email": "Email",
    "organisation": "Organisation",
    "role": "Role",
}

# Characters that end or reorder a line: Unicode's line and paragraph
# separators and the bidirectional overrides and isolates.
LINE_OR_DIRECTION = set("\u2028\u2029\u202a\u202b\u202c\u202d\u202e") | set(
    "\u2066\u2067\u2068\u2069"
)


class FileRefused(ValueError):
    """The whole file cannot be imported; the message says why, for the user."""


@dataclass(frozen=True)
class Person:
    """A good row: someone who can go on the roster."""

    row: int
    name: str
    email: str
    organisation: str = ""
    role: str = ""

    @property
    def key(self):
        """As the roster compares addresses: Lower(email)."""
        return self.email.lower()

    def as_list(self):
        return [self.row, self.name, self.email, self.organisation, self.role]

    @classmethod
    def from_list(cls, values):
        row, name, email, organisation, role = values
        return cls(int(row), str(name), str(email), str(organisation), str(role))


@dataclass(frozen=True)
class Skipped:
    """A row left out, with its number in the file and the reason, in words."""

    row: int
    name: str
    email: str
    reason: str


@dataclass
class Table:
    """A file as read: each data row's number and cells by column."""

    rows: list = field(default_factory=list)  # [(row number, {column: text})]
    ignored_columns: list = field(default_factory=list)


@dataclass
class Plan:
    to_add: list = field(default_factory=list)  # [Person]
    duplicates: list = field(default_factory=list)  # [Skipped]
    bad: list = field(default_factory=list)  # [Skipped]


# Reading a file -----------------------------------------------------------


def read(filename, data):
    """The rows of a CSV or XLSX file, or FileRefused saying why not."""
    if not data:
        raise FileRefused("The file is empty.")
    if len(data) > MAX_BYTES:
        raise FileRefused("The file is larger than 2 MB.")
    is_xlsx = filename.lower().endswith(".xlsx")
    rows = xlsx_rows(data) if is_xlsx else csv_rows(data)
    try:
        return table_from_rows(rows)
    finally:
        rows.close()  # an XLSX reader closes its workbook


def csv_rows(data):
    """The cells of a CSV file in UTF-8 (with or without a byte order mark)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(
            "The file is not in UTF-8, so its letters cannot be read reliably. "
            "In Excel, save it as “CSV UTF-8 (comma delimited)”, or save it "
            "as an Excel workbook (.xlsx)."
        ) from None
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        raise FileRefused(
            f"The file could not be read as CSV (line {reader.line_num}: {error})."
        ) from None


def xlsx_rows(data):
    """The cells of an XLSX workbook's first sheet, as text; formulas as written."""
    check_unpacked_size(data)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a broken file
        raise FileRefused(_NOT_XLSX) from None
    try:
        if not workbook.worksheets:
            raise FileRefused("The workbook has no sheets.")
        sheet = workbook.worksheets[0]
        try:
            for values in sheet.iter_rows(values_only=True):
                yield [cell_text(value) for value in values]
        except FileRefused:
            raise
        except Exception:
            raise FileRefused(_NOT_XLSX) from None
    finally:
        workbook.close()


_NOT_XLSX = (
    "The file is not a valid Excel workbook (.xlsx). Open it in Excel and "
    "save it again as an .xlsx workbook, or as “CSV UTF-8”."
)


def check_unpacked_size(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise FileRefused(_NOT_XLSX) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileRefused("The workbook is too large once unpacked to be a list.")


def cell_text(value):
    """An XLSX cell's value as text, as the spreadsheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def table_from_rows(rows):
    """
    The heading row and data rows of a file, as a Table. Blank rows are
    skipped; row numbers are as a spreadsheet shows them (the headings are
    row 1).
    """
    numbered = enumerate(rows, start=1)
    headings = next((cells for _, cells in numbered if not is_blank(cells)), None)
    if headings is None:
        raise FileRefused("The file is empty.")
    columns, ignored = read_headings(headings)
    table = Table(ignored_columns=ignored)
    for number, cells in numbered:
        if number > MAX_SCANNED_ROWS:
            raise FileRefused(
                f"The file has more than {MAX_SCANNED_ROWS:,} rows, counting "
                "blank ones. Delete the empty rows below the list and try again."
            )
        if is_blank(cells):
            continue
        if len(table.rows) == MAX_ROWS:
            raise FileRefused(
                f"The file has more than {MAX_ROWS:,} rows of people. Split it "
                f"into files of {MAX_ROWS:,} rows or fewer and import each one."
            )
        values = {
            column: cells[index] if index < len(cells) else ""
            for column, index in columns.items()
        }
        table.rows.append((number, values))
    return table


def is_blank(cells):
    return not any(cell.strip() for cell in cells)


def read_headings(headings):
    """({column: index}, [ignored headings]) from the first row, or FileRefused."""
    columns, ignored = {}, []
    for index, heading in enumerate(headings):
        words = " ".join(heading.split()).lower()
        column = HEADINGS.get(words)
        if column is None:
            if words:
                ignored.append(heading.strip()[:50])
            continue
        if column in columns:
            raise FileRefused(f"The file has two “{column}” columns; keep one.")
        columns[column] = index
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        names = " and no ".join(f"“{column}” column" for column in missing)
        raise FileRefused(
            f"The file has no {names}. Its first row must name the columns: "
            "name and email, and if you like organisation and role."
        )
    return columns, ignored


# Checking rows --------------------------------------------------------------


def check_row(number, values):
    """A Person for a good row, or a Skipped saying everything wrong with it."""
    raw = {column: values.get(column, "") for column in COLUMNS}
    problems = {}
    for column in COLUMNS:
        problem = cell_problem(LABELS[column], raw[column])
        if problem:
            problems[column] = problem
    cleaned = {column: " ".join(raw[column].split()) for column in COLUMNS}
    if "name" not in problems and not cleaned["name"]:
        problems["name"] = "Name is missing"
    if "email" not in problems:
        problem = email_problem(cleaned["email"])
        if problem:
            problems["email"] = problem
    if problems:
        reason = "; ".join(problems[column] for column in COLUMNS if column in problems)
        return Skipped(number, shown(raw["name"]), shown(raw["email"]), reason)
    return Person(number, **cleaned)


def cell_problem(label, raw):
    """What is wrong with one cell, in words, or None."""
    if "\r" in raw or "\n" in raw:
        return f"{label} has a line break in it"
    if raw[:1] == "\t":
        return f"{label} starts with a tab, which a spreadsheet would run as a formula"
    if any(is_control(character) for character in raw):
        return f"{label} has a control character in it"
    text = raw.strip()
    if text.startswith(FORMULA_STARTS):
        return (
            f"{label} starts with “{text[0]}”, which a spreadsheet would run "
            "as a formula"
        )
    if len(text) > MAX_CELL:
        return f"{label} is longer than {MAX_CELL} characters"
    return None


def is_control(character):
    return unicodedata.category(character) == "Cc" or character in LINE_OR_DIRECTION


def email_problem(email):
    if not email:
        return "Email is missing"
    try:
        validate_email(email)
    except ValidationError:
        return "Email is not a valid address"
    return None


def shown(value, length=60):
    """A cell as it can be shown in a table: control characters as �, cut short."""
    text = "".join("�" if is_control(c) else c for c in value).strip()
    return text if len(text) <= length else text[: length - 1] + "…"


# Sorting rows -----------------------------------------------------------------

ON_ROSTER = "Already on this network's roster"
LEFT_ROSTER = "Left this network's roster; not added again"


def sort_rows(rows, on_roster):
    """
    A Plan for `rows` (good Person rows, or (number, {column: text}) pairs
    still to check) given `on_roster`, {casefolded email: status} of the
    people already on the network's roster (emails in lower case). Someone
    who left stays off it.
    """
    plan = Plan()
    first_row = {}
    for row in rows:
        person = row if isinstance(row, Person) else check_row(*row)
        if isinstance(person, Skipped):
            plan.bad.append(person)
            continue
        reason = duplicate_reason(person, on_roster, first_row)
        if reason:
            plan.duplicates.append(
                Skipped(person.row, person.name, person.email, reason)
            )
            continue
        first_row[person.key] = person.row
        plan.to_add.append(person)
    return plan


def duplicate_reason(person, on_roster, first_row):
    if person.key in on_roster:
        return LEFT_ROSTER if on_roster[person.key] == "left" else ON_ROSTER
    if person.key in first_row:
        return f"Repeats row {first_row[person.key]} of the file"
    return None
