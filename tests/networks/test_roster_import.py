"""
Importing a list (CSV or XLSX) into a network's roster, in the admin: the
preview saves nothing and shows every left-out row with its number and the
reason; the confirm step saves only the good rows, checked again against the
roster; the signed hand-off between the two cannot be changed or reused by
someone else; a network's lead imports into their own network only.

The site: "Our networks" with Network A and Network B, each with its
editors' group (its lead is a member). Network A's roster already has
cat@example.org.
"""

import csv
import io
from types import SimpleNamespace

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

import openpyxl
import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from core.models import Email
from networks import import_views, roster_import
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.meetings import WELCOME
from networks.models import RosterMember
from networks.permissions import ensure_lla_editors_group
from tests.admin_answers import answer, messages
from tests.html_forms import as_query, form_fields

pytestmark = pytest.mark.django_db

URL = "/admin/running-networks/import/"
HEADINGS = ["Name", "Email", "Organisation", "Role"]
HYPERLINK = '=HYPERLINK("http://evil.example","x")'

# Rows 2 to 9 of the file, as a spreadsheet numbers them.
MIXED_ROWS = [
    ["Ann Able", "ann@example.org", "Leeds School", "Teacher"],  # 2: added
    ["Bob Bad", "not-an-address", "", ""],  # 3: bad email
    ["Cat Existing", "CAT@example.org", "", ""],  # 4: already on the roster
    ["Dan Dupe", "dan@example.org", "", ""],  # 5: added
    ["Dan Again", "Dan@Example.org", "", ""],  # 6: repeats row 5
    ["Eve\r\nEvil", "eve@example.org", "", ""],  # 7: line break in the name
    ["Fay Formula", "fay@example.org", HYPERLINK, ""],  # 8: a formula
    ["Gus Good", "gus@example.org", "", "Head of year"],  # 9: added
]
ADDED = {"ann@example.org", "dan@example.org", "gus@example.org"}
BAD = {
    3: "Email is not a valid address",
    7: "Name has a line break in it",
    8: "Organisation starts with “=”, which a spreadsheet would run as a formula",
}
DUPLICATES = {
    4: roster_import.ON_ROSTER,
    6: "Repeats row 5 of the file",
}


# The site, the people and the files -----------------------------------------


@pytest.fixture
def site(home):
    index = NetworkIndexPageFactory(parent=home)
    a = NetworkPageFactory(parent=index, title="Network A")
    b = NetworkPageFactory(parent=index, title="Network B")
    RosterMember.objects.create(network=a, name="Cat", email="cat@example.org")
    return SimpleNamespace(a=a, b=b)


@pytest.fixture
def lead_a(site):
    return UserFactory(groups=[site.a.editors_group])


@pytest.fixture
def lead_b(site):
    return UserFactory(groups=[site.b.editors_group])


@pytest.fixture
def as_lead_a(client, lead_a):
    client.force_login(lead_a)
    return client


def csv_file(rows, headings=HEADINGS, name="list.csv", bom=False):
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headings)
    writer.writerows(rows)
    data = ("\ufeff" if bom else "") + out.getvalue()
    return SimpleUploadedFile(name, data.encode(), content_type="text/csv")


