"""The contact form as visitors (and bots) meet it."""

import re
import time
from html import unescape

from django.core.cache import cache

import pytest

from core.models import Email
from enquiries import delivery, spam
from enquiries.models import Enquiry
from networks.models import NetworkLead
from tests.enquiries.conftest import valid_data

pytestmark = pytest.mark.django_db


def _html(response):
    return response.content.decode()


def _checked_ids(html):
    return set(re.findall(r'name="networks" id="[^"]+" value="(\d+)" checked', html))


def test_the_form_offers_live_networks_by_id(client, contact_site):
    html = _html(client.get(contact_site.url))
    values = set(re.findall(r'name="networks" id="[^"]+" value="([^"]+)"', html))
    site = contact_site
    assert values == {str(n.pk) for n in (site.primary, site.equity, site.careers)}
    site.careers.unpublish()
    html = _html(client.get(contact_site.url))
    assert f'value="{site.careers.pk}"' not in html


def test_a_network_in_the_address_is_ticked(client, contact_site):
    response = client.get(contact_site.url + "?network=equity")
    assert _checked_ids(_html(response)) == {str(contact_site.equity.pk)}


def test_an_unknown_network_in_the_address_gets_a_notice(client, contact_site):
    response = client.get(contact_site.url + "?network=equity&network=no-such")
    html = _html(response)
    assert response.status_code == 200
    assert "We could not find a network called “no-such”" in html
    assert _checked_ids(html) == {str(contact_site.equity.pk)}


def test_join_this_network_links_to_the_form_with_the_network_ticked(
    client, contact_site
):
    html = _html(client.get(contact_site.equity.url))
    assert 'href="/contact/?network=equity"' in html
    assert "Join this network" in html


def test_a_valid_enquiry_is_stored_and_the_visitor_thanked(
    client, contact_site, mailoutbox
):
    site = contact_site
    response = client.post(site.url, valid_data(site.primary, site.careers))
    assert response.status_code == 302
    assert response["Location"] == "/contact/thanks/"

    enquiry = Enquiry.objects.get()
    assert (enquiry.name, enquiry.email, enquiry.organisation, enquiry.role) == (
        "Ada Visitor",
        "ada@school.example",
        "Leeds Primary School",
        "Deputy head",
    )
    assert enquiry.message == "We would like to join.\nWhen do you next meet?"
    assert enquiry.kind == "join"
    assert enquiry.status == "new"
    assert enquiry.consented_at is not None
    assert set(enquiry.networks.all()) == {site.primary, site.careers}
    kinds = sorted(enquiry.emails.values_list("kind", flat=True))
    assert kinds == sorted(
        [delivery.CONFIRMATION, delivery.TO_INBOX, delivery.TO_LEAD, delivery.TO_LEAD]
    )
    assert len(mailoutbox) == 4

    thanks = client.get(response["Location"])
    assert "A lead will reply within two weeks." in _html(thanks)


def test_a_lead_of_two_chosen_networks_gets_one_email_for_each(
    client, contact_site, mailoutbox
):
    """Each email names its network, so the lead can answer for each."""
    site = contact_site
    NetworkLead.objects.create(
        network=site.equity, person=site.leads["primary"][0], role="Co-chair"
    )
    client.post(site.url, valid_data(site.primary, site.equity))
    to_shared = [m for m in mailoutbox if m.to == ["primary.one@example.org"]]
    assert sorted(m.subject.split(" from ")[0] for m in to_shared) == [
        "Join request for Equity network",
        "Join request for Primary network",
    ]


@pytest.mark.parametrize(
    "spam_data",
    [
        pytest.param({"website": "http://spam.example"}, id="honeypot"),
        pytest.param({"started": ""}, id="no-stamp"),
        pytest.param({"started": "1700000000:forged"}, id="forged-stamp"),
        pytest.param({"started": "now"}, id="too-fast"),
    ],
)
def test_spam_looks_like_success_but_nothing_is_stored_or_sent(
    client, contact_site, mailoutbox, spam_data
):
    if spam_data.get("started") == "now":
        spam_data = {"started": spam.new_stamp()}
    response = client.post(
        contact_site.url, valid_data(contact_site.equity, **spam_data)
    )
    assert response.status_code == 302
    assert response["Location"] == "/contact/thanks/"
    assert Enquiry.objects.count() == 0
    assert Email.objects.count() == 0
    assert mailoutbox == []


def test_an_unfinished_form_sent_at_once_gets_its_errors_not_thanks(
    client, contact_site
):
    response = client.post(
        contact_site.url,
        {"started": spam.new_stamp(), "name": "Quick", "kind": "join"},
    )
    assert response.status_code == 200
    assert "Choose at least one network." in _html(response)
    assert 'value="Quick"' in _html(response)


