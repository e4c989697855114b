"""A small site for the enquiry tests: a contact page and three networks."""

import time
from dataclasses import dataclass

import pytest

from core.models import SiteSettings
from enquiries import spam
from enquiries.models import ContactPage
from networks.factories import (
    NetworkIndexPageFactory,
    NetworkLeadFactory,
    NetworkPageFactory,
    PersonFactory,
)
from networks.permissions import ensure_network_group

ALLIANCE_INBOX = "networks@example.org"


@dataclass
class ContactSite:
    home: object
    contact: ContactPage
    primary: object  # two leads with addresses
    equity: object  # one lead
    careers: object  # a lead with no address
    leads: dict  # network slug -> [Person]

    @property
    def url(self):
        return self.contact.url

    def lead_addresses(self):
        return {
            person.contact_email
            for people in self.leads.values()
            for person in people
            if person.contact_email
        }


@pytest.fixture
def contact_site(home):
    """
    A contact page at /contact/, and three networks: Primary (two leads),
    Equity (one) and Careers (a lead with no address), each with its editors'
    group; the alliance inbox is networks@example.org.
    """
    index = NetworkIndexPageFactory(parent=home)
    networks, leads = {}, {}
    for slug, addresses in (
        ("primary", ["primary.one@example.org", "primary.two@example.org"]),
        ("equity", ["equity.lead@example.org"]),
        ("careers", [""]),
    ):
        network = NetworkPageFactory(
            parent=index, title=f"{slug.title()} network", slug=slug
        )
        ensure_network_group(network)
        leads[slug] = [
            NetworkLeadFactory(
                network=network, person=PersonFactory(contact_email=address)
            ).person
            for address in addresses
        ]
        networks[slug] = network
    contact = ContactPage(
        title="Contact our networks",
        slug="contact",
        intro="<p>Tell us.</p>",
        thank_you="<p>A lead will reply within two weeks.</p>",
    )
    home.add_child(instance=contact)
    contact.save_revision().publish()
    settings = SiteSettings.for_site(home.get_site())
    settings.alliance_inbox = ALLIANCE_INBOX
    settings.save()
    return ContactSite(home, contact, **networks, leads=leads)


def valid_data(*networks, **overrides):
    """POST data for the contact form that passes every check."""
    data = {
        "networks": [str(network.pk) for network in networks],
        "kind": "join",
        "name": "Ada Visitor",
        "email": "ada@school.example",
        "organisation": "Leeds Primary School",
        "role": "Deputy head",
        "message": "We would like to join.\nWhen do you next meet?",
        "consent": "on",
        "website": "",
        "started": spam.new_stamp(now=time.time() - 60),
    }
    data.update(overrides)
    return data
