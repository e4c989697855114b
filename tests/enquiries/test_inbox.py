"""
The enquiries inbox in the Wagtail admin: who sees, exports, triages, resends
and deletes which enquiry. A permission matrix, over HTTP with the test client.

The site: "Our networks" with Network A (lead Alice, alice.lead@example.org)
and Network B (lead Bilal, bilal.lead@example.org), each with its editors'
group. Three enquiries: "A" to Network A only, "B" to Network B only, "AB" to
both. The people:

- editor A, in Network A's group; editor B, in Network B's group;
- an LLA editor, in "LLA editors" (sees every enquiry, and may delete);
- a superuser;
- an admin user whose group gives admin access and nothing about enquiries;
- a signed-in user with no groups (no admin access);
- an anonymous visitor.

What the admin answers when it refuses (Wagtail 8):

- an enquiry the user may not see: 404, as if it did not exist;
- an action the user's permissions do not allow: 302 to /admin/ with "Sorry,
  you do not have permission to access this area.";
- no admin access: 302 to /admin/login/?next=<url>, with "You do not have
  permission to access the admin." for a signed-in user.
"""

import csv
import io
import json
import re
from html import unescape
from types import SimpleNamespace
from urllib.parse import quote

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import openpyxl
import pytest

from accounts.factories import UserFactory
from accounts.models import User
from core import outbox
from core.factories import EmailFactory
from core.models import Email
from enquiries.delivery import CONFIRMATION, TO_LEAD
from enquiries.models import Enquiry
from home.factories import make_site_with_home
from networks.factories import (
    NetworkIndexPageFactory,
    NetworkLeadFactory,
    NetworkPageFactory,
    PersonFactory,
)
from networks.models import NetworkPage, Person
from networks.permissions import ensure_lla_editors_group, ensure_network_group
from tests.admin_answers import answer
from tests.shared_db import shared_fixture

pytestmark = pytest.mark.django_db

EDITOR_A = "editor A"
EDITOR_B = "editor B"
LLA_EDITOR = "LLA editor"
SUPERUSER = "superuser"
ADMIN_ONLY = "admin user without enquiry rights"
NO_GROUPS = "signed in, no groups"
ANONYMOUS = "anonymous"
ROLES = [EDITOR_A, EDITOR_B, LLA_EDITOR, SUPERUSER, ADMIN_ONLY, NO_GROUPS, ANONYMOUS]

ALLIANCE_INBOX = "networks@example.org"
LEAD_ADDRESSES = ["alice.lead@example.org", "bilal.lead@example.org"]

# The answers, as (status code, Location, messages) by `answer()`.
OPENS = "opens"
NOT_FOUND = "not found"
REFUSED = "refused"
LOGIN = "sent to log in"
LOGIN_NOT_ADMIN = "sent to log in: not an admin user"
NO_PERMISSION = "Sorry, you do not have permission to access this area."
NOT_ADMIN = "You do not have permission to access the admin."

# Which enquiries each role sees in the inbox; None: the inbox refuses them.
SEES = {
    EDITOR_A: {"A", "AB"},
    EDITOR_B: {"B", "AB"},
    LLA_EDITOR: {"A", "B", "AB"},
    SUPERUSER: {"A", "B", "AB"},
    ADMIN_ONLY: None,
    NO_GROUPS: None,
    ANONYMOUS: None,
}
LISTING_REFUSAL = {ADMIN_ONLY: REFUSED, NO_GROUPS: LOGIN_NOT_ADMIN, ANONYMOUS: LOGIN}


# The site, the enquiries and the people ---------------------------------------


def make_enquiry(networks, **fields):
    now = timezone.now()
    enquiry = Enquiry.objects.create(consented_at=now, created_at=now, **fields)
    enquiry.networks.set(networks)
    return enquiry


def lead_delivery(enquiry, network, person, status, **fields):
    return EmailFactory(
        about=enquiry,
        kind=TO_LEAD,
        recipient=f"{person}, {network.title}",
        to_address=person.contact_email,
        status=status,
        **fields,
    )


def confirmation(enquiry):
    return EmailFactory(
        about=enquiry,
        kind=CONFIRMATION,
        recipient="The visitor (confirmation)",
        to_address=enquiry.email,
        status=Email.Status.SENT,
        attempts=1,
        sent_at=timezone.now(),
    )


