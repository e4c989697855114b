"""
The admin dashboard's panel "New enquiries per network, last 12 months".

Three networks, A, B and C, each with its editors' group. The panel on /admin/
lists, for each network the user may see enquiries of, a sparkline (an SVG
with role="img" and the numbers in its aria-label), the 12-month total, and a
month-by-month table: the numbers are always there as text.

`last_months` and `monthly_counts` are tested directly too, with "today"
frozen by their `today=` argument. Months are local months (Europe/London), so
an enquiry at 23:30 UTC on 31 August, 00:30 on 1 September in London, counts
for September.
"""

import datetime
import re
from html import unescape
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from enquiries.dashboard import last_months, monthly_counts
from enquiries.models import Enquiry
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.permissions import ensure_lla_editors_group, ensure_network_group

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC

EDITOR_A = "editor A"
EDITOR_B = "editor B"
LLA_EDITOR = "LLA editor"
SUPERUSER = "superuser"
ADMIN_ONLY = "admin user without enquiry rights"
NO_GROUPS = "signed in, no groups"


@pytest.fixture
def site(home):
    index = NetworkIndexPageFactory(parent=home)
    networks = {
        name: NetworkPageFactory(
            parent=index, title=f"Network {name}", slug=f"network-{name.lower()}"
        )
        for name in "ABC"
    }
    admin_only = Group.objects.create(name="Admin access only")
    admin_only.permissions.add(Permission.objects.get(codename="access_admin"))
    users = {
        EDITOR_A: UserFactory(groups=[ensure_network_group(networks["A"])]),
        EDITOR_B: UserFactory(groups=[ensure_network_group(networks["B"])]),
        LLA_EDITOR: UserFactory(groups=[ensure_lla_editors_group()]),
        SUPERUSER: UserFactory(is_superuser=True),
        ADMIN_ONLY: UserFactory(groups=[admin_only]),
        NO_GROUPS: UserFactory(),
    }
    ensure_network_group(networks["C"])
    return SimpleNamespace(**networks, users=users)


def enquiry(networks, when):
    """An enquiry received at `when` (an aware datetime), to `networks`."""
    assert when.tzinfo is not None
    made = Enquiry.objects.create(
        name="Amira Khan",
        email="amira@armley.example",
        organisation="Armley Primary School",
        message="We would like to join.",
        created_at=when,
        consented_at=when,
    )
    made.networks.set(networks)
    return made


def counts_by_title(rows):
    return {network.title: values for network, values, total in rows}


# 1. last_months ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "first", "last"),
    [
        (
            datetime.date(2026, 3, 15),
            datetime.date(2025, 4, 1),
            datetime.date(2026, 3, 1),
        ),
        (
            datetime.date(2026, 1, 31),
            datetime.date(2025, 2, 1),
            datetime.date(2026, 1, 1),
        ),
        (
            datetime.date(2026, 12, 1),
            datetime.date(2026, 1, 1),
            datetime.date(2026, 12, 1),
        ),
        (
            datetime.date(2024, 2, 29),
            datetime.date(2023, 3, 1),
            datetime.date(2024, 2, 1),
        ),
    ],
)
def test_last_months_are_the_first_days_of_the_twelve_months_to_this_one(
    today, first, last
):
    months = last_months(today)

    assert len(months) == 12
    assert (months[0], months[-1]) == (first, last)
    assert all(month.day == 1 for month in months)
    assert months == sorted(set(months))
    # One month after another, none skipped.
    for earlier, later in zip(months, months[1:], strict=False):
        assert (later.year * 12 + later.month) - (
            earlier.year * 12 + earlier.month
        ) == 1


def test_last_months_takes_a_count():
    assert last_months(datetime.date(2026, 2, 10), count=3) == [
        datetime.date(2025, 12, 1),
        datetime.date(2026, 1, 1),
        datetime.date(2026, 2, 1),
    ]


def test_last_months_ends_with_this_local_month_by_default():
    assert last_months()[-1] == timezone.localdate().replace(day=1)


# 2. monthly_counts -----------------------------------------------------------------

TODAY = datetime.date(2026, 9, 15)  # the window: October 2025 to September 2026


