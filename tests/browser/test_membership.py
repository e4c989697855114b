"""
A visitor signs up in Chromium from a members-only toolkit, confirms their
email address from the link we send, and opens the toolkit at once when the
address is at a partner's domain; anyone else is told their membership waits
for an editor's approval. The account pages and their error states pass axe-core.
"""

import re

from django.core import mail

import pytest

from accounts.factories import UserFactory
from accounts.models import User
from networks.models import Organisation
from resources.models import MEMBERS_GROUP, ToolkitPage

from .conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a long and unguessable passphrase 42"
TEASER = "This resource is for members"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+/accounts/confirm-email/[^/\s]+/")


def members_only_toolkit():
    """A listed members-only toolkit: the LLA content's, made one if need be."""
    toolkit = ToolkitPage.objects.filter(
        members_only=True, listed=True, live=True
    ).first()
    if toolkit is None:
        toolkit = ToolkitPage.objects.filter(live=True).first()
        toolkit.members_only = True
        toolkit.listed = True
        toolkit.save_revision().publish()
    return toolkit


def partner_with_domain(domain):
    organisation = Organisation.objects.order_by("pk").first()
    organisation.email_domains = domain
    organisation.save()
    return organisation


def sign_up(page, email, name="Grace Member"):
    """Fills in and sends the sign-up form the page shows."""
    page.get_by_label("Your name").fill(name)
    page.get_by_label("School or organisation").fill("Leeds Secondary School")
    page.get_by_label("Role").fill("Head of English")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    assert page.locator("h1").text_content().strip() == "Check your email"


def confirm_from_email(page, email):
    """Opens the link in the verification email and presses Confirm."""
    [message] = [m for m in mail.outbox if m.to == [email]]
    link = CONFIRM_LINK.search(message.body)
    assert link, message.body
    page.goto(link[0])
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(lambda url: "/confirm-email/" not in url)


def account_says(page, live_url, membership):
    """The visitor is signed in, and their own page gives their membership."""
    page.goto(live_url + "/accounts/")
    assert page.locator("h1").text_content() == "Your account"
    assert page.get_by_text(membership).is_visible()


def test_staff_of_a_partner_sign_up_and_open_a_members_only_toolkit(page, lla_live):
    toolkit = members_only_toolkit()
    partner = partner_with_domain("partner.example")
    summary = page.locator("p.lead")

    response = page.goto(lla_live.url + toolkit.url)
    assert response.status == 403
    assert page.locator("h1").text_content() == toolkit.title
    assert page.get_by_text("Members only", exact=True).is_visible()
    assert page.get_by_text(TEASER).is_visible()
    assert summary.count() == 0
    assert toolkit.summary not in page.content()

    page.get_by_role("link", name="Sign in to open it").click()
    page.wait_for_url(re.compile(r"/accounts/login/\?next="))
    page.get_by_role("link", name="Create an account").click()
    page.wait_for_url(re.compile(r"/accounts/signup/"))
    sign_up(page, "grace@partner.example")

    user = User.objects.get(email="grace@partner.example")
    assert user.membership == User.Membership.PENDING
    confirm_from_email(page, "grace@partner.example")
    welcome = f"your address at {partner} makes you a member"
    assert page.get_by_text(welcome).is_visible()

    user.refresh_from_db()
    assert user.membership == User.Membership.APPROVED
    assert user.organisation == partner
    assert user.groups.filter(name=MEMBERS_GROUP).exists()

    account_says(page, lla_live.url, "You are a member")
    response = page.goto(lla_live.url + toolkit.url)
    assert response.status == 200
    assert summary.text_content().strip() == toolkit.summary
    assert page.get_by_role("heading", name="Contents").is_visible()
    # The page still says it is for members, but no longer holds it back.
    assert page.get_by_text(TEASER).count() == 0
    assert page.get_by_text("Sign in to open it").count() == 0


def test_anyone_else_waits_for_approval_after_verifying(page, lla_live):
    toolkit = members_only_toolkit()
    partner_with_domain("partner.example")

    page.goto(lla_live.url + toolkit.url)
    page.get_by_role("link", name="Create one").click()
    page.wait_for_url(re.compile(r"/accounts/signup/"))
    sign_up(page, "alan@elsewhere.example", name="Alan Applicant")
    confirm_from_email(page, "alan@elsewhere.example")
    assert page.get_by_text("An LLA editor will check your membership").is_visible()

    user = User.objects.get(email="alan@elsewhere.example")
    assert user.membership == User.Membership.PENDING
    assert not user.groups.filter(name=MEMBERS_GROUP).exists()

    account_says(page, lla_live.url, "Waiting for approval")
    response = page.goto(lla_live.url + toolkit.url)
    assert response.status == 403
    assert page.get_by_text("waiting for approval").is_visible()
    assert page.locator("p.lead").count() == 0
    assert page.get_by_text("Sign in to open it").count() == 0


def test_the_account_pages_and_their_errors_pass_axe(page, lla_live):
    for path in ["/accounts/signup/", "/accounts/login/", "/accounts/password/reset/"]:
        response = page.goto(lla_live.url + path)
        assert response.status == 200, path
        assert axe_violations(page) == [], path

    page.goto(lla_live.url + "/accounts/signup/")
    page.get_by_role("button", name="Create account").click()
    page.locator(".error-summary").wait_for()
    assert axe_violations(page) == [], "sign-up errors"

    UserFactory(email="ada@school.example")
    page.goto(lla_live.url + "/accounts/login/")
    page.get_by_label("Email").fill("ada@school.example")
    page.get_by_label("Password").fill("not her password")
    page.get_by_role("button", name="Sign in").click()
    page.locator(".error-summary").wait_for()
    assert axe_violations(page) == [], "sign-in errors"