def build_inbox():
    """
    Enquiry "A" (a join request from Amira Khan): its email to Alice failed
    and the alliance inbox was alerted. "B" (a question from Ben Okafor): sent.
    "AB" (Cara Lindqvist, to both): Alice's sent, Bilal's still queued.
    """
    home = make_site_with_home()
    index = NetworkIndexPageFactory(parent=home)
    a = NetworkPageFactory(parent=index, title="Network A", slug="network-a")
    b = NetworkPageFactory(parent=index, title="Network B", slug="network-b")
    alice = PersonFactory(name="Alice Lead", contact_email=LEAD_ADDRESSES[0])
    bilal = PersonFactory(name="Bilal Lead", contact_email=LEAD_ADDRESSES[1])
    NetworkLeadFactory(network=a, person=alice)
    NetworkLeadFactory(network=b, person=bilal)

    enquiries = {
        "A": make_enquiry(
            [a],
            kind=Enquiry.Kind.JOIN,
            name="Amira Khan",
            email="amira@armley.example",
            organisation="Armley Primary School",
            role="Deputy head",
            message="We would like to join Network A.",
        ),
        "B": make_enquiry(
            [b],
            kind=Enquiry.Kind.QUESTION,
            name="Ben Okafor",
            email="ben@beeston.example",
            organisation="Beeston Academy",
            message="When does Network B next meet?",
        ),
        "AB": make_enquiry(
            [a, b],
            kind=Enquiry.Kind.JOIN,
            name="Cara Lindqvist",
            email="cara@chapel.example",
            organisation="Chapel Allerton High",
            message="We would like to join both networks.",
        ),
    }
    failed = lead_delivery(
        enquiries["A"],
        a,
        alice,
        Email.Status.FAILED,
        attempts=6,
        last_error="SMTPRecipientsRefused: <address>",
    )
    EmailFactory(
        about=enquiries["A"],
        kind=outbox.ALERT,
        alert_for=failed,
        recipient="Alliance inbox (alert)",
        to_address=ALLIANCE_INBOX,
        status=Email.Status.SENT,
        attempts=1,
    )
    lead_delivery(enquiries["B"], b, bilal, Email.Status.SENT, attempts=1)
    lead_delivery(enquiries["AB"], a, alice, Email.Status.SENT, attempts=1)
    lead_delivery(enquiries["AB"], b, bilal, Email.Status.QUEUED)
    for enquiry in enquiries.values():
        confirmation(enquiry)

    admin_only = Group.objects.create(name="Admin access only")
    admin_only.permissions.add(Permission.objects.get(codename="access_admin"))
    users = {
        EDITOR_A: UserFactory(groups=[ensure_network_group(a)]),
        EDITOR_B: UserFactory(groups=[ensure_network_group(b)]),
        LLA_EDITOR: UserFactory(groups=[ensure_lla_editors_group()]),
        SUPERUSER: UserFactory(is_superuser=True),
        ADMIN_ONLY: UserFactory(groups=[admin_only]),
        NO_GROUPS: UserFactory(),
    }
    for user in users.values():
        assert not user.is_staff
    return SimpleNamespace(
        a=a.pk,
        b=b.pk,
        enquiries={key: enquiry.pk for key, enquiry in enquiries.items()},
        users={role: user.pk for role, user in users.items()},
    )


# Built once for the module's tests, which each roll back their changes.
shared_inbox = shared_fixture("shared_inbox", build_inbox)


@pytest.fixture
def inbox(shared_inbox, db):
    """The inbox build_inbox made, read afresh for each test."""
    enquiries = Enquiry.objects.in_bulk(shared_inbox.enquiries.values())
    users = User.objects.in_bulk(shared_inbox.users.values())
    return SimpleNamespace(
        a=NetworkPage.objects.get(pk=shared_inbox.a),
        b=NetworkPage.objects.get(pk=shared_inbox.b),
        enquiries={key: enquiries[pk] for key, pk in shared_inbox.enquiries.items()},
        users={role: users[pk] for role, pk in shared_inbox.users.items()},
    )


