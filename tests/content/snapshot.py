"""
A snapshot of the site as the content loader leaves it, as plain JSON data.

Written from a database the shipped content was loaded into, before the
loader changed (tests/content/snapshot.json), and compared with what the
loader makes now, so "the same site as before" is a test, not a promise:
the page tree (each page's address, type, title, fields and search text),
the snippets and taxonomies, the relations between them, the documents, the
redirects, the editors' groups, the site and its settings.

Nothing in it depends on primary keys or clocks: pages are named by their
address, snippets by their name, documents by their title, so two loads
into two empty databases give the same snapshot.

    python -m pytest tests/content/test_snapshot.py   # compares
    LLA_WRITE_SNAPSHOT=1 python -m pytest ...          # writes it again
"""

import json
import re
from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.utils.encoding import force_str

from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from taggit.models import Tag
from wagtail import blocks
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupPagePermission,
    Page,
    ReferenceIndex,
    Site,
)

BLOCK_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SNAPSHOT = Path(__file__).with_name("snapshot.json")

# Fields every page has that say nothing about its content, or change with
# the clock or the order rows were written in.
PAGE_BOOKKEEPING = {
    "id",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale",
    "draft_title",
    "url_path",
    "owner",
    "locked_by",
    "locked_at",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "content_type",
    "alias_of",
}

# What Django adds to a file name that is already taken: "_" and seven
# letters or digits (Storage.get_alternative_name).
STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}(?=\.[^.]+$)")


