"""
Who may do what to networks in the admin: a permission matrix.

The tree is home > "Our networks" (the index) > Network A, Network B. The roles:

- an editor of network A: a user in A's own group (`NetworkPage.editors_group`);
- an LLA editor: a user in "LLA editors" (`ensure_lla_editors_group`);
- a member: a user in a "Members" group with no permissions at all;
- an anonymous visitor.

Every case goes through the real Wagtail admin over HTTP with the test client:
opening edit and add views, posting the edit form as a browser would, and then
reading the public page. The last tests check the groups behind it all: every
network, however it is made, gets a group of its own whose page permissions are
on that network's page and nowhere else.

What Wagtail 8 answers when it refuses:

- someone with admin access but no permission on the page (or the action):
  302 to the dashboard, /admin/, saying "Sorry, you do not have permission to
  access this area.";
- a signed-in member (no admin access): 302 to /admin/login/?next=<the page
  asked for>, saying "You do not have permission to access the admin.";
- an anonymous visitor: 302 to /admin/login/?next=<the page asked for>.

Nobody here is `is_staff`: admin access is the `wagtailadmin.access_admin`
permission each editors' group carries.
"""

import datetime
from types import SimpleNamespace
from urllib.parse import quote

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.fields import StreamField
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from accounts.factories import UserFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.models import Meeting, NetworkPage
from networks.permissions import LLA_EDITORS, ensure_lla_editors_group
from tests.admin_answers import answer

pytestmark = pytest.mark.django_db

A_EDITOR = "editor of network A"
LLA_EDITOR = "LLA editor"
MEMBER = "member"
ANONYMOUS = "anonymous"

NETWORK_PAGE_CODENAMES = {
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
}

# Wagtail's first migrations make these, with page permissions on the root.
WAGTAIL_STOCK_GROUPS = ["Editors", "Moderators"]


# The tree and the people ----------------------------------------------------


@pytest.fixture
def tree(home):
    index = NetworkIndexPageFactory(parent=home)
    return SimpleNamespace(
        home=home,
        index=index,
        a=NetworkPageFactory(parent=index, title="Network A"),
        b=NetworkPageFactory(parent=index, title="Network B"),
        lla_editors=ensure_lla_editors_group(),
    )


def make_user(role, tree):
    groups = {
        A_EDITOR: lambda: tree.a.editors_group,
        LLA_EDITOR: lambda: tree.lla_editors,
        MEMBER: lambda: Group.objects.get_or_create(name="Members")[0],
    }
    user = UserFactory(groups=[groups[role]()])
    assert not user.is_staff and not user.is_superuser
    return user


def sign_in(client, role, tree):
    """Log in through the auth backend, as the login form does; None if anonymous."""
    if role == ANONYMOUS:
        return None
    user = make_user(role, tree)
    assert client.login(username=user.username, password="password")
    return user


# Admin addresses and answers ------------------------------------------------


def edit_url(page):
    return f"/admin/pages/{page.id}/edit/"


def add_network_url(index):
    return f"/admin/pages/add/networks/networkpage/{index.id}/"


ADMIN_VIEWS = {
    "dashboard": lambda tree: "/admin/",
    "edit network A": lambda tree: edit_url(tree.a),
    "edit network B": lambda tree: edit_url(tree.b),
    "edit home page": lambda tree: edit_url(tree.home),
    "edit network index": lambda tree: edit_url(tree.index),
    "add a network": lambda tree: add_network_url(tree.index),
    "add a page under network A": lambda tree: f"/admin/pages/{tree.a.id}/add_subpage/",
}

OPENS = "opens"
REFUSED = "refused"
LOGIN = "sent to log in"
LOGIN_NOT_ADMIN = "sent to log in: not an admin user"

NO_PERMISSION = "Sorry, you do not have permission to access this area."
NOT_ADMIN = "You do not have permission to access the admin."


def expected_answer(outcome, url):
    login = f"/admin/login/?next={quote(url)}"
    return {
        OPENS: (200, None, []),
        REFUSED: (302, "/admin/", [NO_PERMISSION]),
        LOGIN: (302, login, []),
        LOGIN_NOT_ADMIN: (302, login, [NOT_ADMIN]),
    }[outcome]


# Posting the edit form as a browser would -----------------------------------


def form_data(client, url):
    """
    The fields of the page form at `url`, as the browser would post them.

    Inline panels carry their management fields in the HTML; their empty
    template form (`__prefix__`) is dropped, as the browser never sends it.
    StreamFields are built by JavaScript, so their fields are not in the HTML:
    the pages these tests post have empty StreamFields, and post them empty.
    """
    response = client.get(url)
    assert response.status_code == 200, answer(response)
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    page = response.context["page"]
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            assert not getattr(page, field.name), f"{page} has a {field.name}"
            data[f"{field.name}-count"] = "0"
    return data


