"""
No admin page asks another site for an image: avatars are Wagtail's own
picture, not Gravatar's (the site has no business telling a third party who
edits it, and where there is no internet the images are broken).

Every page the project adds to the admin (tests/core/admin_walk.py) and the
Wagtail pages editors use most are opened as a superuser and as an LLA editor.
Nothing in them names Gravatar, and no image (an `<img>`'s `src` or `srcset`,
or an avatar address handed to the admin's scripts) is on another host.
"""

import json
import re
from urllib.parse import urlsplit

from django.urls import reverse

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from networks.permissions import ensure_lla_editors_group
from resources.models import ResourcePage

from .admin_walk import html_of, project_admin_pages

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

HOST = "testserver"
AVATAR_URL = re.compile(r'"avatar_?[uU]rl"\s*:\s*"([^"]*)"')


def wagtail_pages(user):
    resource = ResourcePage.objects.live().order_by("pk").first()
    home = Page.objects.get(depth=2)
    users = [
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:edit", args=[user.pk]),
    ]
    return [
        *(users if user.is_superuser else []),
        "/admin/",
        "/admin/account/",
        "/admin/pages/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{resource.pk}/edit/",
        f"/admin/pages/{resource.pk}/history/",
        "/admin/reports/site-history/",
        "/admin/images/",
        "/admin/documents/",
    ]


def images_elsewhere(html):
    """Image addresses in `html` that are on another host, and any mention of
    Gravatar."""
    found = []
    if "gravatar" in html.lower():
        found.append("gravatar")
    soup = BeautifulSoup(html, "html.parser")
    addresses = [element["src"] for element in soup.find_all(src=True)]
    for element in soup.find_all(srcset=True):
        addresses += [part.split()[0] for part in element["srcset"].split(",")]
    addresses += AVATAR_URL.findall(html.replace('\\"', '"'))
    for address in addresses:
        host = urlsplit(address.strip()).netloc
        if host and host != HOST:
            found.append(address)
    return found


@pytest.mark.parametrize("who", ["superuser", "LLA editor"])
def test_no_admin_page_shows_an_image_from_another_site(client, admin_with_rows, who):
    superuser, _ = admin_with_rows
    if who == "superuser":
        user = superuser
    else:
        user = UserFactory(email="eddie@lla.example", first_name="Eddie")
        user.groups.add(ensure_lla_editors_group())
    client.force_login(user)
    # A revision of the user's own, so their avatar is drawn beside it too.
    resource = ResourcePage.objects.live().order_by("pk").first().specific
    resource.save_revision(user=user, log_action=True)

    elsewhere = {}
    opened = 0
    for url in wagtail_pages(user):
        response = client.get(url)
        assert response.status_code == 200, url
        opened += 1
        if found := images_elsewhere(response.content.decode()):
            elsewhere[url] = found
    for url, _, response in project_admin_pages(client):
        if response.status_code == 200:
            opened += 1
            if found := images_elsewhere(html_of(response)):
                elsewhere[url] = found
    assert elsewhere == {}
    assert opened > 20


def test_an_avatar_is_wagtails_own_picture(client, admin_with_rows):
    superuser, _ = admin_with_rows
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    props = json.loads(soup.find(id="wagtail-sidebar-props").string)
    avatars = AVATAR_URL.findall(json.dumps(props))
    assert avatars
    for avatar in avatars:
        assert urlsplit(avatar).netloc == ""
        assert avatar.startswith("/static/wagtailadmin/images/")


def test_the_check_finds_images_from_elsewhere():
    html = """
        <img src="/static/a.png" srcset="/a.png 1x, https://cdn.example/b.png 2x">
        <img src="//www.example.org/avatar/1">
        <script type="application/json">{"avatarUrl": "https://img.example/c"}</script>
        <img src="http://testserver/media/d.png">
    """
    assert images_elsewhere(html) == [
        "//www.example.org/avatar/1",
        "https://cdn.example/b.png",
        "https://img.example/c",
    ]
    assert images_elsewhere('<img src="//www.Gravatar.com/x">')[0] == "gravatar"
