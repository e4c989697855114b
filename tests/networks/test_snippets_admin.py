"""Editors manage people and organisations in the admin, with revisions and previews."""

import pytest

from accounts.factories import UserFactory
from networks.factories import OrganisationFactory, PersonFactory
from networks.models import Person
from networks.permissions import ensure_lla_editors_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, home):
    client.force_login(UserFactory(groups=[ensure_lla_editors_group()]))
    return client


def test_editing_a_person_keeps_a_revision(editor_client):
    person = PersonFactory(name="Anne Fell", contact_email="anne@example.org")
    url = f"/admin/snippets/networks/person/edit/{person.pk}/"
    assert editor_client.get(url).status_code == 200

    response = editor_client.post(
        url,
        {
            "name": "Anne Fell",
            "job_title": "Special Advisor, Primary Education",
            "organisation": person.organisation.pk,
            "contact_email": "anne.fell@example.org",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    person.refresh_from_db()
    assert person.job_title == "Special Advisor, Primary Education"
    assert person.revisions.count() == 1
    assert person.latest_revision.content["job_title"] == person.job_title


def test_person_preview_shows_the_public_view_without_the_address(editor_client):
    person = PersonFactory(name="Anne Fell", contact_email="anne@example.org")
    url = f"/admin/snippets/networks/person/preview/{person.pk}/"
    data = {
        "name": "Anne Fell",
        "job_title": "Special Advisor",
        "organisation": person.organisation.pk,
        "contact_email": "anne@example.org",
    }

    assert editor_client.post(url, data).json()["is_valid"]
    body = editor_client.get(url).content.decode()

    assert "Special Advisor" in body
    assert "anne@example.org" not in body


def test_organisation_preview_renders(editor_client):
    organisation = OrganisationFactory(name="Leeds Trinity University")
    url = f"/admin/snippets/networks/organisation/preview/{organisation.pk}/"
    data = {"name": "Leeds Trinity University", "kind": "partner"}

    assert editor_client.post(url, data).json()["is_valid"]
    assert "Leeds Trinity University" in editor_client.get(url).content.decode()


def test_a_bad_email_domain_is_explained_in_the_form(editor_client):
    response = editor_client.post(
        "/admin/snippets/networks/organisation/add/",
        {"name": "A school", "kind": "partner", "email_domains": "not a domain"},
    )
    assert response.status_code == 200
    assert "is not an email domain" in response.content.decode()


def test_people_listing_never_shows_contact_addresses(editor_client):
    PersonFactory(contact_email="hidden@example.org")
    body = editor_client.get("/admin/snippets/networks/person/").content.decode()
    assert "hidden@example.org" not in body
    assert Person.objects.count() == 1
