"""
An LLA editor in the admin, in Chromium. They open Members from the menu and
approve one applicant and decline another, each with one click: the person's
status changes and the admin says so. A form the admin draws without its
security token fails this on the first click (a 403), as it once did. On
their dashboard, the enquiries panel's heading lines up with Wagtail's own.
"""

import re

from wagtail.models import Page

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from accounts.models import User
from networks.permissions import ensure_lla_editors_group

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "an editor's long passphrase 42"


def applicant(first_name, email):
    user = UserFactory(
        first_name=first_name,
        last_name="Applicant",
        email=email,
        membership=User.Membership.PENDING,
        organisation_name="Armley Primary School",
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture
def editor():
    user = UserFactory(
        first_name="Eddie",
        last_name="Editor",
        email="eddie@lla.example",
        groups=[ensure_lla_editors_group()],
    )
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True)
    return user


def sign_in_to_the_admin(page, live_url, user):
    page.goto(live_url + "/admin/login/")
    page.get_by_label("Username").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_url + "/admin/")


def decide(page, button_name):
    """Presses one decision button, and returns the status of the answer."""
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=button_name).click()
    page.wait_for_load_state()
    return navigation.value.status


def test_an_editor_approves_and_declines_with_one_click_each(page, live_server, editor):
    grace = applicant("Grace", "grace@armley.example")
    hugo = applicant("Hugo", "hugo@armley.example")
    sign_in_to_the_admin(page, live_server.url, editor)

    page.get_by_role("link", name="Members").click()
    page.wait_for_url(re.compile(r"/admin/members/$"))
    assert page.get_by_role("heading", name="Members", level=1).is_visible()
    listing = page.locator("table.listing")
    assert listing.get_by_text("grace@armley.example").is_visible()
    assert listing.get_by_text("hugo@armley.example").is_visible()

    assert decide(page, "Approve Grace Applicant") == 200
    assert page.url == live_server.url + "/admin/members/"
    assert page.get_by_text(
        "Grace Applicant is now a member, and has been emailed."
    ).is_visible()
    grace.refresh_from_db()
    assert grace.membership == User.Membership.APPROVED
    assert grace.membership_decided_by == editor
    # Decided, Grace leaves the list of people waiting.
    assert listing.get_by_text("grace@armley.example").count() == 0

    assert decide(page, "Decline Hugo Applicant") == 200
    assert page.get_by_text(
        "Hugo Applicant has been declined, and has been emailed."
    ).is_visible()
    hugo.refresh_from_db()
    assert hugo.membership == User.Membership.DECLINED
    assert page.get_by_text("hugo@armley.example").count() == 0

    # The decided are a filter away, with what was decided.
    page.goto(live_server.url + "/admin/members/?membership=declined")
    row = page.locator("tr", has_text="hugo@armley.example")
    assert row.get_by_text("Declined").is_visible()


def test_the_dashboards_panel_headings_line_up(page, live_server, editor):
    # A page the editor has edited, for Wagtail's "Your most recent edits".
    edited = Page.get_first_root_node().add_child(
        instance=Page(title="Governance", slug="governance")
    )
    edited.save_revision(user=editor, log_action=True)
    sign_in_to_the_admin(page, live_server.url, editor)

    ours = page.get_by_role("heading", name="New enquiries per network")
    wagtails = page.get_by_role("heading", name="Your most recent edits")
    assert ours.is_visible() and wagtails.count() == 1
    ours_box, wagtails_box = ours.bounding_box(), wagtails.bounding_box()
    assert ours_box["x"] == pytest.approx(wagtails_box["x"], abs=1)
    assert ours_box["height"] == pytest.approx(wagtails_box["height"], abs=1)
    # The panel's box sits in the dashboard's column, as Wagtail's do.
    box = "xpath=ancestor::*[contains(@class, 'w-panel--dashboard')][1]"
    panel, wagtails_panel = (heading.locator(box) for heading in (ours, wagtails))
    assert panel.bounding_box()["x"] == pytest.approx(
        wagtails_panel.bounding_box()["x"], abs=1
    )
    assert panel.bounding_box()["width"] == pytest.approx(
        wagtails_panel.bounding_box()["width"], abs=1
    )
