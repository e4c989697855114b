"""Loads the alliance's networks, their leads and organisations from `lla_content`."""

from home.lla_loader import stream_data

from . import lla_content
from .models import (
    NetworkIndexPage,
    NetworkLead,
    NetworkPage,
    Organisation,
    OrganisationIndexPage,
    Person,
)
from .permissions import ensure_lla_editors_group, ensure_network_group


def _get_or_create(model, lookup, defaults, loader):
    """A snippet by its natural key; new ones get a first revision."""
    instance = model.objects.filter(**lookup).first()
    if instance is not None:
        return instance
    instance = model.objects.create(**lookup, **defaults)
    instance.save_revision()
    loader.stdout(f"  created  {model._meta.verbose_name}: {instance}")
    return instance


def _load_organisations(loader):
    return {
        spec["key"]: _get_or_create(
            Organisation,
            {"name": spec["name"]},
            {
                "kind": spec["kind"],
                "description": spec.get("description", ""),
                "website": spec.get("website", ""),
            },
            loader,
        )
        for spec in lla_content.ORGANISATIONS
    }


def _load_people(loader, organisations):
    return {
        spec["key"]: _get_or_create(
            Person,
            {"name": spec["name"]},
            {
                "job_title": spec.get("job_title", ""),
                "organisation": organisations.get(spec.get("organisation")),
                "contact_email": spec.get("email", ""),
            },
            loader,
        )
        for spec in lla_content.PEOPLE
    }


def _network_page(spec, people, organisations):
    page = NetworkPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        area=spec["area"],
        status=spec["status"],
        meeting_rhythm=spec.get("meeting_rhythm", ""),
        search_keywords=spec.get("keywords", ""),
        body=stream_data(spec.get("body", [])),
        programmes=[
            {"type": "programme", "value": {**programme, "link": ""}}
            for programme in spec.get("programmes", [])
        ],
    )
    page.leads = [
        NetworkLead(person=people[lead["person"]], role=lead["role"])
        for lead in spec.get("leads", [])
    ]
    page.organisations = [organisations[key] for key in spec.get("organisations", [])]
    return page


def load(loader):
    ensure_lla_editors_group()
    organisations = _load_organisations(loader)
    people = _load_people(loader, organisations)

    spec = lla_content.INDEX
    index = loader.ensure_child(
        loader.home,
        NetworkIndexPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            search_description=spec["search_description"],
            show_in_menus=True,
        ),
    )
    for network_spec in lla_content.NETWORKS:
        network = loader.ensure_child(
            index, _network_page(network_spec, people, organisations)
        )
        ensure_network_group(network)

    spec = lla_content.DIRECTORY
    parent = loader.resolve(spec["parent"]) or loader.home
    loader.ensure_child(
        parent,
        OrganisationIndexPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            search_description=spec["search_description"],
        ),
    )
