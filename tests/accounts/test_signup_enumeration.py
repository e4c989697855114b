"""
Signing up with an address that already has an account looks and takes the
same as signing up with a new one: the same redirect and page, and the same
password hashing, which with production's Argon2 is nearly all the time a
sign-up takes.
"""

import re

from django.contrib.auth.hashers import get_hasher
from django.test import Client

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from accounts.models import User
from tests.accounts.conftest import PASSWORD, signup_data

pytestmark = pytest.mark.django_db

TAKEN = "ada@school.example"


@pytest.fixture
def hashings(monkeypatch):
    """The passwords the configured hasher is asked to hash, in order."""
    hasher_class = type(get_hasher())
    encode = hasher_class.encode
    calls = []

    def counting_encode(self, password, *args, **kwargs):
        calls.append(password)
        return encode(self, password, *args, **kwargs)

    monkeypatch.setattr(hasher_class, "encode", counting_encode)
    return calls


@pytest.fixture
def account(home):
    user = UserFactory(email=TAKEN)
    EmailAddress.objects.create(user=user, email=TAKEN, verified=True, primary=True)
    EmailAddress.objects.create(user=user, email="a.lovelace@home.example")
    return user


def sign_up(email):
    """
    A sign-up by a new visitor: the response, and the main text of the page
    it leads to, with the address typed in it made "EMAIL".
    """
    client = Client()
    response = client.post("/accounts/signup/", signup_data(email))
    page = client.get(response["Location"])
    main = BeautifulSoup(page.content, "html.parser").find("main")
    text = " ".join(main.get_text().split())
    return response, re.sub(re.escape(email), "EMAIL", text, flags=re.IGNORECASE)


@pytest.mark.parametrize(
    "email",
    [
        pytest.param("grace@elsewhere.example", id="a new address"),
        pytest.param(TAKEN, id="an account's address"),
        pytest.param(TAKEN.upper(), id="an account's address in capitals"),
        pytest.param("a.lovelace@home.example", id="an account's second address"),
    ],
)
def test_a_sign_up_hashes_the_password_once_whoever_has_the_address(
    account, hashings, email
):
    new_response, new_page = sign_up("someone.new@elsewhere.example")
    assert hashings == [PASSWORD]
    hashings.clear()

    response, page = sign_up(email)

    assert hashings == [PASSWORD]
    assert response.status_code == new_response.status_code == 302
    assert response["Location"] == new_response["Location"]
    assert response["Location"] == "/accounts/confirm-email/"
    assert page == new_page


def test_a_second_sign_up_with_a_taken_address_still_hashes(account, hashings):
    """allauth skips the second "already exists" email; the hashing is not skipped."""
    sign_up(TAKEN)
    hashings.clear()
    response, _ = sign_up(TAKEN)
    assert response["Location"] == "/accounts/confirm-email/"
    assert hashings == [PASSWORD]
    assert User.objects.count() == 1