def xlsx_file(rows, headings=HEADINGS, name="list.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return SimpleUploadedFile(name, out.getvalue())


FILES = {"csv": csv_file, "xlsx": xlsx_file}


def preview(client, network, upload, welcome=True):
    data = {"step": "preview", "network": network.pk, "file": upload}
    if welcome:
        data["welcome"] = "on"
    return client.post(URL, data)


def confirm(client, previewed):
    """Posts the preview's confirm form as a browser would."""
    action, fields = form_fields(previewed.content.decode(), "payload", URL)
    # The welcomes are queued once the import is committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(action, as_query(fields))


def table_rows(response, heading_id):
    """{row number: last cell} of the table after the heading `heading_id`."""
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find(id=heading_id)
    if heading is None:
        return {}
    table = heading.find_next("table")
    return {
        int(row.th.get_text()): row.find_all("td")[-1].get_text(strip=True)
        for row in table.tbody.find_all("tr")
    }


def emails_on(network):
    return set(
        RosterMember.objects.filter(network=network).values_list("email", flat=True)
    )


def page_text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


# Preview and confirm ---------------------------------------------------------


@pytest.mark.parametrize("kind", FILES)
def test_preview_lists_each_left_out_row_and_saves_nothing(as_lead_a, site, kind):
    response = preview(as_lead_a, site.a, FILES[kind](MIXED_ROWS))

    assert response.status_code == 200
    assert table_rows(response, "bad-rows") == BAD
    assert table_rows(response, "duplicate-rows") == DUPLICATES
    assert set(table_rows(response, "rows-to-add")) == {2, 5, 9}
    assert emails_on(site.a) == {"cat@example.org"}
    assert not Email.objects.exists()


@pytest.mark.parametrize("kind", FILES)
def test_confirm_saves_only_the_good_rows_and_welcomes_them(
    as_lead_a, lead_a, site, kind
):
    previewed = preview(as_lead_a, site.a, FILES[kind](MIXED_ROWS))

    response = confirm(as_lead_a, previewed)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('roster:index')}?network={site.a.pk}"
    assert messages(response) == [
        "3 people added to the Network A's roster. Welcome emails are on their way."
    ]
    assert emails_on(site.a) == {"cat@example.org", *ADDED}
    assert emails_on(site.b) == set()
    gus = RosterMember.objects.get(email="gus@example.org")
    assert (gus.name, gus.role, gus.status) == ("Gus Good", "Head of year", "active")
    assert gus.added_by == lead_a
    welcomes = Email.objects.filter(kind=WELCOME)
    assert set(welcomes.values_list("to_address", flat=True)) == ADDED
    assert Email.objects.count() == 3


def test_without_welcome_people_are_added_active_and_sent_nothing(
    as_lead_a, lead_a, site
):
    previewed = preview(as_lead_a, site.a, csv_file(MIXED_ROWS), welcome=False)
    assert "No welcome emails will be sent." in page_text(previewed)

    response = confirm(as_lead_a, previewed)

    assert messages(response) == ["3 people added to the Network A's roster."]
    added = RosterMember.objects.filter(email__in=ADDED)
    assert added.count() == 3
    assert set(added.values_list("status", "added_by", "network")) == {
        ("active", lead_a.pk, site.a.pk)
    }
    assert not Email.objects.exists()


def test_a_row_that_became_a_duplicate_since_the_preview_is_skipped(as_lead_a, site):
    previewed = preview(as_lead_a, site.a, csv_file(MIXED_ROWS))
    RosterMember.objects.create(network=site.a, name="Gus", email="GUS@example.org")

    response = confirm(as_lead_a, previewed)

    assert messages(response)[0].startswith(
        "2 people added to the Network A's roster. 1 person skipped:"
    )
    assert RosterMember.objects.filter(email__iexact="gus@example.org").count() == 1
    assert Email.objects.filter(kind=WELCOME).count() == 2


def test_confirming_twice_adds_no_one_twice(as_lead_a, site):
    previewed = preview(as_lead_a, site.a, csv_file(MIXED_ROWS))
    confirm(as_lead_a, previewed)

    response = confirm(as_lead_a, previewed)

    assert messages(response)[-1].startswith("0 people added")
    assert RosterMember.objects.filter(network=site.a).count() == 4
    assert Email.objects.count() == 3


def test_a_clash_while_saving_saves_nothing_at_all(as_lead_a, site, monkeypatch):
    previewed = preview(as_lead_a, site.a, csv_file(MIXED_ROWS), welcome=False)
    # Gus is added after the roster was read again: the insert clashes.
    RosterMember.objects.create(network=site.a, name="Gus", email="gus@example.org")
    monkeypatch.setattr(import_views, "on_roster", lambda network: {})

    response = confirm(as_lead_a, previewed)

    assert response.status_code == 409
    assert "nothing was saved" in page_text(response)
    assert emails_on(site.a) == {"cat@example.org", "gus@example.org"}


