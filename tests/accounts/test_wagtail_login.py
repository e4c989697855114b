"""
Wagtail's own front-end login (/_util/login/) is not a way round the site's:
an account whose email address is not verified gets no session there, and
every way Wagtail sends a visitor to sign in lands on the site's login.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from accounts.membership import members_group
from home.factories import StandardPageFactory
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SITE_LOGIN = "/accounts/login/"


def make_user(email, *, verified):
    user = UserFactory(username=email.partition("@")[0], email=email, password=PASSWORD)
    EmailAddress.objects.create(
        user=user, email=user.email, verified=verified, primary=True
    )
    return user


@pytest.fixture
def unverified(home):
    return make_user("grace@elsewhere.example", verified=False)


@pytest.fixture
def member(home):
    return make_user("ada@school.example", verified=True)


@pytest.mark.parametrize("login", ["username", "email"])
def test_an_unverified_account_gets_no_session_through_wagtails_login(
    client, unverified, login
):
    response = client.post(
        "/_util/login/",
        {"username": getattr(unverified, login), "password": PASSWORD, "next": "/"},
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 302
    assert response["Location"].partition("?")[0] == SITE_LOGIN


def test_the_site_login_refuses_the_unverified_account_and_admits_a_member(
    client, unverified, member
):
    response = client.post(
        SITE_LOGIN, {"login": unverified.email, "password": PASSWORD}
    )
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    response = client.post(SITE_LOGIN, {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


@pytest.mark.parametrize(
    ("next_url", "location"),
    [
        ("/networks/?phase=1", f"{SITE_LOGIN}?next=/networks/%3Fphase%3D1"),
        ("", SITE_LOGIN),
        ("https://evil.example/", SITE_LOGIN),
        ("//evil.example/", SITE_LOGIN),
        ("/\\evil.example/", SITE_LOGIN),
    ],
)
def test_wagtails_login_sends_visitors_to_the_site_login_with_a_safe_next(
    client, home, next_url, location
):
    response = client.get("/_util/login/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == location


def test_a_private_page_sends_a_visitor_to_the_site_login_and_back(
    client, home, member
):
    page = StandardPageFactory(parent=home, title="Governance", slug="governance")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"] == f"{SITE_LOGIN}?next=/governance/"

    response = client.post(
        response["Location"], {"login": member.email, "password": PASSWORD}
    )
    assert response["Location"] == "/governance/"
    assert client.get(page.url).status_code == 200


def test_a_private_collections_document_never_offers_wagtails_login(client, member):
    """
    Wagtail would send a visitor to sign in; the library's own hook answers
    first (resources/documents.py): a 404 for anyone but a member.
    """
    private = Collection.get_first_root_node().add_child(name="Private papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Minutes",
        file=SimpleUploadedFile("minutes.pdf", b"%PDF minutes"),
        collection=private,
    )
    assert client.get(document.url).status_code == 404
    members_group().user_set.add(member)
    client.force_login(member)
    assert client.get(document.url).status_code == 200


def test_a_page_password_still_opens_the_page(client, home):
    page = StandardPageFactory(
        parent=home, title="Trustees", intro="Glimmerwick minutes for trustees."
    )
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="trustees-only",  # noqa: S106
    )
    action = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    response = client.get(page.url)
    assert response.status_code == 200
    assert action in response.content.decode()
    assert "Glimmerwick" not in response.content.decode()

    response = client.post(action, {"password": "wrong", "return_url": page.url})
    assert response.status_code == 200
    assert "Glimmerwick" not in client.get(page.url).content.decode()

    response = client.post(
        action, {"password": "trustees-only", "return_url": page.url}
    )
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert "Glimmerwick" in client.get(page.url).content.decode()


@pytest.mark.parametrize("who", ["unverified", "member", "member in the group"])
@pytest.mark.parametrize("login", ["username", "email"])
def test_the_admin_login_gives_no_session_to_those_who_cannot_use_the_admin(
    client, unverified, member, who, login
):
    user = {"unverified": unverified, "member": member}.get(who, member)
    if who == "member in the group":
        user.groups.add(members_group())
    response = client.post(
        "/admin/login/", {"username": getattr(user, login), "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200
    assert "This account cannot use the admin" in response.content.decode()


def test_the_admin_login_still_signs_in_an_editor(client, home):
    from networks.permissions import ensure_lla_editors_group

    editor = UserFactory(username="editor", password=PASSWORD)
    editor.groups.add(ensure_lla_editors_group())
    response = client.post(
        "/admin/login/", {"username": "editor", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == editor.pk
