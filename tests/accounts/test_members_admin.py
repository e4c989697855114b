"""
LLA editors approve or decline the people waiting for membership, in the
admin; the person is emailed the decision. No one else can decide.
"""

from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from accounts.membership import members_group
from accounts.models import User
from networks.factories import NetworkPageFactory
from networks.permissions import ensure_lla_editors_group, ensure_network_group
from resources.models import MEMBERS_GROUP, is_member

pytestmark = pytest.mark.django_db


def applicant(email, membership=User.Membership.PENDING, verified=True, **fields):
    user = UserFactory(
        email=email, membership=membership, organisation_name="Elsewhere", **fields
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


@pytest.fixture
def people(home):
    network = NetworkPageFactory(parent=home, title="Primary", slug="primary")
    return {
        "lla editor": UserFactory(groups=[ensure_lla_editors_group()]),
        "network editor": UserFactory(groups=[ensure_network_group(network)]),
        "member": UserFactory(
            membership=User.Membership.APPROVED,
            groups=[members_group()],
        ),
        "pending": applicant("waiting@elsewhere.example", first_name="Grace"),
    }


def test_an_lla_editor_sees_who_is_waiting(client, people):
    applicant("unverified@elsewhere.example", verified=False, first_name="Una")
    applicant("done@elsewhere.example", User.Membership.APPROVED, first_name="Dorothy")
    client.force_login(people["lla editor"])
    response = client.get(reverse("members:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "waiting@elsewhere.example" in html
    assert "unverified@elsewhere.example" in html
    assert "done@elsewhere.example" not in html
    assert html.count(">Approve<") == 2

    response = client.get(reverse("members:index") + "?membership=approved")
    assert "done@elsewhere.example" in response.content.decode()
    assert "waiting@elsewhere.example" not in response.content.decode()


def test_approving_makes_them_a_member_and_tells_them(client, people):
    editor, person = people["lla editor"], people["pending"]
    client.force_login(editor)
    response = client.post(reverse("members:approve", args=[person.pk]))
    assert response.status_code == 302

    person.refresh_from_db()
    assert person.membership == User.Membership.APPROVED
    assert person.membership_decided_by == editor
    assert is_member(person)
    assert person.groups.filter(name=MEMBERS_GROUP).exists()
    [message] = mail.outbox
    assert message.to == ["waiting@elsewhere.example"]
    assert message.subject == "Leeds Learning Alliance: Your membership is approved"
    assert "Hello Grace," in message.body
    assert "http://testserver/accounts/login/" in message.body
    assert ModelLogEntry.objects.filter(
        action="accounts.membership_approved", user=editor
    ).exists()

    # Pressing it twice sends nothing twice.
    client.post(reverse("members:approve", args=[person.pk]))
    assert len(mail.outbox) == 1


def test_declining_tells_them_and_takes_access_away(client, people):
    person = people["pending"]
    client.force_login(people["lla editor"])
    client.post(reverse("members:decline", args=[person.pk]))
    person.refresh_from_db()
    assert person.membership == User.Membership.DECLINED
    assert not is_member(person)
    [message] = mail.outbox
    assert message.subject == "Leeds Learning Alliance: About your membership"

    # A declined person approved later is a member after all.
    client.post(reverse("members:approve", args=[person.pk]))
    person.refresh_from_db()
    assert is_member(person)
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("who", ["network editor", "member", "pending", "anonymous"])
def test_no_one_else_sees_or_decides(client, people, who):
    if who != "anonymous":
        client.force_login(people[who])
    person = people["pending"]
    response = client.get(reverse("members:index"))
    assert response.status_code in (302, 403)
    response = client.post(reverse("members:approve", args=[person.pk]))
    assert response.status_code in (302, 403)
    person.refresh_from_db()
    assert person.membership == User.Membership.PENDING
    assert mail.outbox == []


def test_the_menu_offers_members_only_to_lla_editors(client, people):
    client.force_login(people["lla editor"])
    # The sidebar menu is drawn from JSON in the page.
    assert "/admin/members/" in client.get("/admin/").content.decode()
    client.force_login(people["network editor"])
    assert "/admin/members/" not in client.get("/admin/").content.decode()


def test_deciding_takes_a_post(client, people):
    client.force_login(people["lla editor"])
    response = client.get(reverse("members:approve", args=[people["pending"].pk]))
    assert response.status_code == 405


@pytest.mark.parametrize("who", ["member", "pending"])
def test_members_and_applicants_never_get_into_the_admin(client, people, who):
    client.force_login(people[who])
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
