"""
A member resets a forgotten password, changes their email address and signs
out; a pending applicant who verifies a partner address becomes a member.
"""

import re

from django.core import mail

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from accounts.membership import members_group
from accounts.models import User
from tests.accounts.conftest import PARTNER_DOMAIN, PASSWORD, confirm, link_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def applicant(members_library):
    user = UserFactory(
        email="grace@elsewhere.example",
        password=PASSWORD,
        membership=User.Membership.PENDING,
    )
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


def test_a_forgotten_password_is_reset_by_email(client, applicant):
    response = client.post(
        "/accounts/password/reset/", {"email": "GRACE@elsewhere.example"}
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["grace@elsewhere.example"]

    response = client.get(link_in(message.body).split("testserver", 1)[1])
    # allauth moves the key out of the address before showing the form.
    assert response.status_code == 302
    form_url = response["Location"]
    new_password = "another-Long-phrase-77"
    response = client.post(
        form_url, {"password1": new_password, "password2": new_password}
    )
    assert response.status_code == 302

    response = client.post(
        "/accounts/login/", {"login": applicant.email, "password": PASSWORD}
    )
    assert response.status_code == 200
    response = client.post(
        "/accounts/login/", {"login": applicant.email, "password": new_password}
    )
    assert response.status_code == 302


def test_a_reset_for_an_unknown_address_gives_nothing_away(client, home):
    response = client.post("/accounts/password/reset/", {"email": "nobody@x.example"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"


def test_verifying_a_partner_address_later_makes_them_a_member(
    client, applicant, members_library
):
    client.force_login(applicant)
    assert client.get(members_library.toolkit.url).status_code == 403

    new_address = f"grace@{PARTNER_DOMAIN}"
    response = client.post("/accounts/email/", {"action_add": "", "email": new_address})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [new_address]
    confirm(client, message.body)

    applicant.refresh_from_db()
    assert applicant.membership == User.Membership.APPROVED
    assert applicant.organisation == members_library.partner
    assert client.get(members_library.toolkit.url).status_code == 200


def test_signing_out_takes_a_post_and_ends_access(client, members_library):
    member = UserFactory(membership=User.Membership.APPROVED, groups=[members_group()])
    client.force_login(member)
    assert client.get(members_library.toolkit.url).status_code == 200
    response = client.get("/accounts/logout/")
    assert response.status_code == 200
    assert re.search(r'<form[^>]+method="post"', response.content.decode())
    client.post("/accounts/logout/")
    assert client.get(members_library.toolkit.url).status_code == 403


def test_the_account_page_says_where_membership_stands(client, applicant):
    assert client.get("/accounts/")["Location"].startswith("/accounts/login/")
    client.force_login(applicant)
    html = client.get("/accounts/").content.decode()
    assert "Waiting for approval" in html
    assert "grace@elsewhere.example" in html
    # Every page's header leads to it once signed in.
    assert '<a class="site-account-link" href="/accounts/">Your account</a>' in html
