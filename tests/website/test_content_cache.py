"""
Menus, related resources, a network's resource list and page fragments are
kept in the cache until the content changes (core/content_cache.py): a
change shows on the next view, and a warm page needs few queries, whatever
the size of the library.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from core import content_cache
from networks.factories import (
    MeetingFactory,
    NetworkIndexPageFactory,
    NetworkLeadFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
)
from resources import related
from resources.factories import ResourceIndexPageFactory, publish_resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(home):
    index = NetworkIndexPageFactory(parent=home)
    network = NetworkPageFactory(parent=index, title="Careers", slug="careers")
    NetworkLeadFactory(network=network, person=PersonFactory(name="Ada Lovelace"))
    network.save_revision().publish()
    return network


@pytest.fixture
def library(home):
    return ResourceIndexPageFactory(parent=home)


def text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_leads_snippet_change_shows_at_once(client, network):
    assert "Ada Lovelace" in text(client, network)
    person = network.leads.get().person
    person.name = "Ada King"
    person.save()
    page = text(client, network)
    assert "Ada King" in page
    assert "Ada Lovelace" not in page


def test_a_new_member_organisation_shows_at_once(client, network):
    assert "Leeds Beckett University" not in text(client, network)
    network.organisations.add(OrganisationFactory(name="Leeds Beckett University"))
    network.save_revision().publish()
    assert "Leeds Beckett University" in text(client, network)


def test_a_meeting_moves_to_past_meetings_the_day_after(client, network, monkeypatch):
    day = datetime.date(2026, 12, 3)
    MeetingFactory(network=network, date=day, place="Civic Hall")
    network.save_revision().publish()
    monkeypatch.setattr(timezone, "localdate", lambda *args: day)
    on_the_day = text(client, network)
    assert "Coming up" in on_the_day
    assert "No meetings are scheduled" not in on_the_day

    # Nothing is published overnight: only the date moves on.
    monkeypatch.setattr(
        timezone, "localdate", lambda *args: day + datetime.timedelta(days=1)
    )
    next_day = text(client, network)
    assert "No meetings are scheduled at the moment" in next_day
    assert next_day.index("Past meetings") < next_day.index("Civic Hall")


def test_a_newly_published_resource_joins_the_related_list(client, library, network):
    subject = publish_resource(library, "Subject", network, ["apprenticeships"])
    assert "Related resources" not in text(client, subject)
    publish_resource(library, "Apprenticeship routes", topics=["apprenticeships"])
    assert "Apprenticeship routes" in text(client, subject)


def test_an_unpublished_resource_leaves_the_related_list(client, library, network):
    subject = publish_resource(library, "Subject", network, ["apprenticeships"])
    other = publish_resource(
        library, "Apprenticeship routes", topics=["apprenticeships"]
    )
    assert "Apprenticeship routes" in text(client, subject)
    other.unpublish()
    assert "Apprenticeship routes" not in text(client, subject)


def test_a_new_resource_shows_on_its_networks_page_at_once(client, library, network):
    text(client, network)
    publish_resource(library, "Careers fair checklist", network)
    assert "Careers fair checklist" in text(client, network)


def test_with_the_content_cache_off_every_view_is_worked_out_afresh(
    client, network, settings
):
    settings.CONTENT_CACHE_SECONDS = 0
    assert "Ada Lovelace" in text(client, network)
    # A change that sends no signal (a bulk update) still shows.
    from networks.models import Person

    Person.objects.update(name="Ada King")
    assert "Ada King" in text(client, network)


def test_related_resources_rank_across_chunks(client, library, network, monkeypatch):
    """
    A band of equally related resources larger than one query's chunk is
    ranked as a whole: newest first, whichever chunk it is in.
    """
    monkeypatch.setattr(related, "CHUNK", 2)
    subject = publish_resource(library, "Subject", network, ["post-16"])
    for year in (2019, 2024, 2021, 2025, 2020):
        publish_resource(
            library,
            f"Guide {year}",
            topics=["post-16"],
            published_date=datetime.date(year, 1, 1),
        )
    page = text(client, subject)
    found = [year for year in (2025, 2024, 2021, 2020, 2019) if f"Guide {year}" in page]
    assert found == [2025, 2024, 2021, 2020]


def queries(client, page):
    client.get(page.url)  # warms the cache
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    return len(captured)


def test_warm_resource_and_network_pages_need_few_queries_at_any_library_size(
    client, library, network
):
    subject = publish_resource(library, "Subject", network, ["post-16"])
    publish_resource(library, "First", network, ["post-16"])
    small = (queries(client, subject), queries(client, network))

    for number in range(40):
        publish_resource(library, f"More {number}", network, ["post-16"])
    large = (queries(client, subject), queries(client, network))

    assert large == small
    assert max(large) <= 10


def test_a_change_moves_the_generation_on_again_when_it_commits(
    django_capture_on_commit_callbacks,
):
    """
    Until an editor's change commits, other connections see the content
    without it: what a request worked out meanwhile was kept under the new
    generation, so the generation moves on again at commit, once however
    many saves the transaction made.
    """
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        person = PersonFactory(name="Ada Lovelace")
        person.name = "Ada King"
        person.save()
        during = content_cache.generation()

    assert len(callbacks) == 1
    assert content_cache.generation() == during + 1
