"""Fixtures for member accounts: a members-only toolkit, and a partner school."""

import re
from dataclasses import dataclass

import pytest

from networks.factories import OrganisationFactory
from resources.factories import (
    ResourceIndexPageFactory,
    ToolkitPageFactory,
    ToolkitSectionPageFactory,
)

PASSWORD = "a-long-Pass-phrase-42"
PARTNER_DOMAIN = "bankside.example"


@dataclass
class Library:
    toolkit: object
    chapter: object
    partner: object


@pytest.fixture
def members_library(home):
    """A members-only (listed) toolkit with one chapter, and a partner school."""
    library = ResourceIndexPageFactory(parent=home)
    toolkit = ToolkitPageFactory(
        parent=library,
        title="Race Equity Leadership Toolkit",
        slug="race-equity-toolkit",
        summary="Quasar summary only members read.",
        members_only=True,
        listed=True,
    )
    chapter = ToolkitSectionPageFactory(
        parent=toolkit, title="Leading change", slug="leading-change"
    )
    partner = OrganisationFactory(
        name="Bankside Primary School", email_domains=f"{PARTNER_DOMAIN}\n"
    )
    return Library(toolkit, chapter, partner)


def signup_data(email, **overrides):
    return {
        "name": "Ada Lovelace",
        "organisation_name": "Bankside Primary School",
        "job_title": "Year 6 teacher",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        **overrides,
    }


def link_in(text):
    """The first web address in an email's text."""
    return re.search(r"https?://\S+", text).group(0)


def confirm(client, body):
    """Follows the verification link in `body` and presses Confirm."""
    path = link_in(body).split("://", 1)[1].partition("/")[2]
    response = client.post("/" + path)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response