class Snapshot:
    def __init__(self):
        site = Site.objects.get(is_default_site=True)
        self.root_url_path = site.root_page.url_path
        self.page_paths = {
            pk: site_path_of(url_path, self.root_url_path)
            for pk, url_path in Page.objects.values_list("pk", "url_path")
        }
        documents = get_document_model().objects.all()
        self.documents = {document.pk: document.title for document in documents}

    # Values ------------------------------------------------------------------

    def rich_text(self, html):
        """Rich text as stored, with links to pages and documents by name."""

        def by_name(match):
            kind, pk = match.group(1), int(match.group(2))
            if kind == "page":
                return f'linktype="page" path="{self.page_paths.get(pk)}"'
            return f'linktype="document" title="{self.documents.get(pk)}"'

        return re.sub(r'linktype="(page|document)" id="(\d+)"', by_name, html or "")

    def block(self, block, value):
        if isinstance(block, blocks.StreamBlock):
            return [
                {
                    "type": child.block_type,
                    "value": self.block(child.block, child.value),
                }
                for child in value
            ]
        if isinstance(block, blocks.ListBlock):
            return [self.block(block.child_block, item) for item in value]
        if isinstance(block, blocks.StructBlock):
            return {
                name: self.block(child, value.get(name))
                for name, child in block.child_blocks.items()
            }
        if isinstance(block, blocks.RichTextBlock):
            return self.rich_text(value.source if value else "")
        if isinstance(block, blocks.PageChooserBlock):
            return self.page_paths.get(value.pk) if value else None
        if isinstance(block, blocks.ChooserBlock):
            return str(value) if value else None
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    def field(self, instance, field):
        value = getattr(instance, field.attname)
        if isinstance(field, StreamField):
            return self.block(field.stream_block, getattr(instance, field.name))
        if isinstance(field, RichTextField):
            return self.rich_text(value)
        if isinstance(field, models.ForeignKey):
            if value is None:
                return None
            if issubclass(field.related_model, Page):
                return self.page_paths.get(value)
            return str(getattr(instance, field.name))
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    def fields(self, instance, skip=()):
        """Every concrete field but the keys, by name, in a stable form."""
        return {
            field.name: self.field(instance, field)
            for field in instance._meta.concrete_fields
            if not field.primary_key
            and field.name not in skip
            and not is_parent_link(field)
        }

    def many(self, instance, field):
        related = getattr(instance, field.name).all()
        if issubclass(field.related_model, Page):
            return sorted(self.page_paths[page.pk] for page in related)
        return sorted(str(item) for item in related)

    # Parts -------------------------------------------------------------------

    def search_text(self, instance):
        """
        What search finds the object by: the index entry the database backend
        wrote (SQLite), and the text its indexer makes from the object now,
        which is the same on every database.
        """
        title, body = [], []
        for field, value in indexed_values(instance, instance.get_search_fields()):
            if isinstance(field, SearchField):
                (title if field.field_name == "title" else body).append(value)
        text = {"title": " ".join(title), "body": " ".join(body)}
        if connection.vendor == "sqlite":
            IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
            entry = IndexEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(instance),
                object_id=str(instance.pk),
            ).first()
            stored = {"title": entry.title, "body": entry.body} if entry else None
            text["indexed"] = "the same" if stored == text else stored
        return text

    def page(self, page):
        specific = page.specific
        data = {
            "path": self.page_paths[page.pk],
            "type": specific._meta.label,
            "title": page.title,
            "live": page.live,
            "show_in_menus": page.show_in_menus,
            "has_unpublished_changes": page.has_unpublished_changes,
            "fields": self.fields(specific, skip=PAGE_BOOKKEEPING),
        }
        for field in specific._meta.many_to_many:
            data["fields"][field.name] = self.many(specific, field)
        for relation in specific._meta.related_objects:
            name = relation.get_accessor_name()
            if relation.one_to_many and name in {"leads", "meetings", "files"}:
                rows = getattr(specific, name).order_by("sort_order")
                # Example meetings (content/examples/, issue 17) are dated
                # from the day of the load: not part of the snapshot.
                data["fields"][name] = [
                    self.fields(row, skip={relation.field.name})
                    for row in rows
                    if not getattr(row, "example", False)
                ]
        if hasattr(specific, "tags"):
            data["fields"]["tags"] = sorted(tag.name for tag in specific.tags.all())
        data["search"] = self.search_text(specific)
        return data

    def snippets(self):
        found = {}
        for label in [
            "networks.Organisation",
            "networks.Person",
            "resources.ResourceType",
            "resources.Audience",
            "search.Synonym",
        ]:
            model = apps.get_model(label)
            rows = []
            for instance in model.objects.order_by(*self.natural_order(model)):
                row = self.fields(instance, skip={"latest_revision"})
                if hasattr(instance, "search_fields"):
                    row["search"] = self.search_text(instance)
                rows.append(row)
            found[label] = rows
        found["taggit.Tag"] = [
            {"name": tag.name, "slug": tag.slug} for tag in Tag.objects.order_by("name")
        ]
        return found

    @staticmethod
    def natural_order(model):
        names = {field.name for field in model._meta.fields}
        return ["name"] if "name" in names else ["terms"]

    def documents_data(self):
        holders = {}
        for label in ["resources.ResourceFile", "resources.ChapterFile"]:
            model = apps.get_model(label)
            parent = "resource" if label.endswith("ResourceFile") else "chapter"
            for row in model.objects.all():
                holders.setdefault(row.document_id, []).append(
                    self.page_paths[getattr(row, f"{parent}_id")]
                )
        rows = []
        for document in get_document_model().objects.order_by("title"):
            rows.append(
                {
                    "title": document.title,
                    "file": STORAGE_SUFFIX.sub("", document.filename),
                    "file_size": document.file_size,
                    "file_hash": document.file_hash,
                    "collection": document.collection.name,
                    "held_by": sorted(holders.get(document.pk, [])),
                }
            )
        return rows

    def collections(self):
        return [
            {
                "name": collection.name,
                "depth": collection.depth,
                "restrictions": sorted(
                    CollectionViewRestriction.objects.filter(
                        collection=collection
                    ).values_list("restriction_type", flat=True)
                ),
            }
            for collection in Collection.objects.order_by("path")
        ]

    def redirects(self):
        return [
            {
                "old_path": redirect.old_path,
                "site": redirect.site.hostname if redirect.site else None,
                "is_permanent": redirect.is_permanent,
                "redirect_page": self.page_paths.get(redirect.redirect_page_id),
                "redirect_link": redirect.redirect_link,
            }
            for redirect in Redirect.objects.order_by("old_path")
        ]

    def groups(self):
        return {
            group.name: sorted(
                [self.page_paths.get(p.page_id), p.permission.codename]
                for p in GroupPagePermission.objects.filter(group=group).select_related(
                    "permission"
                )
            )
            for group in Group.objects.order_by("name")
        }

    def references(self):
        """Wagtail's reference index ("Usage" in the admin), by name."""
        rows = []
        for ref in ReferenceIndex.objects.select_related(
            "content_type", "to_content_type"
        ):
            source = self.label(ref.content_type, ref.object_id)
            target = self.label(ref.to_content_type, ref.to_object_id)
            # A block's place is its random id: "body.<uuid>.page" is "body.*.page".
            content_path = BLOCK_ID.sub("*", ref.content_path)
            rows.append([source, target, ref.model_path, content_path])
        return sorted(rows)

    def label(self, content_type, object_id):
        model = content_type.model_class()
        if issubclass(model, Page):
            return f"page {self.page_paths.get(int(object_id))}"
        instance = model._default_manager.filter(pk=object_id).first()
        return f"{model._meta.label} {instance}"

    def site(self):
        site = Site.objects.get(is_default_site=True)
        settings = apps.get_model("core", "SiteSettings").objects.get(site=site)
        return {
            "hostname": site.hostname,
            "port": site.port,
            "site_name": site.site_name,
            "root_page": self.page_paths[site.root_page_id],
            "settings": self.fields(settings, skip={"site"}),
        }

    def data(self):
        pages = Page.objects.filter(depth__gt=1).order_by("path")
        return {
            "pages": [self.page(page) for page in pages],
            "snippets": self.snippets(),
            "documents": self.documents_data(),
            "collections": self.collections(),
            "redirects": self.redirects(),
            "groups": self.groups(),
            "references": self.references(),
            "site": self.site(),
        }


def is_parent_link(field):
    """The key that joins a page to its base class's row (page_ptr)."""
    return isinstance(field, models.OneToOneField) and field.remote_field.parent_link


def indexed_value(value):
    """A field's value as the database search backends write it."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(indexed_value(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(indexed_value(item) for item in value.values())
    return force_str(value)


def indexed_values(instance, search_fields):
    """(field, text) for each search field, as modelsearch's ObjectIndexer."""
    for field in search_fields:
        if isinstance(field, SearchField | AutocompleteField):
            yield field, indexed_value(field.get_value(instance))
        elif isinstance(field, RelatedFields):
            related = field.get_value(instance)
            if related is None:
                continue
            if isinstance(related, models.Manager):
                related = related.all()
            else:
                related = [related() if callable(related) else related]
            for item in related:
                yield from indexed_values(item, field.fields)


def site_path_of(url_path, root_url_path):
    if not url_path.startswith(root_url_path):
        return url_path  # the tree's root, outside the site
    return "/" + url_path.removeprefix(root_url_path)


def take():
    """The snapshot of the site in the current database."""
    return Snapshot().data()


def dumps(data):
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def load():
    return json.loads(SNAPSHOT.read_text())
