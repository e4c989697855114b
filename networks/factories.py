import datetime
import uuid

from django.utils import timezone

from wagtail.models import Page, Site

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import (
    Area,
    Meeting,
    MeetingRecord,
    NetworkIndexPage,
    NetworkLead,
    NetworkPage,
    Organisation,
    OrganisationIndexPage,
    Person,
    RosterMember,
)


class OrganisationFactory(DjangoModelFactory):
    """
    A partner organisation.

        OrganisationFactory(name="Leeds Trinity University", email_domains="ltu.ac.uk")
    """

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.PARTNER
    description = "A member of the alliance."

    class Meta:
        model = Organisation


class PersonFactory(DjangoModelFactory):
    """
    A network lead; their address is an example.org one.

        PersonFactory(name="Tamsin Bowers-Brown", organisation=organisation)
    """

    name = factory.Sequence(lambda n: f"Person {n}")
    job_title = "Headteacher"
    organisation = factory.SubFactory(OrganisationFactory)
    contact_email = factory.Sequence(lambda n: f"lead{n}@example.org")

    class Meta:
        model = Person


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    """
    "Our networks", under the home page:

        index = NetworkIndexPageFactory(parent=home)
    """

    title = "Our networks"
    slug = "networks"
    intro = "<p>A network of networks.</p>"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    """
    A network, under "Our networks". Its editors' group is made with it.

        network = NetworkPageFactory(parent=index, title="Equity network")
        NetworkLeadFactory(network=network, person=PersonFactory())
    """

    title = factory.Sequence(lambda n: f"Network {n}")
    summary = "Colleagues working together on a shared focus."
    area = Area.PHASE

    class Meta:
        model = NetworkPage


class NetworkLeadFactory(DjangoModelFactory):
    """A person's role on a network: NetworkLeadFactory(network=n, role="Chair")."""

    network = factory.SubFactory(NetworkPageFactory)
    person = factory.SubFactory(PersonFactory)
    role = "Network lead"

    class Meta:
        model = NetworkLead


class MeetingFactory(DjangoModelFactory):
    """
    A meeting a week from today, at 4pm:

        MeetingFactory(network=network, date=datetime.date(2026, 1, 15))
    """

    network = factory.SubFactory(NetworkPageFactory)
    date = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=7)
    )
    start = datetime.time(16, 0)
    end = datetime.time(17, 30)
    place = "Leeds Trinity University, Horsforth"
    agenda = "Welcome; sharing practice; next steps."

    class Meta:
        model = Meeting


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    """The partners and associates directory, e.g. under the home page."""

    title = "Partners and associates"
    slug = "partners-and-associates"

    class Meta:
        model = OrganisationIndexPage


def a_network():
    """The first network there is, or a new one in the site's tree: a roster
    row or a meeting record needs a network that is a real page."""
    network = NetworkPage.objects.order_by("pk").first()
    if network is not None:
        return network
    site = Site.objects.filter(is_default_site=True).first()
    home = site.root_page if site else Page.get_first_root_node()
    index = NetworkIndexPage.objects.first() or NetworkIndexPageFactory(parent=home)
    return NetworkPageFactory(parent=index)


class RosterMemberFactory(DjangoModelFactory):
    """A person on a network's roster, with an example.org address."""

    network = factory.LazyFunction(a_network)
    name = factory.Faker("name", locale="en_GB")
    email = factory.Sequence(lambda n: f"roster{n}@example.org")
    organisation = "Armley Primary School"
    role = "Teacher"

    class Meta:
        model = RosterMember


class MeetingRecordFactory(DjangoModelFactory):
    """A meeting as its roster was told of it, a week from now."""

    network = factory.LazyFunction(a_network)
    uid = factory.LazyFunction(uuid.uuid4)
    starts_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=7)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=1))
    where = "Leeds Trinity University, Horsforth"

    class Meta:
        model = MeetingRecord