def client_for(inbox, role):
    client = Client()
    if role != ANONYMOUS:
        client.force_login(inbox.users[role])
    return client


# Reading the answers ------------------------------------------------------------


def expected_answer(outcome, url):
    login = f"/admin/login/?next={quote(url)}"
    return {
        OPENS: (200, None, []),
        NOT_FOUND: (404, None, []),
        REFUSED: (302, "/admin/", [NO_PERMISSION]),
        LOGIN: (302, login, []),
        LOGIN_NOT_ADMIN: (302, login, [NOT_ADMIN]),
    }[outcome]


def edit_url(enquiry):
    return reverse("enquiries:edit", args=[enquiry.pk])


def listed(html, inbox):
    """The labels of the enquiries whose rows (edit links) are on the page."""
    return {
        label
        for label, enquiry in inbox.enquiries.items()
        if f'href="{edit_url(enquiry)}"' in html
    }


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(content(response).decode("utf-8-sig"))))


def xlsx_rows(response):
    sheet = openpyxl.load_workbook(io.BytesIO(content(response))).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


NAMES = {"Amira Khan": "A", "Ben Okafor": "B", "Cara Lindqvist": "AB"}


# 1. The listing and its exports -------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_the_listing_shows_each_role_only_the_enquiries_they_may_see(inbox, role):
    url = reverse("enquiries:index")
    response = client_for(inbox, role).get(url)

    if SEES[role] is None:
        assert answer(response) == expected_answer(LISTING_REFUSAL[role], url)
        return
    assert response.status_code == 200
    html = response.content.decode()
    assert listed(html, inbox) == SEES[role]
    # Enquiries come only from the contact form: no "Add" button, for anyone.
    assert reverse("enquiries:add") not in html
    assert "Add enquiry" not in html


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize("role", ROLES)
def test_the_exports_hold_exactly_the_enquiries_each_role_may_see(inbox, role, export):
    url = f"{reverse('enquiries:index')}?export={export}"
    response = client_for(inbox, role).get(url)

    if SEES[role] is None:
        assert answer(response) == expected_answer(LISTING_REFUSAL[role], url)
        return
    assert response.status_code == 200
    assert f"enquiries.{export}" in response["Content-Disposition"]
    rows = csv_rows(response) if export == "csv" else xlsx_rows(response)
    assert sorted(NAMES[row["Name"]] for row in rows) == sorted(SEES[role])
    by_name = {row["Name"]: row for row in rows}
    if "AB" in SEES[role]:
        both = by_name["Cara Lindqvist"]
        assert both["Networks"] == "Network A, Network B"
        assert both["Email"] == "cara@chapel.example"
        assert both["Organisation"] == "Chapel Allerton High"
        assert both["Emails"] == "2 of 3 sent"  # Bilal's is still queued
    # The leads' and the alliance's addresses are never in an export.
    text = " ".join(str(value) for row in rows for value in row.values())
    for address in [*LEAD_ADDRESSES, ALLIANCE_INBOX]:
        assert address not in text


def test_the_export_follows_the_filters(inbox):
    url = f"{reverse('enquiries:index')}?export=csv&kind=question"
    response = client_for(inbox, LLA_EDITOR).get(url)

    assert [row["Name"] for row in csv_rows(response)] == ["Ben Okafor"]


# 2. Each enquiry: open, triage, delete, history, send again --------------------

# What opening an enquiry answers, per role and enquiry.
OPEN_ENQUIRY = {
    EDITOR_A: {"A": OPENS, "B": NOT_FOUND, "AB": OPENS},
    EDITOR_B: {"A": NOT_FOUND, "B": OPENS, "AB": OPENS},
    LLA_EDITOR: {"A": OPENS, "B": OPENS, "AB": OPENS},
    SUPERUSER: {"A": OPENS, "B": OPENS, "AB": OPENS},
    ADMIN_ONLY: {"A": REFUSED, "B": REFUSED, "AB": REFUSED},
    NO_GROUPS: {"A": LOGIN_NOT_ADMIN, "B": LOGIN_NOT_ADMIN, "AB": LOGIN_NOT_ADMIN},
    ANONYMOUS: {"A": LOGIN, "B": LOGIN, "AB": LOGIN},
}