@pytest.fixture
def counted(site):
    """
    Enquiries around the edges of local months, in summer (BST, UTC+1) and in
    winter (GMT), and one either side of the start of the twelve months.
    """
    a, b = site.A, site.B
    # 23:30 UTC on 31 August is 00:30 on 1 September in London: September.
    enquiry([a], datetime.datetime(2026, 8, 31, 23, 30, tzinfo=UTC))
    # 22:30 UTC on 31 August is 23:30 in London: still August.
    enquiry([a], datetime.datetime(2026, 8, 31, 22, 30, tzinfo=UTC))
    # To both networks: once for each.
    enquiry([a, b], datetime.datetime(2026, 9, 2, 10, 0, tzinfo=LONDON))
    # In winter London is on UTC: 23:30 UTC on 31 January is January.
    enquiry([b], datetime.datetime(2026, 1, 31, 23, 30, tzinfo=UTC))
    # 00:30 on 1 October 2025 in London (23:30 UTC on 30 September): the first
    # month of the twelve.
    enquiry([b], datetime.datetime(2025, 9, 30, 23, 30, tzinfo=UTC))
    # 23:30 on 30 September 2025 in London: thirteen months ago, not counted.
    enquiry([a, b], datetime.datetime(2025, 9, 30, 23, 30, tzinfo=LONDON))
    # Long ago: not counted.
    enquiry([a], datetime.datetime(2024, 5, 1, 12, 0, tzinfo=LONDON))
    return site


def month_index(months, year, month):
    return months.index(datetime.date(year, month, 1))


@pytest.mark.parametrize("role", [LLA_EDITOR, SUPERUSER])
def test_those_who_see_all_enquiries_get_every_network_by_local_month(counted, role):
    months, rows = monthly_counts(counted.users[role], today=TODAY)

    assert months == last_months(TODAY)
    assert [network.title for network, values, total in rows] == [
        "Network A",
        "Network B",
        "Network C",
    ]
    counts = counts_by_title(rows)
    expected_a = [0] * 12
    expected_a[month_index(months, 2026, 8)] = 1
    expected_a[month_index(months, 2026, 9)] = 2
    expected_b = [0] * 12
    expected_b[month_index(months, 2025, 10)] = 1
    expected_b[month_index(months, 2026, 1)] = 1
    expected_b[month_index(months, 2026, 9)] = 1
    assert counts == {
        "Network A": expected_a,
        "Network B": expected_b,
        "Network C": [0] * 12,
    }
    assert [total for network, values, total in rows] == [3, 3, 0]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (EDITOR_A, {"Network A": 3}),
        (EDITOR_B, {"Network B": 3}),
        (ADMIN_ONLY, {}),
        (NO_GROUPS, {}),
    ],
)
def test_others_get_only_their_own_networks(counted, role, expected):
    months, rows = monthly_counts(counted.users[role], today=TODAY)

    assert {network.title: total for network, values, total in rows} == expected


def test_a_network_editor_counts_a_shared_enquiry_for_their_network(counted):
    months, rows = monthly_counts(counted.users[EDITOR_B], today=TODAY)

    [(network, values, total)] = rows
    assert network == counted.B
    assert values[month_index(months, 2026, 9)] == 1


def test_the_window_moves_with_today(counted):
    """A month later, October 2025 has left the window and October 2026 joined."""
    months, rows = monthly_counts(
        counted.users[LLA_EDITOR], today=datetime.date(2026, 10, 1)
    )

    assert months[0] == datetime.date(2025, 11, 1)
    assert {network.title: total for network, values, total in rows} == {
        "Network A": 3,
        "Network B": 2,
        "Network C": 0,
    }


# 3. The panel on the dashboard --------------------------------------------------------


