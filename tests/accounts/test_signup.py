"""
Educators sign up, verify their email address over a real SMTP server, and
become members: at once at a partner organisation's domain, otherwise once an
LLA editor approves them.
"""

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from accounts.models import User
from core.models import SiteSettings
from networks.permissions import ensure_lla_editors_group
from resources.models import MEMBERS_GROUP, is_member
from tests.accounts.conftest import PARTNER_DOMAIN, PASSWORD, confirm, signup_data

pytestmark = pytest.mark.django_db

MEMBERS_ONLY_TEXT = "Quasar summary only members read."


def _body(message):
    return message.get_body(("plain",)).get_content()


def test_a_partners_teacher_signs_up_verifies_by_email_and_opens_a_members_only_toolkit(
    client, members_library, smtp_server, email_queue
):
    """Must-show 2, partner domain: sign up, real SMTP, open the toolkit."""
    toolkit = members_library.toolkit
    assert client.get(toolkit.url).status_code == 403

    email = f"ada@{PARTNER_DOMAIN}"
    response = client.post("/accounts/signup/", signup_data(email))
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    # The mail is queued, not sent in the request.
    assert smtp_server.received == []
    email_queue.run_worker()
    [message] = smtp_server.wait_for(1)
    assert smtp_server.received[0].recipients == [email]
    assert message["Subject"] == "Leeds Learning Alliance: Confirm your email address"

    # Not a member, and not signed in, until the address is verified.
    assert client.get(toolkit.url).status_code == 403
    confirm(client, _body(message))

    user = User.objects.get(email=email)
    assert user.membership == User.Membership.APPROVED
    assert user.organisation == members_library.partner
    assert user.membership_decided_by is None
    assert user.groups.filter(name=MEMBERS_GROUP).exists()
    assert (user.first_name, user.last_name) == ("Ada", "Lovelace")
    response = client.get(toolkit.url)
    assert response.status_code == 200
    assert MEMBERS_ONLY_TEXT in response.content.decode()
    assert client.get(members_library.chapter.url).status_code == 200

    # Signed out and back in with the password, still a member.
    client.post("/accounts/logout/")
    assert client.get(toolkit.url).status_code == 403
    response = client.post(
        "/accounts/login/", {"login": email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(toolkit.url).status_code == 200


def test_anyone_else_waits_for_approval_and_the_alliance_inbox_is_told(
    client, members_library, smtp_server, email_queue
):
    """Must-show 2, any other domain: pending until an LLA editor approves."""
    SiteSettings.objects.update_or_create(
        site=members_library.toolkit.get_site(),
        defaults={"alliance_inbox": "networks@example.org"},
    )
    email = "grace@elsewhere.example"
    client.post("/accounts/signup/", signup_data(email, name="Grace Hopper"))
    email_queue.run_worker()
    [verification] = smtp_server.wait_for(1)
    smtp_server.clear()
    response = confirm(client, _body(verification))

    user = User.objects.get(email=email)
    assert user.membership == User.Membership.PENDING
    assert not is_member(user)
    # Signed in, but the toolkit still says what is going on.
    response = client.get(members_library.toolkit.url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "waiting for approval" in html
    assert MEMBERS_ONLY_TEXT not in html

    email_queue.run_worker()
    [waiting] = smtp_server.wait_for(1)
    assert smtp_server.received[0].recipients == ["networks@example.org"]
    text = _body(waiting)
    assert "Grace Hopper" in text
    assert "http://testserver/admin/members/" in text
    # The inbox is told who, not the person's address.
    assert email not in text


def test_an_address_at_a_subdomain_of_a_partner_is_not_a_partners(
    client, members_library
):
    client.post("/accounts/signup/", signup_data(f"pupil@year6.{PARTNER_DOMAIN}"))
    address = EmailAddress.objects.get(email=f"pupil@year6.{PARTNER_DOMAIN}")
    from django.core import mail

    confirm(client, mail.outbox[0].body)
    address.refresh_from_db()
    assert address.verified
    assert address.user.membership == User.Membership.PENDING


def test_an_unverified_account_cannot_sign_in(client, members_library):
    email = f"ada@{PARTNER_DOMAIN}"
    client.post("/accounts/signup/", signup_data(email))
    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    # allauth sends them to "verify your email" and lets no one in.
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get(members_library.toolkit.url).status_code == 403


def test_sign_up_mistakes_are_explained_and_nothing_typed_is_lost(client, home):
    response = client.post(
        "/accounts/signup/",
        signup_data("not-an-address", name="", password2="different-Pass-99"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "Enter your name." in html
    assert "Enter a valid email address." in html
    assert "You must type the same password each time." in html
    assert 'value="Bankside Primary School"' in html
    assert 'aria-invalid="true"' in html
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "field", ["name", "organisation_name", "job_title"], ids=lambda f: f
)
def test_a_line_break_or_an_overlong_detail_is_refused(client, home, field):
    response = client.post(
        "/accounts/signup/", signup_data("ada@x.example", **{field: "Ada\r\nBcc: x"})
    )
    assert "Use a single line: remove the line break." in response.content.decode()
    response = client.post(
        "/accounts/signup/", signup_data("ada@x.example", **{field: "x" * 10_000})
    )
    assert response.status_code == 200
    assert "characters or fewer" in response.content.decode()
    assert not User.objects.exists()


def test_signing_up_with_an_address_already_in_use_gives_nothing_away(
    client, members_library
):
    """With enumeration prevention, the page is the same as for a new address."""
    UserFactory(email=f"ada@{PARTNER_DOMAIN}")
    EmailAddress.objects.create(
        user=User.objects.get(), email=f"ada@{PARTNER_DOMAIN}", verified=True
    )
    response = client.post("/accounts/signup/", signup_data(f"ada@{PARTNER_DOMAIN}"))
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert User.objects.count() == 1


def test_editors_are_never_asked_to_apply(client, members_library):
    editor = UserFactory(groups=[ensure_lla_editors_group()])
    assert editor.membership == User.Membership.NONE
    client.force_login(editor)
    assert client.get(members_library.toolkit.url).status_code == 200


def test_an_expired_or_mangled_confirmation_link_says_what_to_do(client, home):
    for path in [
        "/accounts/confirm-email/not-a-key/",
        "/accounts/confirm-email/MQ:x:y/",
    ]:
        response = client.get(path)
        assert response.status_code in (200, 404)
        assert "This link has expired or is not valid." in response.content.decode()
        response = client.post(path)
        assert response.status_code < 500


BAD_VALUES = [
    "",
    "x" * 10_000,
    "ada@school.example\r\nBcc: eve@evil.example",
    "ada@\u2028school.example",
    "\x00",
    "<script>alert(1)</script>@school.example",
]


@pytest.mark.parametrize("value", BAD_VALUES, ids=range(len(BAD_VALUES)))
@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/accounts/login/", "login"),
        ("/accounts/signup/", "email"),
        ("/accounts/password/reset/", "email"),
    ],
)
def test_bad_input_to_the_account_forms_gets_a_message_not_a_crash(
    client, home, path, field, value
):
    data = signup_data("ada@school.example", password="x")
    data[field] = value
    response = client.post(path, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "<script>alert(1)</script>" not in html
    assert not User.objects.exists()