# The history: as opening it, except that the history view looks the enquiry
# up first, so to an admin user with no enquiry rights none exists.
HISTORY = {
    **OPEN_ENQUIRY,
    ADMIN_ONLY: {"A": NOT_FOUND, "B": NOT_FOUND, "AB": NOT_FOUND},
}

# Deleting: only those with `delete_enquiry`, and only what they can see.
DELETE_ENQUIRY = {
    EDITOR_A: {"A": REFUSED, "B": NOT_FOUND, "AB": REFUSED},
    EDITOR_B: {"A": NOT_FOUND, "B": REFUSED, "AB": REFUSED},
    LLA_EDITOR: {"A": OPENS, "B": OPENS, "AB": OPENS},
    SUPERUSER: {"A": OPENS, "B": OPENS, "AB": OPENS},
    ADMIN_ONLY: {"A": NOT_FOUND, "B": NOT_FOUND, "AB": NOT_FOUND},
    NO_GROUPS: {"A": LOGIN_NOT_ADMIN, "B": LOGIN_NOT_ADMIN, "AB": LOGIN_NOT_ADMIN},
    ANONYMOUS: {"A": LOGIN, "B": LOGIN, "AB": LOGIN},
}


def cases(table):
    return [
        (role, label, outcome)
        for role, row in table.items()
        for label, outcome in row.items()
    ]


def case_id(value):
    if not isinstance(value, str):
        return None  # pytest's own id
    return value.replace(" ", "-").replace(",", "").replace(":", "")


@pytest.mark.parametrize(("role", "label", "outcome"), cases(OPEN_ENQUIRY), ids=case_id)
def test_who_can_open_an_enquiry(inbox, role, label, outcome):
    enquiry = inbox.enquiries[label]
    url = edit_url(enquiry)
    response = client_for(inbox, role).get(url)

    assert answer(response) == expected_answer(outcome, url)
    assert (enquiry.message in response.content.decode()) == (outcome == OPENS)


@pytest.mark.parametrize(("role", "label", "outcome"), cases(OPEN_ENQUIRY), ids=case_id)
def test_who_can_change_an_enquirys_status(inbox, role, label, outcome):
    enquiry = inbox.enquiries[label]
    url = edit_url(enquiry)
    response = client_for(inbox, role).post(
        url, {"status": "contacted", "notes": "Rang them on Tuesday."}
    )

    enquiry.refresh_from_db()
    if outcome == OPENS:
        assert response.status_code == 302
        assert (enquiry.status, enquiry.notes) == ("contacted", "Rang them on Tuesday.")
    else:
        assert answer(response) == expected_answer(outcome, url)
        assert (enquiry.status, enquiry.notes) == ("new", "")


@pytest.mark.parametrize(("role", "label", "outcome"), cases(HISTORY), ids=case_id)
def test_who_can_read_an_enquirys_history(inbox, role, label, outcome):
    enquiry = inbox.enquiries[label]
    url = reverse("enquiries:history", args=[enquiry.pk])
    response = client_for(inbox, role).get(url)

    assert answer(response) == expected_answer(outcome, url)


@pytest.mark.parametrize(
    ("role", "label", "outcome"), cases(DELETE_ENQUIRY), ids=case_id
)
def test_only_lla_editors_and_superusers_delete_an_enquiry(inbox, role, label, outcome):
    enquiry = inbox.enquiries[label]
    url = reverse("enquiries:delete", args=[enquiry.pk])
    client = client_for(inbox, role)

    assert answer(client.get(url)) == expected_answer(outcome, url)
    response = client.post(url)

    deleted = not Enquiry.objects.filter(pk=enquiry.pk).exists()
    assert deleted == (outcome == OPENS)
    if deleted:
        assert response.status_code == 302
        assert not Email.objects.filter(about_id=enquiry.pk).exists()
    else:
        assert response.status_code == expected_answer(outcome, url)[0]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        # Not even a superuser adds an enquiry by hand.
        (EDITOR_A, REFUSED),
        (EDITOR_B, REFUSED),
        (LLA_EDITOR, REFUSED),
        (SUPERUSER, REFUSED),
        (ADMIN_ONLY, REFUSED),
        (NO_GROUPS, LOGIN_NOT_ADMIN),
        (ANONYMOUS, LOGIN),
    ],
    ids=case_id,
)
def test_nobody_adds_an_enquiry_by_hand(inbox, role, outcome, method):
    url = reverse("enquiries:add")
    assert url == "/admin/enquiries/new/"
    data = {
        "kind": "join",
        "name": "Forged Entry",
        "email": "forged@example.com",
        "organisation": "Nowhere",
        "message": "Made up.",
        "status": "new",
    }
    client = client_for(inbox, role)
    response = client.get(url) if method == "get" else client.post(url, data)

    assert answer(response) == expected_answer(outcome, url)
    assert not Enquiry.objects.filter(name="Forged Entry").exists()