def panel(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    start = html.find('<section class="w-panel enquiries-panel"')
    if start == -1:
        assert "New enquiries per network" not in html
        return None
    return html[start : html.index("</section>", start)]


def summary_rows(html):
    """{network: (svg attributes, svg body, total as text)} of the first table."""
    return {
        unescape(title): (attributes, body, total)
        for title, attributes, body, total in re.findall(
            r'<th scope="row">([^<]+)</th>\s*<td>\s*<svg([^>]*)>(.*?)</svg>\s*</td>'
            r"\s*<td>(\d+)</td>",
            html,
            re.S,
        )
    }


def month_table(html):
    """The month-by-month table: its month headings, and each network's numbers."""
    table = html[html.index("<summary>Month by month</summary>") :]
    headings = re.findall(r'<th scope="col">([^<]+)</th>', table)
    rows = {
        unescape(title): [int(value) for value in re.findall(r"<td>(\d+)</td>", cells)]
        for title, cells in re.findall(
            r'<tr><th scope="row">([^<]+)</th>((?:<td>\d+</td>)+)</tr>', table
        )
    }
    return headings, rows


@pytest.fixture
def recent(site):
    """
    Relative to the real today: A and B each have one enquiry this month (the
    same one, to both) and A one more; B one last month; A one thirteen months
    ago, which is not counted.
    """
    now = timezone.now()
    this_month = timezone.localdate().replace(day=1)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=15)
    enquiry([site.A], now)
    enquiry([site.A, site.B], now)
    enquiry(
        [site.B],
        datetime.datetime.combine(last_month, datetime.time(12), tzinfo=LONDON),
    )
    enquiry([site.A], now - datetime.timedelta(days=400))
    return site


def expected_values(values_by_offset):
    """Twelve numbers, oldest month first, from {months ago: count}."""
    values = [0] * 12
    for months_ago, count in values_by_offset.items():
        values[11 - months_ago] = count
    return values


PANEL_ROWS = {
    "Network A": expected_values({0: 2}),
    "Network B": expected_values({0: 1, 1: 1}),
    "Network C": expected_values({}),
}


@pytest.mark.parametrize(
    ("role", "networks"),
    [
        (LLA_EDITOR, ["Network A", "Network B", "Network C"]),
        (SUPERUSER, ["Network A", "Network B", "Network C"]),
        (EDITOR_A, ["Network A"]),
        (EDITOR_B, ["Network B"]),
        (ADMIN_ONLY, None),
    ],
)
def test_the_panel_shows_each_user_their_networks_numbers(recent, role, networks):
    client = Client()
    client.force_login(recent.users[role])
    html = panel(client)

    if networks is None:
        assert html is None
        return
    assert "New enquiries per network, last 12 months" in html
    labels = [month.strftime("%b %Y") for month in last_months()]
    expected = {title: PANEL_ROWS[title] for title in networks}

    # The summary: one row per network, its sparkline and its total as text.
    summary = summary_rows(html)
    assert list(summary) == networks
    for title, (attributes, body, total) in summary.items():
        values = expected[title]
        assert total == str(sum(values))
        assert 'role="img"' in attributes
        described = ", ".join(
            f"{label}: {value}" for label, value in zip(labels, values, strict=True)
        )
        assert f'aria-label="{title}, month by month: {described}"' in attributes
        # A bar for each month with enquiries, each giving its number.
        assert re.findall(r"<title>(\d+)</title>", body) == [
            str(value) for value in values if value
        ]

    # The month-by-month table: every number as text.
    headings, rows = month_table(html)
    assert headings == ["Network", *labels]
    assert rows == expected
    total = sum(sum(values) for values in expected.values())
    assert f"<p>{total} in all." in html


def test_the_busiest_month_has_the_tallest_bar(recent):
    client = Client()
    client.force_login(recent.users[LLA_EDITOR])
    summary = summary_rows(panel(client))

    heights = {
        title: [int(h) for h in re.findall(r'<rect [^>]*height="(\d+)"', body)]
        for title, (attributes, body, total) in summary.items()
    }
    # A's two this month are the peak; B's single ones are half as tall.
    assert heights == {"Network A": [28], "Network B": [14, 14], "Network C": []}


def test_a_network_with_no_enquiries_shows_zeros(site):
    client = Client()
    client.force_login(site.users[EDITOR_A])
    html = panel(client)

    attributes, body, total = summary_rows(html)["Network A"]
    assert total == "0"
    assert "<rect" not in body
    assert month_table(html)[1] == {"Network A": [0] * 12}
    assert "<p>0 in all." in html


@pytest.mark.parametrize("role", [NO_GROUPS, None])
def test_no_dashboard_at_all_without_admin_access(recent, role):
    client = Client()
    if role:
        client.force_login(recent.users[role])
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/"
