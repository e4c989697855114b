"""What visitors get from "Our networks", each network page and the directory."""

import datetime
import re

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import Client, TestCase
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from accounts.factories import MemberFactory, UserFactory
from core.content.loader import load_all
from core.models import SiteSettings
from enquiries.models import ContactPage
from networks.calendar import meeting_uid
from networks.factories import (
    MeetingFactory,
    NetworkIndexPageFactory,
    NetworkLeadFactory,
    NetworkPageFactory,
    OrganisationFactory,
    OrganisationIndexPageFactory,
    PersonFactory,
)
from networks.models import Meeting, NetworkPage, Organisation, Person
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from tests.content import shipped

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def html(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


class TestLoadedNetworks(TestCase):
    """The networks as `load_lla_content` ships them, loaded once for the class."""

    @classmethod
    def setUpTestData(cls):
        load_all(hostname="localhost", port=80, stdout=lambda line: None)

    def test_every_network_the_seeds_name_is_live_and_listed(self):
        index = html(self.client.get("/networks/"))
        listed = {a["href"] for a in index.select(".card__title a")}
        networks = shipped.of_type("networks.NetworkPage")
        for spec in networks:
            with self.subTest(network=spec.slug):
                self.assertIn(spec.path, listed)
                self.assertTrue(NetworkPage.objects.live().get(slug=spec.slug))
        self.assertEqual(len(listed), len(networks))

    def test_each_network_shows_its_leads_names_roles_and_organisations(self):
        people = shipped.snippets("networks.Person")
        organisations = shipped.snippets("networks.Organisation")
        for spec in shipped.of_type("networks.NetworkPage"):
            page = html(self.client.get(spec.path))
            leads = page.find("section", attrs={"aria-labelledby": "leads-heading"})
            text = " ".join(leads.get_text(" ").split())
            for lead in spec.front.get("leads", []):
                person = people[lead["person"]]
                with self.subTest(network=spec.slug, person=person["name"]):
                    self.assertIn(person["name"], text)
                    self.assertIn(lead["role"], text)
                    if person.get("organisation"):
                        org = organisations[person["organisation"]]["name"]
                        self.assertIn(org, text)

    def test_no_email_address_appears_on_any_page_or_feed(self):
        urls = [page.url for page in Page.objects.live().filter(depth__gte=2)]
        urls += ["/networks/calendar/", "/networks/careers/calendar/", "/sitemap.xml"]
        for url in urls:
            with self.subTest(url=url):
                body = self.client.get(url).content.decode()
                self.assertEqual(EMAIL.findall(body), [])

    def test_routing_addresses_are_example_org_only(self):
        for spec in shipped.snippets("networks.Person").values():
            with self.subTest(person=spec["name"]):
                self.assertTrue(spec["contact_email"].endswith("@example.org"))

    def test_each_network_has_its_own_editors_group(self):
        for network in NetworkPage.objects.all():
            with self.subTest(network=network.slug):
                self.assertIsNotNone(network.editors_group)
                self.assertIn(network.title, network.editors_group.name)

    def test_loading_again_duplicates_nobody(self):
        def counts():
            return (
                Organisation.objects.count(),
                Person.objects.count(),
                NetworkPage.objects.count(),
                Group.objects.count(),
            )

        before = counts()
        load_all(hostname="localhost", port=80, stdout=lambda line: None)
        self.assertEqual(counts(), before)

    def test_directory_lists_partners_with_their_networks(self):
        page = html(self.client.get("/about/partners-and-associates/"))
        item = next(
            li
            for li in page.select(".directory__item")
            if li.h3.get_text(strip=True) == "Carr Manor Community School"
        )
        networks = [a.get_text() for a in item.select(".directory__networks a")]
        self.assertIn("Careers network", networks)


pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return NetworkIndexPageFactory(parent=home)


def test_index_filters_by_area_without_javascript(client, index):
    NetworkPageFactory(parent=index, title="Digital pathways", area="digital")
    NetworkPageFactory(parent=index, title="Primary leaders", area="phase")

    page = html(client.get("/networks/?area=digital"))

    assert [a.get_text() for a in page.select(".card__title a")] == ["Digital pathways"]
    current = page.select_one(".filter-links a[aria-current]")
    assert current.get_text() == "Digital"
    # Only areas that have networks are offered.
    filters = [a.get_text() for a in page.select(".filter-links a")]
    assert filters == ["All areas", "Phases of education", "Digital"]


@pytest.mark.parametrize("area", ["nonsense", "<script>", "digital' OR 1=1"])
def test_unknown_area_shows_every_network(client, index, area):
    NetworkPageFactory(parent=index, title="Digital pathways", area="digital")
    NetworkPageFactory(parent=index, title="Primary leaders", area="phase")

    page = html(client.get("/networks/", {"area": area}))

    assert len(page.select(".card__title a")) == 2
    assert page.select_one(".filter-links a[aria-current]").get_text() == "All areas"


def test_index_lists_only_live_networks(client, index):
    NetworkPageFactory(parent=index, title="Live network")
    NetworkPageFactory(parent=index, title="Draft network").unpublish()

    titles = [a.get_text() for a in html(client.get("/networks/")).select(".card a")]

    assert titles == ["Live network"]


def test_index_empty_state_invites_new_networks(client, index):
    page = html(client.get("/networks/"))
    assert "There are no networks to show yet" in page.get_text()


def test_meeting_leaves_upcoming_list_once_its_date_has_passed(client, index):
    network = NetworkPageFactory(parent=index)
    today = timezone.localdate()
    MeetingFactory(network=network, date=today, agenda="Today's meeting")
    MeetingFactory(
        network=network, date=today - datetime.timedelta(days=1), agenda="Yesterday"
    )
    MeetingFactory(
        network=network, date=today + datetime.timedelta(days=30), agenda="Next month"
    )

    page = html(client.get(network.url))

    lists = page.select("ul.meetings")
    upcoming = [p.get_text() for p in lists[0].select(".meeting__agenda")]
    past = [p.get_text() for p in lists[1].select(".meeting__agenda")]
    assert upcoming == ["Today's meeting", "Next month"]
    assert past == ["Yesterday"]


def test_past_meeting_links_its_minutes(client, index):
    from wagtail.documents.models import Document

    from tests.home.test_pages import _uploaded

    minutes = Document.objects.create(
        title="Minutes", file=_uploaded("minutes.pdf", b"%PDF-1.4")
    )
    network = NetworkPageFactory(parent=index)
    MeetingFactory(network=network, date=datetime.date(2025, 3, 5), minutes=minutes)

    meeting = network.meetings.get()
    link = html(client.get(network.url)).find("a", string="Minutes of this meeting")

    # The link is the network's own address for the minutes (which can be
    # marked for members); for a public file it leads on to the file.
    assert link["href"] == network.url + meeting.minutes_path
    response = client.get(link["href"])
    assert response.status_code == 302
    assert response["Location"] == minutes.url


def test_network_without_leads_says_so(client, index):
    network = NetworkPageFactory(parent=index)
    assert "looking for a lead" in html(client.get(network.url)).get_text()


def test_leads_appear_in_the_order_editors_set(client, index):
    network = NetworkPageFactory(parent=index)
    NetworkLeadFactory(network=network, person__name="Second", sort_order=2)
    NetworkLeadFactory(network=network, person__name="First", sort_order=1)

    names = [
        p.get_text() for p in html(client.get(network.url)).select(".person__name")
    ]

    assert names == ["First", "Second"]


def _contact_page(home):
    contact = ContactPage(title="Contact our networks", slug="contact")
    home.add_child(instance=contact)
    contact.save_revision().publish()
    return contact


def test_join_action_waits_for_the_contact_page(client, index):
    network = NetworkPageFactory(parent=index, slug="equity")
    page = html(client.get(network.url))
    assert page.find("a", string="Join this network") is None

    home = index.get_parent()
    contact = _contact_page(home)
    chosen = SiteSettings.for_site(home.get_site())
    chosen.contact_page = contact
    chosen.save()  # as an editor would, in Settings > Site settings
    join = html(client.get(network.url)).find("a", string="Join this network")
    assert join["href"] == "/contact/?network=equity"


def test_renaming_the_contact_page_keeps_every_join_button(client, index):
    """The contact page is found through the site settings, never by its slug."""
    home = index.get_parent()
    contact = _contact_page(home)
    chosen = SiteSettings.for_site(home.get_site())
    chosen.contact_page = contact
    chosen.save()
    networks = [
        NetworkPageFactory(parent=index, slug=slug) for slug in ("equity", "careers")
    ]
    editor = UserFactory(is_superuser=True)
    admin = Client()
    admin.force_login(editor)

    form = admin.get(f"/admin/pages/{contact.pk}/edit/").context["form"]
    data = {
        name: form[name].value() or ""
        for name in form.fields
        if name not in ("comments",) and not name.startswith("comments-")
    }
    data.update(
        nested_form_data(
            {
                "title": "Get in touch",
                "slug": "get-in-touch",
                "intro": rich_text(""),
                "thank_you": rich_text(""),
                "comments": inline_formset([]),
            }
        )
    )
    data["action-publish"] = "Publish"
    answer = admin.post(f"/admin/pages/{contact.pk}/edit/", data)
    assert answer.status_code == 302, answer.context["form"].errors
    contact.refresh_from_db()
    assert contact.url == "/get-in-touch/"

    for network in networks:
        join = html(client.get(network.url)).find("a", string="Join this network")
        assert join["href"] == f"/get-in-touch/?network={network.slug}"


@pytest.mark.parametrize("count", [1, 20])
def test_network_page_queries_do_not_grow_with_its_content(
    client, index, count, django_assert_max_num_queries
):
    network = NetworkPageFactory(parent=index)
    organisations = OrganisationFactory.create_batch(count)
    network.organisations.set(organisations)
    network.save()
    for n in range(count):
        NetworkLeadFactory(network=network, person__organisation=organisations[n])
        MeetingFactory(
            network=network,
            date=timezone.localdate() + datetime.timedelta(days=n - count // 2),
        )
    library = ResourceIndexPageFactory(parent=index.get_parent())
    for _ in range(count):
        resource = ResourcePageFactory(parent=library)
        resource.networks.add(network)
        resource.save()  # parental many-to-many links are stored on save
    client.get(network.url)  # warm the site and menu caches

    # 12 for the page, 2 for its resources (view restrictions, then the list),
    # and past a page of resources 2 more: their count and the library's link.
    with django_assert_max_num_queries(16):
        response = client.get(network.url)

    page = html(response)
    assert len(page.select(".person")) == count
    assert len(page.select(".meeting")) == count
    assert len(page.select(".resource-item")) == min(count, 12)


@pytest.mark.parametrize("count", [1, 20])
def test_index_queries_do_not_grow_with_networks(
    client, index, count, django_assert_max_num_queries
):
    for _ in range(count):
        NetworkLeadFactory(network=NetworkPageFactory(parent=index))
    client.get(index.url)

    with django_assert_max_num_queries(12):
        assert len(html(client.get(index.url)).select(".card")) == count


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_network_calendar_holds_that_networks_meetings(client, index):
    network = NetworkPageFactory(parent=index, title="Equity network")
    other = NetworkPageFactory(parent=index, title="Careers network")
    meeting = MeetingFactory(
        network=network,
        date=datetime.date(2026, 12, 3),
        start=datetime.time(16, 0),
        end=datetime.time(17, 30),
        place="Leeds Trinity University",
        agenda="Toolkit review",
    )
    MeetingFactory(network=other)

    calendar = parse_calendar(client.get(f"{network.url}calendar/"))

    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Equity network meeting"
    assert str(event["location"]) == "Leeds Trinity University"
    assert str(event["description"]) == "Toolkit review"
    assert event["dtstart"].dt == meeting.starts_at
    assert event["dtstart"].dt.utcoffset() == datetime.timedelta(0)  # GMT in Dec
    assert event["dtend"].dt - event["dtstart"].dt == datetime.timedelta(minutes=90)
    assert str(event["uid"]) == meeting_uid(network.pk, meeting.uid)
    assert str(event["url"]) == f"http://localhost{network.url}"


def test_all_networks_calendar_holds_every_live_networks_meetings(client, index):
    live = [NetworkPageFactory(parent=index) for _ in range(2)]
    draft = NetworkPageFactory(parent=index)
    draft.unpublish()
    for network in [*live, draft]:
        MeetingFactory(network=network)

    events = parse_calendar(client.get("/networks/calendar/")).walk("VEVENT")

    expected = {
        meeting_uid(m.network_id, m.uid)
        for m in Meeting.objects.filter(network__in=live)
    }
    assert {str(event["uid"]) for event in events} == expected


def test_online_meeting_says_so_in_the_calendar(client, index):
    network = NetworkPageFactory(parent=index)
    MeetingFactory(network=network, place="", online=True)
    event = parse_calendar(client.get(f"{network.url}calendar/")).walk("VEVENT")[0]
    assert str(event["location"]) == "Online"


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"start": datetime.time(17), "end": datetime.time(16)}, "end"),
        ({"place": "", "online": False}, "place"),
    ],
)
def test_meeting_validation_explains_the_problem(index, fields, error_field):
    meeting = MeetingFactory.build(network=NetworkPageFactory(parent=index), **fields)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert error_field in error.value.message_dict


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("leedstrinity.ac.uk\ncarrmanor.org.uk", True),
        ("@leedstrinity.ac.uk", True),
        ("not a domain", False),
        ("someone@school.org", False),
    ],
)
def test_organisation_email_domains_are_checked(value, valid):
    organisation = OrganisationFactory.build(name="School", email_domains=value)
    if valid:
        organisation.full_clean()
    else:
        with pytest.raises(ValidationError, match="is not an email domain"):
            organisation.full_clean()