# "Send again" on a failed email: allowed exactly where opening the enquiry is.
@pytest.mark.parametrize(("role", "label", "outcome"), cases(OPEN_ENQUIRY), ids=case_id)
def test_who_can_send_a_failed_email_again(inbox, role, label, outcome, mailoutbox):
    enquiry = inbox.enquiries[label]
    failed = enquiry.emails.filter(kind=TO_LEAD).first()
    Email.objects.filter(pk=failed.pk).update(
        status=Email.Status.FAILED, attempts=6, last_error="TimeoutError: timed out"
    )
    url = reverse("enquiries:retry", args=[enquiry.pk])

    response = client_for(inbox, role).post(url, {"email": failed.pk})

    failed.refresh_from_db()
    if outcome == OPENS:
        # Queued again from the start, and sent at once by the immediate backend.
        assert answer(response) == (
            302,
            edit_url(enquiry),
            [f"Sending again: {failed.recipient}."],
        )
        assert failed.status == Email.Status.SENT
        assert (failed.attempts, failed.last_error) == (1, "")
        assert [message.to for message in mailoutbox] == [[failed.to_address]]
    else:
        assert answer(response) == expected_answer(outcome, url)
        assert (failed.status, failed.attempts) == (Email.Status.FAILED, 6)
        assert mailoutbox == []


def test_send_again_puts_the_email_back_on_the_queue(inbox, email_queue, mailoutbox):
    """With the database queue, as in production: queued, then the worker sends it."""
    enquiry = inbox.enquiries["A"]
    failed = enquiry.emails.get(status=Email.Status.FAILED)
    client = client_for(inbox, EDITOR_A)

    client.post(reverse("enquiries:retry", args=[enquiry.pk]), {"email": failed.pk})

    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == (Email.Status.QUEUED, 0)
    assert email_queue.pending() == 1
    assert mailoutbox == []
    assert email_queue.run_worker() == 1
    failed.refresh_from_db()
    assert failed.status == Email.Status.SENT
    assert [message.to for message in mailoutbox] == [["alice.lead@example.org"]]


def test_send_again_only_resends_a_delivery_of_that_enquiry(inbox, mailoutbox):
    """Editor B cannot resend A's email by posting it with an enquiry of theirs."""
    failed = inbox.enquiries["A"].emails.get(status=Email.Status.FAILED)
    url = reverse("enquiries:retry", args=[inbox.enquiries["AB"].pk])

    response = client_for(inbox, EDITOR_B).post(url, {"email": failed.pk})

    assert response.status_code == 404
    failed.refresh_from_db()
    assert failed.status == Email.Status.FAILED
    assert mailoutbox == []


def test_send_again_leaves_an_email_that_has_not_failed(inbox, mailoutbox):
    enquiry = inbox.enquiries["B"]
    sent = enquiry.emails.get(kind=TO_LEAD)
    url = reverse("enquiries:retry", args=[enquiry.pk])

    response = client_for(inbox, EDITOR_B).post(url, {"email": sent.pk})

    assert answer(response) == (
        302,
        edit_url(enquiry),
        ["That email is neither failed nor stuck: nothing to resend."],
    )
    sent.refresh_from_db()
    assert (sent.status, sent.attempts) == (Email.Status.SENT, 1)
    assert mailoutbox == []


