"""
No lead's address appears in any page, form error, feed or JSON answer.

Every lead in the shipped content is given a distinctive address, then every
public response the site can give, to an anonymous visitor and to a member,
is scanned for any of them.
"""

import re
import time

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from wagtail.models import Page

import pytest

from accounts.factories import UserFactory
from enquiries import spam
from enquiries.models import ContactPage
from networks.models import NetworkPage, Person
from resources.models import MEMBERS_GROUP

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def secret_addresses(lla_site):
    addresses = []
    for person in Person.objects.all():
        person.contact_email = f"lead-{person.pk}-Secret@Example.org"
        person.save()
        addresses.append(person.contact_email.lower())
    assert len(addresses) > 10
    return addresses


def _paths():
    paths = ["/", "/sitemap.xml", "/robots.txt", "/no-such-page/", "/search/"]
    for page in Page.objects.live().specific():
        url = page.url
        if not url:
            continue
        paths.append(url)
        if isinstance(page, NetworkPage):
            paths += [url + "calendar/", url + "resources/feed/"]
            paths.append(f"/contact/?network={page.slug}")
    paths += ["/networks/calendar/", "/resources/feed/"]
    for person in Person.objects.all():
        for scope in ("", "&scope=library"):
            paths.append(f"/search/?q={person.name}{scope}")
            paths.append(f"/search/?q={person.name}&format=json{scope}")
            paths.append(f"/search/?q={person.name[:3]}&format=json&suggest=1")
        paths.append(f"/resources/?q={person.name}")
        paths.append(f"/resources/?q={person.name}&format=json")
    return paths


def _scan(response, addresses, where):
    body = response.content.decode(errors="replace").lower()
    headers = " ".join(f"{k}: {v}" for k, v in response.items()).lower()
    for address in addresses:
        assert address not in body, f"{address} in the body of {where}"
        assert address not in headers, f"{address} in a header of {where}"
    # No address of the example.org leads in any form either.
    assert not re.search(r"lead-\d+-secret@", body), where


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_no_response_reveals_a_lead_address(secret_addresses, who):
    client = Client()
    if who == "member":
        member = UserFactory()
        member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
        client.force_login(member)
    paths = _paths()
    assert len(paths) > 100
    for path in paths:
        response = client.get(path, follow=True)
        assert response.status_code < 500, path
        _scan(response, secret_addresses, path)


def test_the_contact_form_its_errors_and_its_emails_reveal_no_lead_address(
    secret_addresses, settings
):
    settings.ENQUIRY_RATE_LIMIT = 0
    client = Client()
    contact = ContactPage.objects.live().get()
    networks = [str(pk) for pk in NetworkPage.objects.values_list("pk", flat=True)]
    good = {
        "networks": networks,
        "kind": "join",
        "name": "Ada Visitor",
        "email": "ada@school.example",
        "organisation": "A school",
        "message": "Hello",
        "consent": "on",
        "started": spam.new_stamp(now=time.time() - 60),
    }
    for bad in (
        {"email": "nope"},
        {"networks": ["999999"]},
        {"networks": []},
        {"name": "x" * 300},
        {"started": spam.new_stamp(now=time.time() - 10 * 24 * 3600)},
    ):
        response = client.post(contact.url, {**good, **bad})
        assert response.status_code == 200
        _scan(response, secret_addresses, f"contact form with {bad}")

    mail.outbox.clear()
    response = client.post(contact.url, good, follow=True)
    _scan(response, secret_addresses, "the thank-you page")
    [confirmation] = [m for m in mail.outbox if m.to == ["ada@school.example"]]
    text = confirmation.message().as_string().lower()
    assert not any(address in text for address in secret_addresses)
    # The leads did get theirs: the addresses are used, just never shown.
    sent_to = {m.to[0].lower() for m in mail.outbox}
    assert sent_to & set(secret_addresses)