def test_organisation_domains_are_normalised():
    organisation = OrganisationFactory.build(email_domains=" @LTU.ac.uk \n\nx.org")
    assert organisation.domains == ["ltu.ac.uk", "x.org"]


def test_person_preview_never_shows_the_contact_address(rf, home):
    person = PersonFactory(contact_email="lead@example.org", name="Anne Fell")
    request = rf.get("/")
    request.user = None

    response = person.make_preview_request(request, person.default_preview_mode)

    body = (
        response.render().content.decode()
        if hasattr(response, "render")
        else (response.content.decode())
    )
    assert "Anne Fell" in body
    assert "lead@example.org" not in body


def test_directory_shows_each_organisations_live_networks(client, home, index):
    live = NetworkPageFactory(parent=index, title="Careers network")
    draft = NetworkPageFactory(parent=index, title="Draft network")
    school = OrganisationFactory(name="Carr Manor Community School")
    for network in (live, draft):
        network.organisations.add(school)
        network.save()
    draft.unpublish()
    directory = OrganisationIndexPageFactory(parent=home)

    page = html(client.get(directory.url))

    networks = [a.get_text() for a in page.select(".directory__networks a")]
    assert networks == ["Careers network"]


def test_a_network_with_many_resources_shows_some_and_links_to_the_rest(client, home):
    from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
    from resources.factories import ResourceIndexPageFactory, ResourcePageFactory

    index = NetworkIndexPageFactory(parent=home)
    network = NetworkPageFactory(parent=index, title="Careers", slug="careers")
    library = ResourceIndexPageFactory(parent=home)
    for number in range(15):
        resource = ResourcePageFactory(parent=library, title=f"Guide {number:02}")
        resource.networks.add(network)
        resource.save()
    html = client.get(network.url).content.decode()
    assert html.count('<li class="resource-item">') == 12
    assert "Guide 00" in html and "Guide 12" not in html
    assert 'href="/resources/?network=careers"' in html
    assert "See all 15 of this network's resources in the library" in html


def test_a_networks_resource_list_is_kept_apart_for_members_and_visitors(client, home):
    """
    The list is a cached fragment per audience: a member's view, with the
    summaries of members-only resources, never reaches a visitor.
    """
    from networks.factories import NetworkIndexPageFactory, NetworkPageFactory

    index = NetworkIndexPageFactory(parent=home)
    network = NetworkPageFactory(parent=index, title="Careers", slug="careers")
    library = ResourceIndexPageFactory(parent=home)
    resource = ResourcePageFactory(
        parent=library,
        title="Guide for members",
        summary="A summary only members may read.",
        members_only=True,
    )
    resource.networks.add(network)
    resource.save()
    member = MemberFactory()

    client.force_login(member)
    as_member = client.get(network.url).content.decode()
    client.logout()
    as_visitor = client.get(network.url).content.decode()

    assert "A summary only members may read." in as_member
    assert "Guide for members" in as_visitor
    assert "A summary only members may read." not in as_visitor
