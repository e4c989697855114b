"""
The enquiries inbox in the admin: who sees, exports, triages and deletes what.

Networks: Primary (editor A's), Equity (editor B's) and Careers. Enquiries:
one to Primary, one to Equity, one to both. The people: network editor A,
network editor B, an LLA editor, a superuser, a signed-in member with no
admin access, and an anonymous visitor. Every case goes over HTTP through the
real Wagtail admin.
"""

import csv
import io
import re

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import openpyxl
import pytest

from accounts.factories import UserFactory
from enquiries.factories import EnquiryFactory
from enquiries.models import Delivery, Enquiry
from networks.permissions import LLA_EDITORS, ensure_lla_editors_group

pytestmark = pytest.mark.django_db

EDITOR_A, EDITOR_B, LLA, SUPER, MEMBER, ANONYMOUS = (
    "network editor A",
    "network editor B",
    "LLA editor",
    "superuser",
    "member",
    "anonymous",
)
PEOPLE = [EDITOR_A, EDITOR_B, LLA, SUPER, MEMBER, ANONYMOUS]
# Which enquiries each person sees: P (Primary), E (Equity), PE (both).
SEES = {
    EDITOR_A: {"P", "PE"},
    EDITOR_B: {"E", "PE"},
    LLA: {"P", "E", "PE"},
    SUPER: {"P", "E", "PE"},
    MEMBER: set(),
    ANONYMOUS: set(),
}
MAY_DELETE = {LLA, SUPER}


@pytest.fixture
def inbox(contact_site):
    site = contact_site
    ensure_lla_editors_group()
    enquiries = {}
    for label, networks in (
        ("P", [site.primary]),
        ("E", [site.equity]),
        ("PE", [site.primary, site.equity]),
    ):
        enquiry = EnquiryFactory(
            name=f"Sender {label}",
            email=f"sender-{label.lower()}@school.example",
            organisation=f"Organisation {label}",
            message=f"Message {label}",
            networks=networks,
        )
        Delivery.objects.create(
            enquiry=enquiry,
            kind=Delivery.Kind.LEAD,
            network=networks[0],
            person=site.leads[networks[0].slug][0],
            to_address=site.leads[networks[0].slug][0].contact_email,
            status=Delivery.Status.FAILED,
            attempts=6,
            last_error="SMTPRecipientsRefused: <address>",
        )
        enquiries[label] = enquiry
    users = {
        EDITOR_A: UserFactory(groups=[site.primary.editors_group]),
        EDITOR_B: UserFactory(groups=[site.equity.editors_group]),
        LLA: UserFactory(groups=[Group.objects.get(name=LLA_EDITORS)]),
        SUPER: UserFactory(is_superuser=True, is_staff=True),
        MEMBER: UserFactory(),
    }
    return site, enquiries, users


def client_for(users, who):
    client = Client()
    if who != ANONYMOUS:
        client.force_login(users[who])
    return client


def _refused(response):
    return response.status_code in (302, 403, 404)


def _names_in(html, enquiries):
    found = set(re.findall(r"Sender (P|E|PE)\s*<", html))
    return found & set(enquiries)


@pytest.mark.parametrize("who", PEOPLE)
def test_the_listing_shows_only_what_each_person_may_see(inbox, who):
    site, enquiries, users = inbox
    response = client_for(users, who).get(reverse("enquiries:index"))
    if not SEES[who]:
        assert response.status_code == 302
        return
    assert response.status_code == 200
    html = response.content.decode()
    assert _names_in(html, enquiries) == SEES[who]
    # Enquiries come only from the form: no "Add" anywhere.
    assert reverse("enquiries:add") not in html


@pytest.mark.parametrize("who", PEOPLE)
def test_the_csv_export_holds_only_what_each_person_may_see(inbox, who):
    site, enquiries, users = inbox
    response = client_for(users, who).get(reverse("enquiries:index") + "?export=csv")
    if not SEES[who]:
        assert response.status_code == 302
        return
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["Name"].removeprefix("Sender ") for row in rows} == SEES[who]
    assert {"Received", "Networks", "Email", "Message", "Status", "Emails"} <= set(
        rows[0]
    )
    for row in rows:
        assert "@example.org" not in " ".join(row.values())


