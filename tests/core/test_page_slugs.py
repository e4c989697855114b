"""
A new page whose slug another page under the same parent already has: the
editor is told which page holds it, in what state, and offered a link to it.

The case editors met: Wagtail 8 autosaves a new page as a draft a moment after
its title is typed. Leave that form, start the same resource again, and the
second form's slug (made from the same title) is the draft's: Wagtail's answer
was "The page could not be created due to validation errors", with the slug's
own error out of sight on the Promote tab, not naming the draft.
"""

import json
import re

from django.urls import reverse

from wagtail.fields import StreamField
from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from networks.permissions import ensure_lla_editors_group
from resources.factories import (
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)
from resources.models import ResourcePage
from tests.html_forms import as_query, filled_in, form_fields

pytestmark = pytest.mark.django_db

TITLE = "Phonics starter pack"
SLUG = "phonics-starter-pack"


@pytest.fixture
def library(home):
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def editor(client):
    user = UserFactory(first_name="Eddie", last_name="Editor")
    user.groups.add(ensure_lla_editors_group())
    client.force_login(user)
    return user


def add_url(parent):
    return reverse(
        "wagtailadmin_pages:add", args=["resources", "resourcepage", parent.pk]
    )


def the_form(client, url):
    """The editor's form as the browser would send it, untouched (its empty
    StreamFields' block counts are written by the editor's script)."""
    response = client.get(url)
    assert response.status_code == 200
    _, fields = form_fields(response.content.decode(), "title", page_path=url)
    streams = [f.name for f in ResourcePage._meta.fields if isinstance(f, StreamField)]
    return fields + [(f"{name}-count", "0") for name in streams]


def autosave(client, url, **changes):
    """What Wagtail 8's autosave sends a moment after the title is typed."""
    fields = filled_in(the_form(client, url), changes)
    response = client.post(
        url, as_query(fields), headers={"Accept": "application/json"}
    )
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def errors_of(soup, field):
    """The error shown by one field of the page editor, as HTML."""
    wrapper = soup.find(id=f"id_{field}").find_parent(class_="w-field")
    message = wrapper.select_one(".w-field__errors .error-message")
    return message.decode_contents().strip() if message else ""


def text(html):
    return re.sub(r"\s+", " ", BeautifulSoup(html, "html.parser").get_text()).strip()


def test_an_abandoned_autosaved_draft_is_named_where_its_slug_clashes(
    client, library, editor
):
    resource_type = ResourceTypeFactory(name="Guide")
    url = add_url(library)

    # The first try: the title typed, autosaved, and the form left.
    saved = autosave(client, url, title=TITLE, slug=SLUG)
    assert saved["success"] is True
    draft = Page.objects.get(pk=saved["pk"])
    assert (draft.slug, draft.live) == (SLUG, False)

    # The second try, all filled in, published.
    fields = filled_in(
        the_form(client, url),
        {
            "title": TITLE,
            "slug": SLUG,
            "summary": "Twelve weeks of phonics for Reception.",
            "resource_type": str(resource_type.pk),
            "action-publish": "action-publish",
        },
    )
    response = client.post(url, as_query(fields))
    assert response.status_code == 200
    assert ResourcePage.objects.filter(slug=SLUG).count() == 1
    soup = BeautifulSoup(response.content, "html.parser")
    edit_draft = reverse("wagtailadmin_pages:edit", args=[draft.pk])

    # The slug's error says whose slug it is, and links to it.
    slug_error = errors_of(soup, "slug")
    assert text(slug_error).startswith(
        f"“{SLUG}” is already the slug of “{TITLE}”, a draft never published (saved "
    )
    assert "by you" in text(slug_error)
    assert text(slug_error).endswith(
        "Open that draft to carry on with it, or give this page another slug."
    )
    link = BeautifulSoup(slug_error, "html.parser").find("a")
    assert link["href"] == edit_draft
    assert link.get_text() == "Open that draft"

    # The title, on the tab the editor is looking at, says so too: the slug
    # was made from it.
    title_error = errors_of(soup, "title")
    assert f"“{TITLE}”, a draft never published" in text(title_error)
    assert "already has the slug this title makes" in text(title_error)
    assert "Promote tab" in text(title_error)
    assert BeautifulSoup(title_error, "html.parser").find("a")["href"] == edit_draft


def test_a_published_page_with_the_slug_is_named_as_published(client, library, editor):
    published = ResourcePageFactory(parent=library, title="Phonics", slug=SLUG)
    fields = filled_in(
        the_form(client, add_url(library)),
        {"title": "Phonics again", "slug": SLUG},
    )
    response = client.post(add_url(library), as_query(fields))
    soup = BeautifulSoup(response.content, "html.parser")

    slug_error = text(errors_of(soup, "slug"))
    assert slug_error.startswith(
        f"“{SLUG}” is already the slug of “Phonics”, a published page"
    )
    assert "Open that page to carry on with it" in slug_error
    link = BeautifulSoup(errors_of(soup, "slug"), "html.parser").find("a")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=[published.pk])
    # The slug was typed, not made from this title: the title is not at fault.
    assert errors_of(soup, "title") == ""


def test_renaming_a_page_to_a_siblings_slug_names_the_sibling(client, library, editor):
    ResourcePageFactory(parent=library, title="Maths mastery", slug="maths")
    page = ResourcePageFactory(parent=library, title="Science", slug="science")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    fields = filled_in(the_form(client, url), {"slug": "maths"})
    response = client.post(url, as_query(fields))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert text(errors_of(soup, "slug")).startswith(
        "“maths” is already the slug of “Maths mastery”, a published page"
    )
    assert errors_of(soup, "title") == ""
    page.refresh_from_db()
    assert page.slug == "science"


def test_someone_who_may_not_edit_the_holder_gets_no_link(library):
    """
    With only "add" on the library, an editor edits the pages they made and
    no others: the page holding the slug is named, with no link to a page
    they could not open.
    """
    from django.contrib.auth.models import Group, Permission
    from django.test import Client

    from wagtail.models import GroupPagePermission

    adders = Group.objects.create(name="Resource adders")
    adders.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=adders, page=library, permission_type="add"
    )
    user = UserFactory(groups=[adders])
    someone_elses = ResourcePageFactory(parent=library, title="Governors", slug="ours")
    assert not someone_elses.permissions_for_user(user).can_edit()
    client = Client()
    client.force_login(user)

    url = add_url(library)
    fields = filled_in(the_form(client, url), {"title": "Ours", "slug": "ours"})
    response = client.post(url, as_query(fields))
    assert response.status_code == 200
    slug_error = errors_of(BeautifulSoup(response.content, "html.parser"), "slug")
    assert text(slug_error) == (
        "“ours” is already the slug of “Governors”, a published page. "
        "Give this page another slug."
    )
    assert "<a" not in slug_error