def test_someone_who_left_is_not_added_back(as_lead_a, site):
    RosterMember.objects.create(
        network=site.a, name="Lou", email="lou@example.org", status="left"
    )
    rows = [["Lou Left", "lou@example.org", "", ""], *MIXED_ROWS[:1]]

    previewed = preview(as_lead_a, site.a, csv_file(rows))
    confirm(as_lead_a, previewed)

    assert table_rows(previewed, "duplicate-rows") == {2: roster_import.LEFT_ROSTER}
    assert RosterMember.objects.get(email="lou@example.org").status == "left"
    assert not Email.objects.filter(to_address="lou@example.org").exists()


# The size of a list ----------------------------------------------------------


def many_rows(count):
    return [[f"Person {n}", f"person{n}@example.org", "", ""] for n in range(count)]


def test_a_list_of_5000_people_previews(as_lead_a, site):
    response = preview(as_lead_a, site.a, csv_file(many_rows(5_000)))

    assert response.status_code == 200
    assert len(response.context["plan"].to_add) == 5_000
    assert len(table_rows(response, "rows-to-add")) == 100
    assert "And 4,900 more people to add." in page_text(response)
    assert "Add 5,000 people to the roster" in page_text(response)


def test_a_list_of_5001_people_is_refused(as_lead_a, site):
    response = preview(as_lead_a, site.a, csv_file(many_rows(5_001)))

    assert response.status_code == 200
    assert "more than 5,000 rows of people" in page_text(response)
    assert "payload" not in response.content.decode()
    assert emails_on(site.a) == {"cat@example.org"}


def test_a_list_too_large_to_hand_on_is_refused(as_lead_a, site, monkeypatch):
    monkeypatch.setattr(import_views, "MAX_PAYLOAD_CHARS", 100)

    response = preview(as_lead_a, site.a, csv_file(many_rows(10)))

    assert "The list is too large to import at once." in page_text(response)
    assert "payload" not in response.content.decode()


def test_a_file_over_2_mb_is_refused(as_lead_a, site):
    padding = "x" * (roster_import.MAX_BYTES + 1)
    upload = SimpleUploadedFile("list.csv", f"name,email\n{padding}".encode())

    response = preview(as_lead_a, site.a, upload)

    assert "larger than 2 MB" in page_text(response)


# Files that cannot be read ---------------------------------------------------