@pytest.mark.parametrize("who", [EDITOR_A, EDITOR_B, LLA])
def test_the_xlsx_export_holds_only_what_each_person_may_see(inbox, who):
    site, enquiries, users = inbox
    response = client_for(users, who).get(reverse("enquiries:index") + "?export=xlsx")
    assert response.status_code == 200
    data = (
        b"".join(response.streaming_content)
        if response.streaming
        else (response.content)
    )
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    header = [cell.value for cell in sheet[1]]
    names = {
        row[header.index("Name")].removeprefix("Sender ")
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert names == SEES[who]


@pytest.mark.parametrize("who", PEOPLE)
@pytest.mark.parametrize("label", ["P", "E", "PE"])
def test_opening_and_triaging_an_enquiry(inbox, who, label):
    site, enquiries, users = inbox
    enquiry = enquiries[label]
    client = client_for(users, who)
    url = reverse("enquiries:edit", args=[enquiry.pk])
    response = client.get(url)
    may = label in SEES[who]
    if not may:
        assert _refused(response)
        assert f"Message {label}".encode() not in response.content
    else:
        assert response.status_code == 200
        html = response.content.decode()
        assert f"Message {label}" in html
        assert enquiry.email in html
        # Deliveries by name and network, never the lead's address.
        lead = enquiry.deliveries.get().person
        assert lead.name in html
        assert lead.contact_email not in html

    response = client.post(url, {"status": "contacted", "notes": "Rang them."})
    enquiry.refresh_from_db()
    if may:
        assert response.status_code == 302
        assert (enquiry.status, enquiry.notes) == ("contacted", "Rang them.")
    else:
        assert _refused(response)
        assert (enquiry.status, enquiry.notes) == ("new", "")


@pytest.mark.parametrize("who", PEOPLE)
def test_only_lla_editors_may_delete_an_enquiry(inbox, who):
    site, enquiries, users = inbox
    enquiry = enquiries["PE"]
    client = client_for(users, who)
    url = reverse("enquiries:delete", args=[enquiry.pk])
    response = client.post(url)
    assert Enquiry.objects.filter(pk=enquiry.pk).exists() != (who in MAY_DELETE)
    if who not in MAY_DELETE:
        assert _refused(response)


@pytest.mark.parametrize("who", PEOPLE)
def test_nobody_adds_an_enquiry_by_hand(inbox, who):
    site, enquiries, users = inbox
    response = client_for(users, who).post(
        reverse("enquiries:add"),
        {"name": "Forged", "email": "f@example.com", "organisation": "X"},
    )
    assert _refused(response)
    assert not Enquiry.objects.filter(name="Forged").exists()


@pytest.mark.parametrize("who", PEOPLE)
@pytest.mark.parametrize("label", ["P", "E"])
def test_history_is_seen_only_where_the_enquiry_is(inbox, who, label):
    site, enquiries, users = inbox
    response = client_for(users, who).get(
        reverse("enquiries:history", args=[enquiries[label].pk])
    )
    assert (response.status_code == 200) == (label in SEES[who])


@pytest.mark.parametrize("who", PEOPLE)
def test_send_again_works_only_where_the_enquiry_is_seen(inbox, who, mailoutbox):
    site, enquiries, users = inbox
    enquiry = enquiries["E"]
    failed = enquiry.deliveries.get()
    response = client_for(users, who).post(
        reverse("enquiries:retry", args=[enquiry.pk]), {"delivery": failed.pk}
    )
    failed.refresh_from_db()
    if "E" in SEES[who]:
        assert response.status_code == 302
        assert failed.status == "sent"
        assert [m.to for m in mailoutbox] == [[failed.to_address]]
    else:
        assert _refused(response)
        assert failed.status == "failed"
        assert mailoutbox == []


@pytest.mark.parametrize("who", PEOPLE)
def test_the_admin_menu_offers_enquiries_to_those_who_may_see_them(inbox, who):
    site, enquiries, users = inbox
    response = client_for(users, who).get("/admin/")
    if who in (MEMBER, ANONYMOUS):
        assert response.status_code == 302
        return
    assert (reverse("enquiries:index") in response.content.decode()) == bool(SEES[who])


@pytest.mark.parametrize(
    "query,expected",
    [
        ("network={primary}", {"P", "PE"}),
        ("network={equity}", {"E", "PE"}),
        ("status=contacted", {"E"}),
        ("kind=question", {"P"}),
        ("delivery=failed", {"P", "E", "PE"}),
        ("created_at_from=2020-01-01&created_at_to=2020-12-31", {"PE"}),
        ("q=Organisation+E", {"E"}),
        ("q=sender-pe@", {"PE"}),
    ],
)
def test_filters_and_search(inbox, query, expected):
    site, enquiries, users = inbox
    Enquiry.objects.filter(pk=enquiries["E"].pk).update(status="contacted")
    Enquiry.objects.filter(pk=enquiries["P"].pk).update(kind="question")
    Enquiry.objects.filter(pk=enquiries["PE"].pk).update(
        created_at=timezone.datetime(2020, 6, 1, tzinfo=timezone.get_current_timezone())
    )
    query = query.format(primary=site.primary.pk, equity=site.equity.pk)
    response = client_for(users, LLA).get(reverse("enquiries:index") + "?" + query)
    assert response.status_code == 200
    assert _names_in(response.content.decode(), enquiries) == expected


def test_a_network_editor_filters_by_their_own_networks_only(inbox):
    site, enquiries, users = inbox
    html = client_for(users, EDITOR_B).get(reverse("enquiries:index")).content
    html = html.decode()
    # Equity's own enquiry, and the shared one that also went to Primary.
    assert f'value="{site.equity.pk}"' in html
    assert f'value="{site.careers.pk}"' not in html


def test_the_listing_takes_a_bounded_number_of_queries(
    inbox, django_assert_max_num_queries
):
    site, enquiries, users = inbox
    for number in range(30):
        EnquiryFactory(name=f"Bulk {number}", networks=[site.primary, site.equity])
    client = client_for(users, LLA)
    client.get(reverse("enquiries:index"))
    with django_assert_max_num_queries(40):
        response = client.get(reverse("enquiries:index"))
    assert response.content.decode().count("Bulk ") >= 30
