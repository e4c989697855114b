"""Retention (purge_enquiries) and subject access (subject_access)."""

import datetime
import json
from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from core.factories import EmailFactory
from core.models import Email, SiteSettings
from enquiries.factories import EnquiryFactory
from enquiries.models import Enquiry
from networks.models import RosterMember

pytestmark = pytest.mark.django_db


def _enquiry(site, email="ada@school.example", age_days=0, **fields):
    when = timezone.now() - datetime.timedelta(days=age_days)
    enquiry = EnquiryFactory(
        email=email, networks=[site.equity], created_at=when, **fields
    )
    EmailFactory(
        about=enquiry,
        recipient=f"{site.leads['equity'][0]}, Equity network",
        to_address=site.leads["equity"][0].contact_email,
        status=Email.Status.SENT,
    )
    ModelLogEntry.objects.log_action(enquiry, "wagtail.edit")
    return enquiry


def _run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def _log_entries(enquiries):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Enquiry),
        object_id__in=[str(e.pk) for e in enquiries],
    )


def test_purge_deletes_what_is_older_than_the_retention_period(contact_site):
    settings = SiteSettings.for_site(contact_site.home.get_site())
    settings.retention_months = 12
    settings.save()
    old = [_enquiry(contact_site, age_days=400) for _ in range(3)]
    recent = _enquiry(contact_site, age_days=300)

    assert "3 enquiries are older" in _run("purge_enquiries", "--dry-run")
    assert Enquiry.objects.count() == 4

    output = _run("purge_enquiries")
    assert "Deleted 3 enquiries" in output
    assert list(Enquiry.objects.all()) == [recent]
    assert Email.objects.count() == 1
    # Their history in the admin went too: its labels carry names.
    assert not _log_entries(old).exists()
    assert _log_entries([recent]).exists()

    assert "No enquiries are older" in _run("purge_enquiries")


def test_purge_takes_another_period_and_refuses_a_nonsense_one(contact_site):
    _enquiry(contact_site, age_days=100)
    assert "Deleted 1" in _run("purge_enquiries", "--months", "3")
    with pytest.raises(CommandError, match="1 or more"):
        _run("purge_enquiries", "--months", "0")


def test_subject_access_exports_everything_held_about_an_address(
    contact_site, tmp_path
):
    _enquiry(contact_site, email="Ada@School.example", notes="Called back")
    _enquiry(contact_site, email="someone.else@school.example")
    RosterMember.objects.create(
        network=contact_site.equity, name="Ada Visitor", email="ada@school.example"
    )
    target = tmp_path / "answer.json"
    output = _run("subject_access", "ada@school.example", "--export", str(target))
    assert "1 enquiry from ada@school.example" in output
    assert "1 network roster entry" in output
    answer = json.loads(target.read_text())
    [record] = answer["enquiries"]
    assert record["email"] == "Ada@School.example"
    assert record["notes"] == "Called back"
    assert record["networks"] == ["Equity network"]
    assert record["emails"][0]["status"] == "Sent"
    [entry] = answer["network_rosters"]
    assert (entry["network"], entry["status"]) == ("Equity network", "Active")
    # The answer names the lead, never their address.
    assert "@example.org" not in target.read_text()


def test_subject_access_erases_with_confirmation(contact_site, monkeypatch):
    mine = [_enquiry(contact_site), _enquiry(contact_site, email="ADA@school.example")]
    other = _enquiry(contact_site, email="other@school.example")

    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing erased"):
        _run("subject_access", "ada@school.example", "--erase")
    assert Enquiry.objects.count() == 3

    RosterMember.objects.create(
        network=contact_site.equity, name="Ada", email="Ada@School.example"
    )
    assert "Erased 2 enquiries and 1 roster entries" in _run(
        "subject_access", "ada@school.example", "--erase", "--yes"
    )
    assert list(Enquiry.objects.all()) == [other]
    assert not RosterMember.objects.exists()
    assert not _log_entries(mine).exists()


@pytest.mark.parametrize(
    "args,message",
    [
        (["not an address"], "is not an email address"),
        (["a@school.example", "--export", "/no/such/folder/x.json"], "no folder"),
    ],
)
def test_subject_access_explains_bad_input(contact_site, args, message):
    with pytest.raises(CommandError, match=message):
        _run("subject_access", *args)


def test_purge_removes_people_who_left_a_network_long_ago(contact_site):
    network = contact_site.equity
    long_gone = RosterMember.objects.create(
        network=network, name="Gone", email="gone@school.example", status="left"
    )
    RosterMember.objects.filter(pk=long_gone.pk).update(
        left_at=timezone.now() - datetime.timedelta(days=800)
    )
    recently = RosterMember.objects.create(
        network=network,
        name="Recent",
        email="recent@school.example",
        status="left",
        left_at=timezone.now() - datetime.timedelta(days=10),
    )
    staying = RosterMember.objects.create(
        network=network, name="Stays", email="stays@school.example"
    )
    assert "1 people left a network" in _run("purge_enquiries", "--dry-run")
    assert RosterMember.objects.count() == 3
    assert "Removed 1 people" in _run("purge_enquiries", "--months", "12")
    assert set(RosterMember.objects.all()) == {recently, staying}