def test_a_form_left_open_too_long_is_shown_again_with_everything_kept(
    client, contact_site, mailoutbox
):
    stale = spam.new_stamp(now=time.time() - 3 * 24 * 60 * 60)
    response = client.post(
        contact_site.url, valid_data(contact_site.equity, started=stale)
    )
    html = _html(response)
    assert response.status_code == 200
    assert "This form was open for a long time" in html
    assert 'value="Ada Visitor"' in html
    assert "When do you next meet?</textarea>" in html
    assert _checked_ids(html) == {str(contact_site.equity.pk)}
    assert Enquiry.objects.count() == 0
    assert mailoutbox == []


def test_errors_are_summarised_linked_and_nothing_typed_is_lost(
    client, contact_site, mailoutbox
):
    response = client.post(
        contact_site.url,
        valid_data(networks=[], email="not-an-address", consent=""),
    )
    html = _html(response)
    assert response.status_code == 200
    assert "<title>Error: " in html
    summary = html[html.index('class="error-summary"') :]
    summary = summary[: summary.index("</div>")]
    links = re.findall(r'href="#([^"]+)">([^<]+)</a>', summary)
    assert [unescape(message) for _, message in links] == [
        "Choose at least one network.",
        "Enter an email address like name@school.org.uk.",
        "Tick the box to agree, so that we can pass your enquiry to the "
        "networks' leads.",
    ]
    for target, _ in links:
        assert f'id="{target}"' in html
    assert html.count('aria-invalid="true"') == 2  # the email input and the box
    assert 'value="Ada Visitor"' in html
    assert 'value="not-an-address"' in html
    assert Enquiry.objects.count() == 0
    assert mailoutbox == []


def test_a_line_break_in_a_one_line_field_is_refused_clearly(client, contact_site):
    response = client.post(
        contact_site.url,
        valid_data(contact_site.equity, name="Ada\r\nBcc: victim@example.com"),
    )
    assert "Use a single line: remove the line break." in _html(response)
    assert Enquiry.objects.count() == 0


@pytest.fixture
def limit_two(settings, one_rate_window):
    settings.ENQUIRY_RATE_LIMIT = 2
    cache.clear()


def test_a_flood_from_one_address_is_held_back_with_nothing_lost(
    client, contact_site, limit_two
):
    for _ in range(2):
        response = client.post(contact_site.url, valid_data(contact_site.equity))
        assert response.status_code == 302
    response = client.post(
        contact_site.url, valid_data(contact_site.equity, name="Third Visitor")
    )
    html = _html(response)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "We have received a lot of enquiries from your connection" in html
    assert 'value="Third Visitor"' in html
    assert Enquiry.objects.count() == 2

    other = client.post(
        contact_site.url, valid_data(contact_site.equity), REMOTE_ADDR="10.9.9.9"
    )
    assert other.status_code == 302
    assert Enquiry.objects.count() == 3


def test_behind_a_proxy_the_forwarded_address_is_the_one_counted(
    client, contact_site, limit_two, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for visitor in ("1.1.1.1", "1.1.1.1", "2.2.2.2"):
        response = client.post(
            contact_site.url,
            valid_data(contact_site.equity),
            HTTP_X_FORWARDED_FOR=f"203.0.113.9, {visitor}",
        )
        assert response.status_code == 302
    response = client.post(
        contact_site.url,
        valid_data(contact_site.equity),
        HTTP_X_FORWARDED_FOR="1.1.1.1",
    )
    assert response.status_code == 429


# A cache that dies or hangs, and a database another process has locked, are
# tried on the real components in tests/faults/ (test_redis.py,
# test_database_lock.py), not by patching a method to raise.


def test_one_showing_of_the_form_makes_one_enquiry(client, contact_site):
    """A double click, or Back and send again: one enquiry, thanked each time."""
    data = valid_data(contact_site.equity)
    answers = [client.post(contact_site.url, data) for _ in range(3)]
    assert [answer.status_code for answer in answers] == [302, 302, 302]
    assert Enquiry.objects.count() == 1
    assert Email.objects.count() == 2  # the lead and the confirmation
    # A new showing of the form is a new enquiry.
    client.post(contact_site.url, valid_data(contact_site.equity))
    assert Enquiry.objects.count() == 2


def test_a_replayed_stamp_stores_nothing_more(client, contact_site):
    """A bot that keeps one stamp and changes the rest gets nowhere."""
    stamp = valid_data()["started"]
    for number in range(5):
        data = valid_data(
            contact_site.equity,
            started=stamp,
            email=f"target{number}@victim.example",
            name=f"Buy now {number}",
        )
        assert client.post(contact_site.url, data).status_code == 302
    assert list(Enquiry.objects.values_list("email", flat=True)) == [
        "target0@victim.example"
    ]


def test_a_form_shown_before_stamps_were_numbered_still_goes_through(
    client, contact_site
):
    legacy = spam._SIGNER.sign(str(int(time.time() - 60)))
    response = client.post(
        contact_site.url, valid_data(contact_site.equity, started=legacy)
    )
    assert response.status_code == 302
    assert Enquiry.objects.count() == 1


def test_the_contact_page_renders_in_bounded_queries(
    client, contact_site, django_assert_max_num_queries
):
    client.get(contact_site.url)
    with django_assert_max_num_queries(20):
        client.get(contact_site.url + "?network=equity")