def add_inline(data, relation, fields):
    """Add one form to an inline panel, as its "Add" button does."""
    n = int(data[f"{relation}-TOTAL_FORMS"])
    data.update({f"{relation}-{n}-{name}": value for name, value in fields.items()})
    data.update({f"{relation}-{n}-id": "", f"{relation}-{n}-ORDER": str(n + 1)})
    data[f"{relation}-TOTAL_FORMS"] = str(n + 1)


def post(client, url, data, action):
    """Post a page form with a button: "publish" or "save draft"."""
    data = data.copy()
    if action == "publish":
        data["action-publish"] = "action-publish"
    return client.post(url, data)


def assert_saved(response):
    """The admin took the form: it redirects; a form with errors renders again."""
    errors = None
    if response.status_code == 200:
        form = response.context["form"]
        errors = [form.errors, *(fs.errors for fs in form.formsets.values())]
    assert response.status_code == 302, errors


def public_html(page):
    """The page as a visitor sees it: a fresh client, nobody logged in."""
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


NEXT_MONTH = datetime.date.today() + datetime.timedelta(days=30)
MEETING = {
    "date": NEXT_MONTH.isoformat(),
    "start": "16:00",
    "end": "17:30",
    "place": "Room 12, Leeds Trinity University",
    "agenda": "Sharing practice on transition.",
    "minutes": "",
}


# 1-3. Opening admin views -----------------------------------------------------


@pytest.mark.parametrize(
    ("role", "view", "outcome"),
    [
        # An editor of network A edits A, and nothing else in the tree.
        (A_EDITOR, "dashboard", OPENS),
        (A_EDITOR, "edit network A", OPENS),
        (A_EDITOR, "edit network B", REFUSED),
        (A_EDITOR, "edit home page", REFUSED),
        (A_EDITOR, "edit network index", REFUSED),
        (A_EDITOR, "add a network", REFUSED),
        (A_EDITOR, "add a page under network A", REFUSED),
        # LLA editors edit every page and add networks.
        (LLA_EDITOR, "dashboard", OPENS),
        (LLA_EDITOR, "edit network A", OPENS),
        (LLA_EDITOR, "edit network B", OPENS),
        (LLA_EDITOR, "edit home page", OPENS),
        (LLA_EDITOR, "edit network index", OPENS),
        (LLA_EDITOR, "add a network", OPENS),
        # A network has no subpages, whoever asks.
        (LLA_EDITOR, "add a page under network A", REFUSED),
        # Members and visitors never reach the admin.
        (MEMBER, "dashboard", LOGIN_NOT_ADMIN),
        (MEMBER, "edit network A", LOGIN_NOT_ADMIN),
        (MEMBER, "add a network", LOGIN_NOT_ADMIN),
        (ANONYMOUS, "dashboard", LOGIN),
        (ANONYMOUS, "edit network A", LOGIN),
        (ANONYMOUS, "add a network", LOGIN),
    ],
    ids=lambda value: value.replace(" ", "-"),
)
def test_who_can_open_which_admin_view(client, tree, role, view, outcome):
    sign_in(client, role, tree)
    url = ADMIN_VIEWS[view](tree)

    assert answer(client.get(url)) == expected_answer(outcome, url)


# Editing and publishing through the edit form --------------------------------


@pytest.mark.parametrize(
    ("role", "network"),
    [(A_EDITOR, "a"), (LLA_EDITOR, "a"), (LLA_EDITOR, "b")],
)
def test_editors_publish_a_change_to_a_network_and_it_goes_live(
    client, tree, role, network
):
    page = getattr(tree, network)
    group = page.editors_group
    user = sign_in(client, role, tree)
    data = form_data(client, edit_url(page))
    data["summary"] = "Heads of sixth form sharing what works after results day."

    assert_saved(post(client, edit_url(page), data, "publish"))

    page.refresh_from_db()
    assert page.summary == "Heads of sixth form sharing what works after results day."
    assert page.live and not page.has_unpublished_changes
    assert page.live_revision.user == user
    assert "sharing what works after results day" in public_html(page)
    # Publishing saves the page again: it keeps its group and makes no other.
    assert page.editors_group == group
    assert not Group.objects.filter(name__startswith=f"{group.name} (").exists()


@pytest.mark.parametrize(
    ("role", "action", "shown_to_visitors"),
    [
        (A_EDITOR, "publish", True),
        (A_EDITOR, "save draft", False),
        (LLA_EDITOR, "publish", True),
    ],
)
def test_editors_add_a_meeting_in_the_network_edit_form(
    client, tree, role, action, shown_to_visitors
):
    sign_in(client, role, tree)
    data = form_data(client, edit_url(tree.a))
    add_inline(data, "meetings", MEETING)

    assert_saved(post(client, edit_url(tree.a), data, action))

    tree.a.refresh_from_db()
    draft = tree.a.get_latest_revision_as_object()
    assert [m.place for m in draft.meetings.all()] == [MEETING["place"]]
    live = Meeting.objects.filter(network=tree.a)
    assert live.exists() == shown_to_visitors
    html = public_html(tree.a)
    assert (MEETING["place"] in html) == shown_to_visitors
    assert (f"{NEXT_MONTH:%A %-d %B %Y}, 4.00pm to 5.30pm" in html) == (
        shown_to_visitors
    )


