"""
Every POST form in the admin pages the project adds carries its CSRF token.

A form drawn without one is refused on its first press (Members' Approve and
Decline were, when their cell template was rendered without the request).
Each page the project adds to the admin (its `wagtail_hooks.py` files' views
and viewsets, `core/admin_reports.py`) is opened as a superuser, with the LLA
content and a row of everything the listings list, and every
`<form method="post">` in it (JSON answers included: a chooser sends its HTML
inside JSON) must hold a `csrfmiddlewaretoken`.

The pages are walked by tests/core/admin_walk.py.
"""

from django.test import Client
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from accounts.models import User

from .admin_walk import html_of, project_admin_pages

pytestmark = pytest.mark.django_db


def sent_by_script(form):
    """
    Wagtail's own script-driven forms (its editing-sessions ping) have no
    submit button and are sent by its `w-swap` controller with the token in a
    header (wagtailConfig.CSRF_HEADER_NAME), never by the browser.
    """
    controllers = (form.get("data-controller") or "").split()
    buttons = [
        button
        for button in form.find_all(["button", "input"])
        if (button.get("type") or ("submit" if button.name == "button" else ""))
        .strip()
        .lower()
        == "submit"
    ]
    return "w-swap" in controllers and not buttons


def forms_without_a_token(html):
    soup = BeautifulSoup(html, "html.parser")
    missing = []
    for form in soup.find_all("form"):
        if (form.get("method") or "").strip().lower() != "post":
            continue
        if sent_by_script(form):
            continue
        token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})
        if token is None or not token.get("value"):
            missing.append(str(form)[:300])
    return missing


def test_every_post_form_in_the_projects_admin_pages_has_a_csrf_token(
    client, admin_with_rows
):
    superuser, _ = admin_with_rows
    client.force_login(superuser)
    opened, missing = {}, {}
    for url, _, response in project_admin_pages(client):
        opened[url] = response.status_code
        forms = response.status_code == 200 and forms_without_a_token(html_of(response))
        if forms:
            missing[url] = forms
    # The dashboard: its enquiries panel is the project's.
    response = client.get("/admin/")
    if forms := forms_without_a_token(response.content.decode()):
        missing["/admin/"] = forms

    assert missing == {}
    # Every page opened (a redirect is a page that moved, and was followed by
    # the browser to one of these); none was refused or missing.
    refused = {
        url: status for url, status in opened.items() if status not in (200, 302, 405)
    }
    assert refused == {}
    # The walk reached what it is for: the listings with forms in their rows,
    # and each kind of view the project adds.
    for expected in (
        "/admin/members/",
        "/admin/enquiries/",
        "/admin/topics/",
        "/admin/reports/search-no-results/",
        "/admin/reports/downloads/",
        "/admin/reports/site-history/",
        "/admin/snippets/networks/person/",
        "/admin/snippets/search/synonym/",
    ):
        assert opened.get(expected) == 200, expected


def test_a_listing_that_draws_post_forms_without_a_token_is_caught():
    """The check itself: a form with no token, or an empty one, is reported."""
    html = """
        <form method="POST" action="/a/"><button>Go</button></form>
        <form method="post" action="/b/">
          <input type="hidden" name="csrfmiddlewaretoken" value="">
        </form>
        <form method="post" action="/c/">
          <input type="hidden" name="csrfmiddlewaretoken" value="x1">
        </form>
        <form method="get" action="/d/"></form>
        <form method="post" data-controller="w-swap w-session" action="/e/"></form>
        <form method="post" data-controller="w-swap" action="/f/">
          <button>Go</button>
        </form>
    """
    missing = forms_without_a_token(html)
    assert [BeautifulSoup(form, "html.parser").form["action"] for form in missing] == [
        "/a/",
        "/b/",
        "/f/",
    ]


# A form refused in the admin is answered in the admin's own design.

ADMIN_CSS = "wagtailadmin/css/core.css"
SITE_CSS = "/static/css/site.css"


@pytest.fixture
def editor():
    from networks.permissions import ensure_lla_editors_group

    return UserFactory(first_name="Eddie", groups=[ensure_lla_editors_group()])


@pytest.fixture
def waiting():
    return UserFactory(
        first_name="Grace",
        last_name="Applicant",
        email="grace@school.example",
        membership=User.Membership.PENDING,
    )


def refused_in_the_admin(client, path, data, **headers):
    response = client.post(path, data, headers=headers)
    assert response.status_code == 403
    # It holds what was typed: never kept by a cache.
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def test_a_refused_admin_form_is_answered_in_the_admins_design(editor, waiting):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    path = reverse("members:approve", args=[waiting.pk])
    html, soup = refused_in_the_admin(
        client,
        path,
        {"next": "/admin/members/?p=2"},
        Referer="http://testserver/admin/members/?p=2",
    )

    assert ADMIN_CSS in html
    assert SITE_CSS not in html
    # The admin's menu is there, as on any admin page.
    assert soup.find(attrs={"data-wagtail-sidebar": True}) is not None
    [h1] = soup.find_all("h1")
    assert h1.get_text(strip=True) == "Your form was not sent"
    text = soup.get_text(" ", strip=True)
    assert "Nothing was changed" in text
    assert "security check" in text
    # The way back: to the page the form was on, and to the dashboard.
    back = soup.find("a", string="Go back to the page you were on")
    assert back["href"] == "/admin/members/?p=2"
    assert soup.find("a", href="/admin/")
    waiting.refresh_from_db()
    assert waiting.membership == User.Membership.PENDING

    # Or the same action again, with a fresh token: it goes through.
    [form] = soup.select("main form[method=post]")
    assert form["action"] == path
    assert form.find("button").get_text(strip=True) == "Send again"
    resent = {
        field["name"]: field["value"] for field in form.find_all("input", type="hidden")
    }
    assert resent["next"] == "/admin/members/?p=2"
    assert resent["csrfmiddlewaretoken"]
    response = client.post(path, resent)
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.membership == User.Membership.APPROVED


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Referer": "https://evil.example/x.html"},
        {"Origin": "https://evil.example"},
    ],
)
def test_an_admin_form_from_another_site_is_not_offered_back(editor, waiting, headers):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    path = reverse("members:approve", args=[waiting.pk])
    html, soup = refused_in_the_admin(client, path, {"next": "/admin/"}, **headers)
    assert ADMIN_CSS in html
    assert soup.select("main form[method=post]") == []
    assert "evil.example" not in html
    # No page of its own to go back to: the dashboard.
    back = soup.find("a", string="Go to the dashboard")
    assert back["href"] == "/admin/"


def test_a_signed_out_editor_is_asked_to_sign_in_again():
    """A sign-in form left open past its token: the admin's sign-in look."""
    client = Client(enforce_csrf_checks=True)
    html, soup = refused_in_the_admin(
        client,
        "/admin/login/",
        {"username": "eddie@lla.example", "password": "never-echoed-1"},
        Referer="http://testserver/admin/login/?next=/admin/members/",
    )
    assert ADMIN_CSS in html
    assert SITE_CSS not in html
    assert "never-echoed" not in html
    assert soup.find("h1").get_text(strip=True) == "Your form was not sent"
    sign_in = soup.find("a", string="Sign in again")
    assert sign_in["href"] == "/admin/login/?next=/admin/members/"


def test_a_refused_form_on_the_site_keeps_the_sites_design():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/search/", {"q": "maths"})
    assert response.status_code == 403
    html = response.content.decode()
    assert SITE_CSS in html
    assert ADMIN_CSS not in html
