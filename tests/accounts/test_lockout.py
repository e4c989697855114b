"""
Five wrong passwords lock that email address from that IP for the cool-off
period; the member can still sign in from elsewhere, and others from here.
"""

import datetime
import itertools

from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt

from accounts.factories import UserFactory
from accounts.lockout import attempted_username
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


# One account, named four ways: each is a way in for the same password.
WAYS = {
    "username at the admin": ("/admin/login/", "username", "admin"),
    "email at the admin": ("/admin/login/", "username", "Admin@Example.org"),
    "email at the site": ("/accounts/login/", "login", "admin@example.org"),
    "second address at the site": ("/accounts/login/", "login", "ops@lla.example"),
}
OTHER_WAYS = {
    "username at the admin": ("/admin/login/", "username", "grace"),
    "email at the site": ("/accounts/login/", "login", "grace@example.org"),
}


def verified_user(username, *emails, **fields):
    user = UserFactory(username=username, email=emails[0], password=PASSWORD, **fields)
    for index, email in enumerate(emails):
        EmailAddress.objects.create(
            user=user, email=email, verified=True, primary=index == 0
        )
    return user


@pytest.fixture
def admin(home):
    return verified_user(
        "admin", "admin@example.org", "ops@lla.example", is_superuser=True
    )


@pytest.fixture
def colleague(home):
    return verified_user("grace", "grace@example.org", is_superuser=True)


def attempt(client, way, password, ip):
    url, field, name = way
    return client.post(url, {field: name, "password": password}, REMOTE_ADDR=ip)


def lock_out(client, way, ip=SCHOOL_IP):
    for _ in range(5):
        response = attempt(client, way, "wrong-password", ip)
        assert response.status_code in (200, 429)


@pytest.mark.parametrize(
    ("lock_with", "try_with"),
    [
        pytest.param(WAYS[a], WAYS[b], id=f"{a}, then {b}")
        for a, b in itertools.permutations(WAYS, 2)
    ],
)
def test_a_locked_account_is_locked_however_it_is_named(
    client, admin, lock_with, try_with
):
    lock_out(client, lock_with)
    response = attempt(client, try_with, PASSWORD, SCHOOL_IP)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("lock_with", "try_with"),
    [
        pytest.param(WAYS[a], OTHER_WAYS[b], id=f"{a}, then grace's {b}")
        for a, b in itertools.product(WAYS, OTHER_WAYS)
    ],
)
def test_another_account_signs_in_from_the_same_ip(
    client, admin, colleague, lock_with, try_with
):
    lock_out(client, lock_with)
    response = attempt(client, try_with, PASSWORD, SCHOOL_IP)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == colleague.pk


@pytest.mark.parametrize(
    ("lock_with", "try_with"),
    [
        pytest.param(WAYS[a], WAYS[b], id=f"{a}, then {b} from home")
        for a, b in itertools.product(WAYS, WAYS)
    ],
)
def test_the_same_account_signs_in_from_another_ip(client, admin, lock_with, try_with):
    lock_out(client, lock_with)
    response = attempt(client, try_with, PASSWORD, HOME_IP)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == admin.pk


def test_the_lockout_key_is_the_account_found_in_one_query(
    admin, colleague, rf, django_assert_num_queries
):
    keys = set()
    for url, field, name in WAYS.values():
        request = rf.post(url, {field: name})
        # What each login passes to authenticate(): allauth's, the email.
        credentials = {"email" if field == "login" else "username": f" {name.upper()} "}
        with django_assert_num_queries(1):
            keys.add(attempted_username(request, credentials))
            # Axes asks again in the same request: it is answered from memory.
            keys.add(attempted_username(request, credentials))
    assert len(keys) == 1
    assert attempted_username(None, {"username": "grace"}) not in keys
    # Someone with no account is known by what was typed, in lower case.
    assert attempted_username(None, {"email": " Nobody@Example.ORG "}) == (
        "nobody@example.org"
    )