@pytest.mark.parametrize(
    "upload, message",
    [
        (
            SimpleUploadedFile(
                "list.csv", "name,email\nRené,r@example.org".encode("cp1252")
            ),
            "The file is not in UTF-8",
        ),
        (
            SimpleUploadedFile("list.xlsx", b"name,email\nAnn,ann@example.org\n"),
            "The file is not a valid Excel workbook (.xlsx).",
        ),
        (
            SimpleUploadedFile("list.xlsx", b"PK\x03\x04 broken"),
            "The file is not a valid Excel workbook (.xlsx).",
        ),
        (
            SimpleUploadedFile("list.csv", b"Name,Address\nAnn,ann@example.org\n"),
            "The file has no “email” column.",
        ),
        (
            SimpleUploadedFile("list.csv", b"Who,Address\nAnn,ann@example.org\n"),
            "The file has no “name” column and no “email” column.",
        ),
        (
            SimpleUploadedFile("list.txt", b"name,email\n"),
            "Choose a CSV file or an .xlsx workbook.",
        ),
        (SimpleUploadedFile("list.xls", b"\xd0\xcf\x11\xe0"), "(.xls) cannot be read"),
    ],
    ids=[
        "not UTF-8",
        "CSV named .xlsx",
        "broken zip",
        "no email",
        "neither",
        "txt",
        "xls",
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_message(
    as_lead_a, site, upload, message
):
    response = preview(as_lead_a, site.a, upload)

    assert response.status_code == 200
    assert message in page_text(response)
    assert emails_on(site.a) == {"cat@example.org"}


def test_headings_in_any_case_a_bom_and_organization_are_understood(as_lead_a, site):
    upload = csv_file(
        [["Ann Able", "0113 496 0000", "ann@example.org", "Leeds School"]],
        headings=[" NAME ", "Phone", "EMAIL", "Organization"],
        bom=True,
    )

    previewed = preview(as_lead_a, site.a, upload)
    confirm(as_lead_a, previewed)

    assert "These columns are not imported: Phone." in page_text(previewed)
    ann = RosterMember.objects.get(email="ann@example.org")
    assert (ann.name, ann.organisation) == ("Ann Able", "Leeds School")


# Who may import where --------------------------------------------------------


def test_a_lead_cannot_import_into_another_network(client, lead_b, site):
    client.force_login(lead_b)

    response = preview(client, site.a, csv_file(MIXED_ROWS))

    assert response.status_code == 200
    assert "Choose one of the networks you run." in page_text(response)
    assert emails_on(site.a) == {"cat@example.org"}
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    choices = [option.get_text() for option in soup.select("#id_network option")]
    assert choices == ["Choose a network", "Network B"]


def test_a_preview_cannot_be_confirmed_by_someone_else(client, lead_a, lead_b, site):
    client.force_login(lead_a)
    previewed = preview(client, site.a, csv_file(MIXED_ROWS))
    client.force_login(lead_b)

    response = confirm(client, previewed)

    assert response.status_code == 400
    assert "Nothing was saved." in page_text(response)
    assert emails_on(site.a) == {"cat@example.org"}


def test_an_lla_editor_imports_into_any_network(client, site):
    client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))

    confirm(client, preview(client, site.b, csv_file(MIXED_ROWS[:1])))

    assert emails_on(site.b) == {"ann@example.org"}


def test_a_tampered_payload_saves_nothing_and_says_so(as_lead_a, site):
    previewed = preview(as_lead_a, site.a, csv_file(MIXED_ROWS))
    action, fields = form_fields(previewed.content.decode(), "payload", URL)
    data = as_query(fields)
    token = data["payload"][0]
    data["payload"] = [token[:10] + ("A" if token[10] != "A" else "B") + token[11:]]

    response = as_lead_a.post(action, data)

    assert response.status_code == 400
    assert "changed on the way. Nothing was saved." in page_text(response)
    assert emails_on(site.a) == {"cat@example.org"}
    assert not Email.objects.exists()


def test_an_hour_old_preview_saves_nothing(as_lead_a, site, monkeypatch):
    previewed = preview(as_lead_a, site.a, csv_file(MIXED_ROWS))
    monkeypatch.setattr(import_views, "PAYLOAD_MAX_AGE", -1)

    response = confirm(as_lead_a, previewed)

    assert response.status_code == 400
    assert "more than an hour old" in page_text(response)
    assert emails_on(site.a) == {"cat@example.org"}


NO_PERMISSION = "Sorry, you do not have permission to access this area."
NOT_ADMIN = "You do not have permission to access the admin."


def test_anonymous_visitors_are_sent_to_log_in(client, site):
    assert answer(client.get(URL)) == (
        302,
        f"/admin/login/?next={URL}",
        [],
    )


def test_a_member_without_admin_access_is_sent_to_log_in(client, site):
    client.force_login(UserFactory(groups=[Group.objects.create(name="Members")]))

    assert answer(client.get(URL)) == (302, f"/admin/login/?next={URL}", [NOT_ADMIN])


