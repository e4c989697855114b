"""
Five wrong passwords lock that email address from that IP for the cool-off
period; the member can still sign in from elsewhere, and others from here.
"""

import datetime

from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt

from accounts.factories import UserFactory
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SCHOOL_IP = "203.0.113.10"
HOME_IP = "198.51.100.7"


@pytest.fixture(autouse=True)
def _axes_on(settings):
    """The test settings turn django-axes off; these tests are about it."""
    settings.AXES_ENABLED = True


@pytest.fixture
def member(home):
    user = UserFactory(email="ada@school.example", password=PASSWORD)
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


def sign_in(client, email, password, ip):
    return client.post(
        "/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=ip
    )


def fail_five_times(client, email, ip=SCHOOL_IP):
    for attempt in range(5):
        response = sign_in(client, email, "wrong-password", ip)
        assert response.status_code in (200, 429), attempt
    return response


def test_five_wrong_passwords_lock_that_address_from_that_ip(client, member):
    for _ in range(4):
        response = sign_in(client, member.email, "wrong-password", SCHOOL_IP)
        assert response.status_code == 200
        assert "The email address and/or password you specified are not correct." in (
            response.content.decode()
        )
    response = sign_in(client, member.email, "wrong-password", SCHOOL_IP)
    assert response.status_code == 429

    # Now even the right password is refused from there, with a clear page.
    response = sign_in(client, member.email, PASSWORD, SCHOOL_IP)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many attempts to sign in" in html
    assert "Try again in 15 minutes." in html
    assert '<main id="main"' in html
    assert "_auth_user_id" not in client.session


def test_the_same_member_signs_in_from_another_ip(client, member):
    fail_five_times(client, member.email)
    response = sign_in(client, member.email, PASSWORD, HOME_IP)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


def test_another_member_signs_in_from_the_same_ip(client, member):
    colleague = UserFactory(email="grace@school.example", password=PASSWORD)
    EmailAddress.objects.create(
        user=colleague, email=colleague.email, verified=True, primary=True
    )
    fail_five_times(client, member.email)
    response = sign_in(client, colleague.email, PASSWORD, SCHOOL_IP)
    assert response.status_code == 302


def test_the_case_of_the_address_does_not_buy_more_attempts(client, member):
    for email in [
        "ada@school.example",
        "ADA@school.example",
        "Ada@School.Example",
        " ada@school.example ",
        "ada@SCHOOL.example",
    ]:
        sign_in(client, email, "wrong-password", SCHOOL_IP)
    assert sign_in(client, member.email, PASSWORD, SCHOOL_IP).status_code == 429


def test_the_lock_lifts_after_the_cool_off_period(client, member):
    fail_five_times(client, member.email)
    assert sign_in(client, member.email, PASSWORD, SCHOOL_IP).status_code == 429

    AccessAttempt.objects.update(
        attempt_time=timezone.now() - datetime.timedelta(minutes=16)
    )
    response = sign_in(client, member.email, PASSWORD, SCHOOL_IP)
    assert response.status_code == 302


def test_the_admin_login_is_protected_too(client, home):
    editor = UserFactory(username="editor", is_superuser=True, password=PASSWORD)
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR=SCHOOL_IP,
        )
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR=SCHOOL_IP,
    )
    assert response.status_code == 429
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR=HOME_IP,
    )
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == editor.pk
