"""Loads the library: taxonomies, resources, the toolkit and their files."""

import datetime

from django.core.files.base import ContentFile

from modelsearch import index
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils.file import hash_filelike

from home.lla_loader import stream_data
from networks import lla_content as network_content
from networks.models import NetworkPage, Organisation

from . import lla_content
from .models import (
    Audience,
    ChapterFile,
    Licence,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    ToolkitPage,
    ToolkitSectionPage,
)
from .pdf import text_pdf

LICENCES = {label: value for value, label in Licence.choices}


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


MEMBERS_COLLECTION = "Library: members only"


def _collection(members_only=False):
    """
    "Library" for open files; "Library: members only" for members-only
    resources' files, a private collection (resources/documents.py), so a file
    stays members-only wherever an editor links it from.
    """
    root = Collection.get_first_root_node()
    name = MEMBERS_COLLECTION if members_only else "Library"
    existing = root.get_children().filter(name=name).first()
    if existing:
        return existing
    collection = root.add_child(name=name)
    if members_only:
        CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.LOGIN,
        )
    return collection


def _document(spec, members_only=False):
    """A generated PDF handout, made once and found again by its title."""
    documents = get_document_model()
    existing = documents.objects.filter(title=spec["title"]).first()
    if existing:
        return existing
    document = documents(title=spec["title"], collection=_collection(members_only))
    content = ContentFile(text_pdf(spec["title"], spec["text"]))
    document.file.save(spec["filename"], content, save=False)
    # Its size and digest, as Wagtail's upload form records them: the digest
    # is the file's ETag when it is served.
    document.file_size = content.size
    document.file_hash = hash_filelike(content)
    document.save()
    return document


def _catalogue(spec, taxonomies):
    """The fields every resource and toolkit share, from its content entry."""
    organisations = {o["key"]: o["name"] for o in network_content.ORGANISATIONS}
    organisation_name = organisations.get(spec.get("organisation"))
    return {
        "title": spec["title"],
        "slug": spec["slug"],
        "summary": spec["summary"],
        "resource_type": taxonomies["types"].get(spec.get("resource_type")),
        "author": spec.get("author", ""),
        "organisation": Organisation.objects.filter(name=organisation_name).first(),
        "published_date": _date(spec.get("published")),
        "last_reviewed": _date(spec.get("last_reviewed")),
        "licence": LICENCES.get(spec.get("licence"), Licence.ALL_RIGHTS),
        "members_only": spec.get("access") == "members",
        "listed": spec.get("listed", True),
        "links": [{"type": "link", "value": link} for link in spec.get("links", [])],
    }


def _relate(page, spec, taxonomies):
    page.audiences = [taxonomies["audiences"][key] for key in spec.get("audiences", [])]
    page.networks = list(NetworkPage.objects.filter(slug__in=spec.get("networks", [])))
    page.tags.set(spec.get("topics", []))


def _taxonomies():
    types = {
        slug: ResourceType.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in lla_content.RESOURCE_TYPES
    }
    audiences = {
        slug: Audience.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )[0]
        for order, (slug, name) in enumerate(lla_content.AUDIENCES)
    }
    return {"types": types, "audiences": audiences}


def _load_toolkit(loader, library, taxonomies):
    spec = lla_content.TOOLKIT
    toolkit = ToolkitPage(
        **_catalogue({**spec, "resource_type": "toolkit"}, taxonomies),
        body=stream_data([{"type": "paragraph", "value": spec["intro"]}]),
        changelog=[
            {"type": "change", "value": change} for change in spec.get("changelog", [])
        ],
    )
    _relate(toolkit, spec, taxonomies)
    toolkit = loader.ensure_child(library, toolkit)
    for chapter_spec in spec["chapters"]:
        chapter = ToolkitSectionPage(
            title=chapter_spec["title"],
            slug=chapter_spec["slug"],
            summary=chapter_spec.get("summary", ""),
            body=stream_data(chapter_spec["body"]),
        )
        if chapter_spec.get("file"):
            chapter.files = [ChapterFile(document=_document(chapter_spec["file"]))]
        loader.ensure_child(toolkit, chapter)


def load(loader):
    taxonomies = _taxonomies()
    library = loader.ensure_child(
        loader.home,
        ResourceIndexPage(
            title="Resource library",
            slug="resources",
            intro=(
                "<p>Toolkits, guides, reports and programmes shared by the "
                "alliance's networks. Some are for members: staff of partner "
                "organisations can sign in to open them.</p>"
            ),
            search_description=(
                "Toolkits, guides and reports from the Leeds Learning Alliance's "
                "networks, for educators in Leeds."
            ),
            show_in_menus=True,
        ),
    )
    _load_toolkit(loader, library, taxonomies)
    for spec in lla_content.RESOURCES:
        page = ResourcePage(
            **_catalogue(spec, taxonomies), body=stream_data(spec.get("body", []))
        )
        _relate(page, spec, taxonomies)
        if spec.get("file"):
            members_only = spec.get("access") == "members"
            page.files = [ResourceFile(document=_document(spec["file"], members_only))]
        loader.ensure_child(library, page)
    # A page's tags are saved after its search entry is written, so new
    # resources are indexed again once every page exists.
    loader.defer(lambda: _reindex(loader.created))
    loader.defer(lambda: _redirect_retired(loader))


def _reindex(url_paths):
    for page in ResourcePage.objects.filter(url_path__in=url_paths).specific():
        index.insert_or_update_object(page)


def _redirect_retired(loader):
    """
    A permanent redirect from each retired resource's address to the page that
    replaced it, so old links and bookmarks still work; once made, or if the
    address already leads somewhere (editors may have sent it elsewhere), it
    is left alone. Wagtail redirects only an address with no page, so on a
    site loaded before the resource was retired the redirect waits until an
    editor unpublishes or deletes the old page.
    """
    site = loader.home.get_site()
    for retired in lla_content.RETIRED:
        old_path = Redirect.normalise_path(retired["old_path"])
        if Redirect.get_for_site(site).filter(old_path=old_path).exists():
            continue
        page = loader.resolve(retired["new_path"])
        if page is None:
            loader.stdout(
                f"  skipped  redirect {retired['old_path']}: no page to go to"
            )
            continue
        Redirect.add_redirect(old_path, redirect_to=page, site=site)
        loader.stdout(f"  redirect {retired['old_path']} -> {retired['new_path']}")
        if loader.resolve(retired["old_path"]) is not None:
            loader.stdout(
                f"  kept     {retired['old_path']}  no longer shipped: unpublish "
                "it and its address leads to its replacement"
            )