def test_an_admin_user_who_cannot_add_to_rosters_is_refused(client, site):
    group = Group.objects.create(name="Admin only")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    client.force_login(UserFactory(groups=[group]))

    assert answer(client.get(URL)) == (302, "/admin/", [NO_PERMISSION])
    response = preview(client, site.a, csv_file(MIXED_ROWS))
    assert answer(response)[:2] == (302, "/admin/")
    assert emails_on(site.a) == {"cat@example.org"}


# The form, without JavaScript and with a screen reader --------------------------


def test_the_form_has_labels_and_welcomes_by_default(as_lead_a, site):
    soup = BeautifulSoup(as_lead_a.get(URL).content, "html.parser")

    for name in ("network", "file", "welcome"):
        assert soup.find("label", attrs={"for": f"id_{name}"}), name
    assert soup.find(id="id_welcome").has_attr("checked")
    assert soup.find("form")["enctype"] == "multipart/form-data"


def test_errors_are_linked_to_their_fields(as_lead_a, site):
    upload = SimpleUploadedFile("list.csv", b"Name,Address\n")

    soup = BeautifulSoup(preview(as_lead_a, site.a, upload).content, "html.parser")

    link = soup.select_one("#error-summary a")
    assert link["href"] == "#id_file"
    field = soup.find(id="id_file")
    assert "id_file-errors" in field["aria-describedby"].split()
    assert "no “email” column" in soup.find(id="id_file-errors").get_text()


def test_preview_tables_have_captions(as_lead_a, site):
    soup = BeautifulSoup(
        preview(as_lead_a, site.a, csv_file(MIXED_ROWS)).content, "html.parser"
    )

    tables = soup.select("table.listing")
    assert len(tables) == 3
    assert all(table.caption and table.caption.get_text().strip() for table in tables)


# Reading and checking, without HTTP -----------------------------------------


@pytest.mark.parametrize(
    "cell, problem",
    [
        ("=1+2", "Role starts with “=”"),
        ("+44 113", "Role starts with “+”"),
        ("-2", "Role starts with “-”"),
        ("@SUM(A1)", "Role starts with “@”"),
        ("  =1+2", "Role starts with “=”"),
        ("\t=1+2", "Role starts with a tab"),
        ("\r=1+2", "Role has a line break"),
        ("Head\nteacher", "Role has a line break"),
        ("Bell\x07", "Role has a control character"),
        ("Right\u202eto left", "Role has a control character"),
        ("x" * 201, "Role is longer than 200 characters"),
    ],
)
def test_a_harmful_cell_is_refused_not_stripped(cell, problem):
    row = {"name": "Ann", "email": "ann@example.org", "role": cell}

    skipped = roster_import.check_row(2, row)

    assert isinstance(skipped, roster_import.Skipped)
    assert skipped.reason.startswith(problem)


def test_a_good_row_has_its_spaces_tidied():
    row = {"name": " Ann   Able ", "email": " ann@example.org ", "role": "x" * 200}

    person = roster_import.check_row(2, row)

    assert person == roster_import.Person(
        2, "Ann Able", "ann@example.org", "", "x" * 200
    )


def test_blank_rows_are_skipped_and_rows_keep_their_numbers():
    data = b"\nName,Email\n\nAnn,ann@example.org\n,\nBob,\n"

    table = roster_import.read("list.csv", data)
    plan = roster_import.sort_rows(table.rows, {})

    assert [person.row for person in plan.to_add] == [4]
    assert [(row.row, row.reason) for row in plan.bad] == [(6, "Email is missing")]


def test_a_semicolon_separated_file_is_read():
    table = roster_import.read("list.csv", b"name;email\nAnn;ann@example.org\n")

    assert table.rows == [(2, {"name": "Ann", "email": "ann@example.org"})]


def test_an_xlsx_formula_is_read_as_written_not_as_its_result():
    upload = xlsx_file([["Ann", "ann@example.org", HYPERLINK, ""]])

    table = roster_import.read("list.xlsx", upload.read())

    assert table.rows[0][1]["organisation"] == HYPERLINK