@pytest.mark.parametrize("target", ["b", "home", "index"])
def test_a_network_editor_cannot_change_other_pages_by_posting_their_form(
    client, tree, target
):
    page = getattr(tree, target)
    lla_editor = Client()
    sign_in(lla_editor, LLA_EDITOR, tree)
    data = form_data(lla_editor, edit_url(page))
    data["title"] = "Taken over"
    if target == "b":
        add_inline(data, "meetings", MEETING)
    sign_in(client, A_EDITOR, tree)
    url = edit_url(page)

    assert answer(post(client, url, data, "publish")) == expected_answer(REFUSED, url)

    page.refresh_from_db()
    assert page.title != "Taken over" and page.draft_title != "Taken over"
    assert not page.revisions.exists()
    assert not Meeting.objects.exists()


# 4-5. Every network's own group -------------------------------------------------


def made_by_factory(client, tree):
    return NetworkPageFactory(parent=tree.index, title="Network C")


def added_in_admin(action):
    def add(client, tree):
        sign_in(client, LLA_EDITOR, tree)
        data = form_data(client, add_network_url(tree.index))
        data.update(
            title="Network C",
            slug="network-c",
            summary="A new network.",
            area="digital",
        )
        assert_saved(post(client, add_network_url(tree.index), data, action))
        return NetworkPage.objects.get(slug="network-c")

    return add


def copied_in_admin(alias):
    def copy(client, tree):
        sign_in(client, LLA_EDITOR, tree)
        data = {
            "new_title": "Network A",  # the same title: the group's name is taken
            "new_slug": "network-a-copy",
            "new_parent_page": tree.index.id,
            "publish_copies": "on",
        }
        if alias:
            data["alias"] = "on"
        response = client.post(f"/admin/pages/{tree.a.id}/copy/", data)
        assert response.status_code == 302, response.context["form"].errors
        return NetworkPage.objects.get(slug="network-a-copy")

    return copy


@pytest.mark.parametrize(
    "make_network",
    [
        made_by_factory,
        added_in_admin("publish"),
        added_in_admin("save draft"),
        copied_in_admin(alias=False),
        # An alias is a copy too, but Wagtail copies every field into an alias,
        # ignoring `exclude_fields_in_copy`: it takes A's group and fails.
        copied_in_admin(alias=True),
    ],
    ids=[
        "factory",
        "added-and-published-in-admin",
        "added-as-draft-in-admin",
        "copied-in-admin",
        "aliased-in-admin",
    ],
)
def test_a_new_network_gets_a_group_with_rights_on_that_page_only(
    client, tree, make_network
):
    network = make_network(Client(), tree)

    network.refresh_from_db()
    group = network.editors_group
    assert group is not None
    assert group not in {tree.a.editors_group, tree.b.editors_group, tree.lla_editors}
    rights = GroupPagePermission.objects.filter(group=group)
    assert set(rights.values_list("page_id", "permission__codename")) == {
        (network.id, codename) for codename in NETWORK_PAGE_CODENAMES
    }
    # And the group works in the admin: its members edit this network only.
    editor = UserFactory(groups=[group])
    assert client.login(username=editor.username, password="password")
    assert client.get(edit_url(network)).status_code == 200
    url = edit_url(tree.a)
    assert answer(client.get(url)) == expected_answer(REFUSED, url)


@pytest.mark.parametrize("network", ["a", "b"])
def test_no_other_networks_group_holds_rights_over_a_network(tree, network):
    """
    Page permissions reach down the tree, so a group with rights on any
    ancestor has rights on the network: only groups on the root may, "LLA
    editors" and the "Editors" and "Moderators" Wagtail's migrations make.
    A network has no subpages; its group's rights sit on the page itself.
    """
    page = getattr(tree, network)
    root = Page.get_first_root_node()
    over_page = GroupPagePermission.objects.filter(
        page__in=Page.objects.ancestor_of(page, inclusive=True)
    )

    assert set(over_page.values_list("group__name", "page_id")) == {
        (page.editors_group.name, page.id),
        (LLA_EDITORS, root.id),
        *((name, root.id) for name in WAGTAIL_STOCK_GROUPS),
    }
    own = over_page.filter(group=page.editors_group)
    assert set(own.values_list("permission__codename", flat=True)) == (
        NETWORK_PAGE_CODENAMES
    )
    assert page.editors_group.permissions.filter(codename="access_admin").exists()


def test_deleting_a_network_removes_its_group(tree):
    group = tree.a.editors_group
    editor = UserFactory(groups=[group])

    tree.a.delete()

    assert not Group.objects.filter(pk=group.pk).exists()
    assert not editor.groups.exists()


def test_deleting_a_networks_group_leaves_the_network(tree):
    tree.a.editors_group.delete()

    assert NetworkPage.objects.filter(pk=tree.a.pk).exists()
    assert NetworkPage.objects.get(pk=tree.a.pk).editors_group is None
