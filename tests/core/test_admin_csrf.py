"""
Every POST form in the admin pages the project adds carries its CSRF token.

A form drawn without one is refused on its first press (Members' Approve and
Decline were, when their cell template was rendered without the request). The
pages are found by walking the admin's URLs: each one whose view the project
defines (its `wagtail_hooks.py` files, `core/admin_reports.py`), and each one
of a viewset the project defines, with the viewset's chooser. Each is opened
as a superuser, with the LLA content and a row of everything the listings
list, and every `<form method="post">` in it (JSON answers included: a chooser
sends its HTML inside JSON) must hold a `csrfmiddlewaretoken`.
"""

import datetime
import json
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from wagtail.admin.viewsets import viewsets
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, RevisionMixin, Workflow

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from accounts.models import User
from enquiries.factories import EnquiryFactory
from networks.models import NetworkPage
from resources.models import DownloadCount, ResourcePage
from search.models import SearchMiss

pytestmark = pytest.mark.django_db

# Views that only take a POST: opened with a GET they draw nothing (405, or
# 404 as though not there). Their forms are on the pages that link to them.
POST_ONLY = {
    "members:approve",
    "members:decline",
    "enquiries:retry",
    "outbox:send_again",
}


def project_apps():
    return {
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(settings.BASE_DIR)
        and ".venv" not in Path(config.path).parts
    }


def is_ours(module):
    return module.partition(".")[0] in project_apps()


def project_viewsets():
    """{URL namespace: viewset} for each viewset the project defines, and the
    chooser each of its snippet viewsets brings."""
    get_resolver().url_patterns  # noqa: B018 (loading the URLs registers the viewsets)
    found = {}
    for viewset in viewsets.viewsets:
        if is_ours(type(viewset).__module__):
            found[viewset.url_namespace] = viewset
            chooser = getattr(viewset, "chooser_viewset", None)
            if chooser is not None:
                found[chooser.url_namespace] = chooser
    return found


def admin_routes(patterns=None, prefix="", namespace=""):
    """(route, pattern, namespace) for every URL under admin/."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = (
                    f"{namespace}:{pattern.namespace}"
                    if namespace
                    else (pattern.namespace)
                )
            yield from admin_routes(
                pattern.url_patterns, prefix + str(pattern.pattern), inner
            )
        elif (prefix + str(pattern.pattern)).startswith("admin/"):
            yield prefix + str(pattern.pattern), pattern, namespace


def project_admin_routes():
    """(route, name, view's namespace, viewset) of every admin URL the project
    adds; where two share a route, the first is the one that answers."""
    ours, seen = project_viewsets(), set()
    for route, pattern, namespace in admin_routes():
        if route in seen:
            continue
        seen.add(route)
        view = getattr(pattern.callback, "view_class", pattern.callback)
        if namespace in ours or is_ours(view.__module__):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield route, name, ours.get(namespace), pattern


def one_of(model):
    """A row of `model`: the first there is, or one made by its app's factory
    (STYLE.md: one factory per model, in <app>/factories.py)."""
    row = model._default_manager.order_by("pk").first()
    if row is None:
        factories = import_module(f"{model._meta.app_config.name}.factories")
        row = getattr(factories, f"{model.__name__}Factory")()
    if isinstance(row, RevisionMixin) and row.latest_revision is None:
        row.save_revision()
    return row


def url_for(route, name, viewset, pattern, applicant):
    """The address of one admin URL, its arguments filled in with real rows."""
    arguments = set(pattern.pattern.regex.groupindex)
    if not arguments:
        if name:
            return reverse(name)
        return "/" + route
    model = getattr(viewset, "model", None)
    row = one_of(model) if model else applicant
    values = {
        "pk": row.pk,
        "revision_id": getattr(row, "latest_revision_id", None),
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }
    unknown = arguments - {key for key, value in values.items() if value}
    assert not unknown, f"{route}: nothing to fill {unknown} with; add it here"
    return reverse(name, kwargs={key: values[key] for key in arguments})


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


def html_of(response):
    if response["Content-Type"].startswith("application/json"):
        data = json.loads(response.content)
        return "".join(
            value for value in data.values() if isinstance(value, str) and "<" in value
        )
    return response.content.decode()


@pytest.fixture
def admin_with_rows(lla_site):
    """The LLA content, and a row in every listing and report the project adds."""
    superuser = UserFactory(is_superuser=True, email="admin@lla.example")
    now = timezone.now()
    applicant = None
    for status in User.Membership.values[1:]:
        person = UserFactory(
            email=f"{status}@school.example",
            membership=status,
            membership_requested_at=now,
            organisation_name="Armley Primary School",
        )
        EmailAddress.objects.create(user=person, email=person.email, verified=True)
        applicant = applicant or person
    network = NetworkPage.objects.live().order_by("title").first()
    EnquiryFactory(networks=[network])

    SearchMiss.objects.create(
        query_string="forest school", scope="site", date=now.date(), hits=2
    )
    Query.get("phonics").add_hit()
    resource = ResourcePage.objects.live().order_by("pk").first()
    DownloadCount.objects.create(resource=resource, date=now.date(), count=3)

    # Locked, in moderation, and not published for a long while: a row in
    # each of Wagtail's reports that the project serves.
    page = Page.objects.get(pk=resource.pk).specific
    page.locked, page.locked_by, page.locked_at = True, superuser, now
    page.save()
    page.save_revision(user=superuser, log_action=True)
    Workflow.objects.filter(active=True).first().start(page, superuser)
    Page.objects.filter(pk=network.pk).update(
        last_published_at=now - datetime.timedelta(days=400)
    )
    return superuser, applicant


def test_every_post_form_in_the_projects_admin_pages_has_a_csrf_token(
    client, admin_with_rows
):
    superuser, applicant = admin_with_rows
    client.force_login(superuser)
    opened, missing = {}, {}
    for route, name, viewset, pattern in project_admin_routes():
        url = url_for(route, name, viewset, pattern, applicant)
        response = client.get(url)
        if name in POST_ONLY:
            assert response.status_code in (404, 405), url
            continue
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
