"""
What a visitor and a member do, over HTTP, for the fault tests: send a join
request, sign in, sign up, ask for a password reset. Each returns the final
answer; the tests say what it must be.
"""

import itertools

from .stack import MEMBER_EMAIL, MEMBER_PASSWORD, first_network_id

_numbers = itertools.count(1)


def join_request(browser, name=None):
    """A join request for the first network, through the real contact form."""
    page = browser.get("/contact/")
    assert page.status == 200, (page.status, page.text[:300])
    number = next(_numbers)
    return browser.submit_form(
        page,
        {
            "networks": first_network_id(page),
            "name": name or f"Visitor {number}",
            "email": f"visitor{number}@school.example",
            "organisation": "Bankside Primary",
            "message": "We would like to join the network, please.",
            "consent": "on",
        },
        field="message",
    )


def thanked(answer):
    return answer.status == 200 and answer.path.endswith("/thanks/")


def sign_in(browser, email=MEMBER_EMAIL, password=MEMBER_PASSWORD):
    return browser.submit(
        "/accounts/login/", {"login": email, "password": password}, field="password"
    )


def sign_up(browser, email):
    return browser.submit(
        "/accounts/signup/",
        {
            "name": "Grace Hopper",
            "organisation_name": "Bankside Primary",
            "email": email,
            "password1": "another-long-Pass-phrase-7",
            "password2": "another-long-Pass-phrase-7",
        },
        field="password1",
    )


def password_reset(browser, email=MEMBER_EMAIL):
    return browser.submit("/accounts/password/reset/", {"email": email}, field="email")


def account_page_answers(browser):
    """Whether the browser is signed in: its account page answers 200."""
    return browser.get("/accounts/", follow=False).status == 200