def test_send_again_is_a_post(inbox):
    enquiry = inbox.enquiries["A"]
    failed = enquiry.emails.get(status=Email.Status.FAILED)
    url = reverse("enquiries:retry", args=[enquiry.pk])

    response = client_for(inbox, LLA_EDITOR).get(url, {"email": failed.pk})

    assert response.status_code == 404
    failed.refresh_from_db()
    assert failed.status == Email.Status.FAILED


# 3. What the enquiry's page shows ----------------------------------------------


@pytest.mark.parametrize(
    ("role", "label"),
    [(EDITOR_A, "A"), (EDITOR_A, "AB"), (EDITOR_B, "AB"), (LLA_EDITOR, "A")]
    + [(LLA_EDITOR, "AB"), (SUPERUSER, "AB")],
    ids=case_id,
)
def test_the_enquiry_page_names_people_and_never_shows_their_addresses(
    inbox, role, label
):
    enquiry = inbox.enquiries[label]
    html = unescape(client_for(inbox, role).get(edit_url(enquiry)).content.decode())

    # What the visitor sent: name, role, organisation, address, networks, message.
    for text in [
        enquiry.name,
        enquiry.organisation,
        enquiry.email,
        enquiry.message,
        enquiry.network_titles,
    ]:
        assert text in html
    # Each email by person and network, with its state.
    rows = {
        "A": [
            "Alice Lead, Network A",
            "Alliance inbox (alert)",
            "The visitor (confirmation)",
        ],
        "AB": [
            "Alice Lead, Network A",
            "Bilal Lead, Network B",
            "The visitor (confirmation)",
        ],
    }[label]
    assert re.findall(r"<tr>\s*<td>([^<]+)</td>", html) == rows
    # Names, never addresses, even for the LLA editor and the superuser.
    for address in [*LEAD_ADDRESSES, ALLIANCE_INBOX]:
        assert address not in html


def test_a_failed_email_has_a_send_again_button(inbox):
    enquiry = inbox.enquiries["A"]
    failed = enquiry.emails.get(status=Email.Status.FAILED)
    html = client_for(inbox, EDITOR_A).get(edit_url(enquiry)).content.decode()

    buttons = re.findall(r"<button[^>]*>Send again</button>", html)
    assert len(buttons) == 1
    assert f'formaction="{reverse("enquiries:retry", args=[enquiry.pk])}"' in buttons[0]
    assert f'value="{failed.pk}"' in buttons[0]
    assert "SMTPRecipientsRefused: &lt;address&gt;" in html


# 4. The admin menu ---------------------------------------------------------------


