"""The admin dashboard's chart of new enquiries per network, month by month."""

import datetime
import re
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from enquiries.dashboard import last_months, monthly_counts
from enquiries.factories import EnquiryFactory
from networks.permissions import LLA_EDITORS, ensure_lla_editors_group

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def _enquiry(networks, when):
    return EnquiryFactory(networks=networks, created_at=when, consented_at=when)


def test_last_months_are_the_twelve_months_to_this_one():
    months = last_months(datetime.date(2026, 3, 15))
    assert months[0] == datetime.date(2025, 4, 1)
    assert months[-1] == datetime.date(2026, 3, 1)
    assert len(months) == 12


def test_counts_are_per_network_per_local_month(contact_site):
    site = contact_site
    ensure_lla_editors_group()
    lla = UserFactory(groups=[Group.objects.get(name=LLA_EDITORS)])
    today = datetime.date(2026, 9, 15)
    # 23:30 UTC on 31 August is 00:30 on 1 September in London.
    _enquiry(
        [site.primary], datetime.datetime(2026, 8, 31, 23, 30, tzinfo=datetime.UTC)
    )
    _enquiry([site.primary, site.equity], datetime.datetime(2026, 9, 2, tzinfo=LONDON))
    _enquiry([site.equity], datetime.datetime(2026, 1, 10, tzinfo=LONDON))
    # Older than twelve months: not counted.
    _enquiry([site.equity], datetime.datetime(2025, 9, 30, tzinfo=LONDON))

    months, rows = monthly_counts(lla, today=today)
    by_title = {network.title: values for network, values, total in rows}
    assert months[-1] == datetime.date(2026, 9, 1)
    assert by_title["Primary network"][-1] == 2
    assert by_title["Primary network"][-2] == 0  # not August
    assert by_title["Equity network"][-1] == 1
    assert by_title["Equity network"][months.index(datetime.date(2026, 1, 1))] == 1
    assert sum(by_title["Equity network"]) == 2
    assert by_title["Careers network"] == [0] * 12


@pytest.fixture
def people(contact_site):
    site = contact_site
    group = ensure_lla_editors_group()
    now = timezone.now()
    _enquiry([site.primary], now)
    _enquiry([site.primary, site.equity], now)
    return {
        "lla": UserFactory(groups=[group]),
        "editor_a": UserFactory(groups=[site.primary.editors_group]),
        "plain_staff": UserFactory(is_staff=True),
    }


def _panel(user):
    client = Client()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    start = html.find('class="w-panel enquiries-panel"')
    if start == -1:
        return None
    return html[start : html.index("</section>", start)]


def test_lla_editors_see_every_network_with_its_numbers_as_text(people):
    panel = _panel(people["lla"])
    assert panel is not None
    rows = re.findall(r'<th scope="row">([^<]+)</th>\s*<td>\s*<svg', panel)
    assert rows == ["Careers network", "Equity network", "Primary network"]
    assert re.search(r"Primary network</th>.*?<td>2</td>", panel, re.S)
    assert 'role="img"' in panel
    assert re.search(r'aria-label="Primary network, month by month: [^"]*: 2"', panel)
    assert "3 in all" in panel


def test_a_network_editor_sees_only_their_network(people):
    panel = _panel(people["editor_a"])
    assert re.findall(r'<th scope="row">([^<]+)</th>\s*<td>\s*<svg', panel) == [
        "Primary network"
    ]
    assert "2 in all" in panel


def test_no_panel_without_permission_to_see_enquiries(people):
    people["plain_staff"].user_permissions.add(
        Permission.objects.get(codename="access_admin")
    )
    assert _panel(people["plain_staff"]) is None