def menu_items(html):
    """(label, url) of every item in the admin sidebar's menu, submenus included."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "label" in node and "name" in node:
                found.append((node["label"], node.get("url")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return found


@pytest.mark.parametrize(
    ("role", "outcome", "shown"),
    [
        (EDITOR_A, OPENS, True),
        (EDITOR_B, OPENS, True),
        (LLA_EDITOR, OPENS, True),
        (SUPERUSER, OPENS, True),
        (ADMIN_ONLY, OPENS, False),
        (NO_GROUPS, LOGIN_NOT_ADMIN, None),
        (ANONYMOUS, LOGIN, None),
    ],
    ids=case_id,
)
def test_the_admin_menu_offers_enquiries_to_those_who_may_see_them(
    inbox, role, outcome, shown
):
    response = client_for(inbox, role).get("/admin/")

    assert answer(response) == expected_answer(outcome, "/admin/")
    if outcome == OPENS:
        items = menu_items(response.content.decode())
        assert (("Enquiries", "/admin/enquiries/") in items) == shown


# 5. Filters, search, and the cost of the listing ---------------------------------


@pytest.fixture
def triaged(inbox):
    """B has been contacted; AB arrived on 10 March 2025, late in the evening."""
    london = timezone.get_current_timezone()
    Enquiry.objects.filter(pk=inbox.enquiries["B"].pk).update(status="contacted")
    Enquiry.objects.filter(pk=inbox.enquiries["AB"].pk).update(
        created_at=timezone.datetime(2025, 3, 10, 23, 30, tzinfo=london)
    )
    return inbox


@pytest.mark.parametrize(
    ("role", "query", "expected"),
    [
        (LLA_EDITOR, "", {"A", "B", "AB"}),
        (LLA_EDITOR, "network={a}", {"A", "AB"}),
        (LLA_EDITOR, "network={b}", {"B", "AB"}),
        (LLA_EDITOR, "kind=join", {"A", "AB"}),
        (LLA_EDITOR, "kind=question", {"B"}),
        (LLA_EDITOR, "status=new", {"A", "AB"}),
        (LLA_EDITOR, "status=contacted", {"B"}),
        (LLA_EDITOR, "status=joined", set()),
        (LLA_EDITOR, "delivery=failed", {"A"}),
        (LLA_EDITOR, "delivery=queued", {"AB"}),
        (LLA_EDITOR, "delivery=sent", {"A", "B", "AB"}),
        (LLA_EDITOR, "created_at_from=2025-03-10&created_at_to=2025-03-10", {"AB"}),
        (LLA_EDITOR, "created_at_from=2025-03-11", {"A", "B"}),
        (LLA_EDITOR, "created_at_to=2025-03-09", set()),
        (LLA_EDITOR, "q=Okafor", {"B"}),
        (LLA_EDITOR, "q=amira", {"A"}),
        (LLA_EDITOR, "q=Chapel+Allerton", {"AB"}),
        (LLA_EDITOR, "q=Beeston+Academy", {"B"}),
        (LLA_EDITOR, "q=network", {"A", "B", "AB"}),
        (LLA_EDITOR, "q=nobody+by+this+name", set()),
        (LLA_EDITOR, "kind=join&delivery=failed", {"A"}),
        # A network editor's filters and search stay within their enquiries.
        (EDITOR_A, "q=Okafor", set()),
        (EDITOR_A, "q=network", {"A", "AB"}),
        (EDITOR_A, "kind=question", set()),
        (EDITOR_A, "status=new", {"A", "AB"}),
        (EDITOR_B, "status=new", {"AB"}),
        (EDITOR_B, "delivery=queued", {"AB"}),
        (EDITOR_B, "delivery=failed", set()),
    ],
    ids=case_id,
)
def test_filters_and_search_find_the_right_enquiries(triaged, role, query, expected):
    query = query.format(a=triaged.a.pk, b=triaged.b.pk)
    response = client_for(triaged, role).get(f"{reverse('enquiries:index')}?{query}")

    assert response.status_code == 200
    assert listed(response.content.decode(), triaged) == expected


def network_filter_options(html):
    select = re.search(r'<select name="network"[^>]*>(.*?)</select>', html, re.S)
    return [
        unescape(text).strip()
        for value, text in re.findall(
            r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1)
        )
        if value
    ]


@pytest.mark.parametrize(
    ("role", "networks"),
    [
        (LLA_EDITOR, ["Network A", "Network B"]),
        (SUPERUSER, ["Network A", "Network B"]),
        pytest.param(EDITOR_A, ["Network A"]),
        pytest.param(EDITOR_B, ["Network B"]),
    ],
    ids=case_id,
)
def test_the_network_filter_offers_the_networks_each_role_may_filter_by(
    inbox, role, networks
):
    html = client_for(inbox, role).get(reverse("enquiries:index")).content.decode()

    assert network_filter_options(html) == networks


def test_the_listing_takes_a_bounded_number_of_queries(
    inbox, django_assert_max_num_queries
):
    client = client_for(inbox, LLA_EDITOR)
    url = reverse("enquiries:index")
    client.get(url)  # warm up: sessions, content types, site settings
    with CaptureQueriesContext(connection) as few:
        assert listed(client.get(url).content.decode(), inbox) == {"A", "B", "AB"}
    alice = Person.objects.get(name="Alice Lead")
    for number in range(27):
        enquiry = make_enquiry(
            [inbox.a, inbox.b],
            name=f"Visitor {number}",
            email=f"visitor{number}@school.example",
            organisation="Leeds Primary School",
            message="Hello.",
        )
        lead_delivery(enquiry, inbox.a, alice, Email.Status.SENT)
        confirmation(enquiry)

    # As many queries for 30 enquiries as for 3 (14 when written): none per row.
    assert len(few) <= 20
    with django_assert_max_num_queries(len(few)):
        response = client.get(url)

    assert response.content.decode().count('href="/admin/enquiries/edit/') == 30
