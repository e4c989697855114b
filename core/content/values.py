"""
A model's fields as the plain data of a content file, and back.

Fields are found by what they are, never by the page type: text, numbers,
dates and choices are written as they are; rich text as Markdown; a
StreamField as a list of its blocks' values; a page as its address; a
snippet (a person, an organisation, a resource type…) as its key in
content/snippets/; a document or image as its file name in content/files/;
tags as their names; inline rows (a network's leads, a resource's files) as
a list of their own fields. So `core` imports no project app: page types are
models named in the files (`type: networks.NetworkPage`).

Loading asks `refs` (the loader) for what a name stands for; exporting asks
`names` (the exporter) for an object's name. Both sides use the same rules,
so what is exported loads back to the same values.
"""

import datetime

from django.db import models

from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from . import ContentError

# Page fields every page has that are content; the rest of Page's own fields
# are the tree's and Wagtail's bookkeeping.
PAGE_FIELDS = ("title", "slug", "show_in_menus", "seo_title", "search_description")
# Inline rows Wagtail keeps for itself, and tags' own rows (written as tags).
SKIPPED_RELATIONS = {"wagtail_admin_comments", "tagged_items"}


def label(model):
    return model._meta.label


def is_page_model(model):
    return issubclass(model, Page)


def is_snippet_model(model):
    return model in get_snippet_models()


def main_text_field(model):
    """
    The field a page file's Markdown holds: the page's `body`, or for a page
    type with no body, its rich-text `intro`.
    """
    names = {field.name: field for field in model._meta.concrete_fields}
    if isinstance(names.get("body"), StreamField):
        return "body"
    if isinstance(names.get("intro"), RichTextField):
        return "intro"
    return None


# What each field is ----------------------------------------------------------


def field_kind(field):
    """
    How a field is written, or None for one that is not content (keys,
    bookkeeping, links to users or other things with no place in the files).
    """
    if isinstance(field, TaggableManager):
        return "tags"
    if isinstance(field, StreamField):
        return "stream"
    if isinstance(field, RichTextField):
        return "richtext"
    if isinstance(field, models.FileField):
        return None  # a document's or image's file: in content/files/
    if field.many_to_many:
        target = field.related_model
        if is_page_model(target):
            return "pages"
        if is_snippet_model(target):
            return "snippets"
        return None
    if field.is_relation:
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            return None
        target = field.related_model
        if is_page_model(target):
            return "page"
        if is_snippet_model(target):
            return "snippet"
        if target is get_document_model():
            return "document"
        if target is get_image_model():
            return "image"
        return None
    return "value"


def content_fields(model):
    """(name, field, kind) for each field a file writes, in definition order."""
    page = is_page_model(model)
    found = []
    fields = [*model._meta.concrete_fields, *model._meta.many_to_many]
    for field in sorted(fields, key=lambda f: f.creation_counter):
        if field.primary_key:
            continue
        if page and field.model is Page:
            if field.name not in PAGE_FIELDS:
                continue
        elif not field.editable and not isinstance(field, TaggableManager):
            continue
        kind = field_kind(field)
        if kind is not None:
            found.append((field.name, field, kind))
    return found


def child_relations(model):
    """The model's inline rows (modelcluster child relations), by name."""
    return [
        relation
        for relation in get_all_child_relations(model)
        if relation.get_accessor_name() not in SKIPPED_RELATIONS
    ]


def row_fields(relation):
    """The fields of an inline row, without its key to the page and its order."""
    model = relation.related_model
    return [
        (name, field, kind)
        for name, field, kind in content_fields(model)
        if name not in (relation.field.name, "sort_order")
    ]


def is_empty(value):
    return value is None or value == "" or value == [] or value == {}


def default_of(field):
    if isinstance(field, TaggableManager) or field.many_to_many:
        return []
    if isinstance(field, StreamField):
        return []
    return field.get_default()


def worth_writing(field, value):
    """
    A value is written unless it is the field's default and says nothing: an
    empty field, or a box left as it was. A default with meaning (a network's
    status, a resource's licence) is written, so the file shows it.
    """
    default = default_of(field)
    if value != default:
        return True
    return not (is_empty(value) or isinstance(value, bool))


# Exporting: objects to data ----------------------------------------------------


def dump_fields(instance, fields, names, skip=()):
    data = {}
    for name, field, kind in fields:
        if name in skip:
            continue
        value = dump_field(instance, name, field, kind, names)
        if worth_writing(field, _comparable(instance, field, kind, value)):
            data[name] = value
    return data


def _comparable(instance, field, kind, value):
    """The value as the field holds it, to tell whether it is the default."""
    if kind in ("value", "richtext", "page", "snippet", "document", "image"):
        return getattr(instance, field.attname)
    return value or []


def dump_field(instance, name, field, kind, names):
    if kind == "value":
        return plain(getattr(instance, field.attname))
    if kind == "richtext":
        return names.markdown(getattr(instance, field.attname))
    if kind == "stream":
        return dump_stream(field.stream_block, getattr(instance, name), names)
    if kind in ("page", "snippet", "document", "image"):
        related = getattr(instance, name)
        return None if related is None else names.name(related)
    if kind == "pages":
        return sorted(names.name(page) for page in getattr(instance, name).all())
    if kind == "snippets":
        return sorted(names.name(item) for item in getattr(instance, name).all())
    if kind == "tags":
        # In the order they were added: the order search indexes them in.
        return [tag.name for tag in getattr(instance, name).all()]
    raise ValueError(kind)


def plain(value):
    """A field's value as YAML writes it (decimals and the like as text)."""
    if value is None or isinstance(
        value, str | bool | int | float | datetime.date | datetime.time
    ):
        return value
    return str(value)


def dump_rows(instance, relation, names):
    fields = row_fields(relation)
    manager = getattr(instance, relation.get_accessor_name())
    rows = manager.all()
    if "sort_order" in {f.name for f in relation.related_model._meta.fields}:
        rows = rows.order_by("sort_order", "pk")
    # Rows marked as examples were made from examples/ at the first load,
    # dated from that day: they are not the site's own content.
    return [
        dump_fields(row, fields, names)
        for row in rows
        if not getattr(row, "example", False)
    ]


def dump_stream(stream_block, value, names):
    """A StreamField as a list: of values if it has one kind of block, else
    of one-key mappings {block name: value}."""
    if not value:
        return []
    single = len(stream_block.child_blocks) == 1
    items = []
    for child in value:
        data = dump_block(child.block, child.value, names)
        items.append(data if single else {child.block_type: data})
    return items


def dump_block(block, value, names):
    if isinstance(block, blocks.StreamBlock):
        return dump_stream(block, value, names)
    if isinstance(block, blocks.ListBlock):
        return [dump_block(block.child_block, item, names) for item in value]
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            item = value.get(name)
            if is_empty(item) or (isinstance(item, bool) and not item):
                continue
            data[name] = dump_block(child, item, names)
        return data
    if isinstance(block, blocks.RichTextBlock):
        return names.markdown(value.source if value else "")
    if isinstance(block, blocks.ChooserBlock | blocks.PageChooserBlock):
        return None if value is None else names.name(value)
    return plain(value)


# Loading: data to objects -----------------------------------------------------


def load_value(field, value, where):
    """A scalar field's value from YAML: dates and times from text too."""
    if value is None:
        return None if field.null else default_of(field)
    if isinstance(field, models.DateTimeField):
        return value
    if isinstance(field, models.DateField) and isinstance(value, str):
        return _parse(datetime.date.fromisoformat, value, where, field)
    if isinstance(field, models.TimeField) and isinstance(value, str):
        return _parse(datetime.time.fromisoformat, value, where, field)
    if isinstance(field, models.CharField | models.TextField) and not isinstance(
        value, str
    ):
        return str(value)
    return value


def _parse(parse, value, where, field):
    try:
        return parse(value)
    except ValueError:
        raise ContentError(
            f"{where}: {field.name}: '{value}' is not a date or time"
        ) from None


def load_fields(model, fields, data, refs, where):
    """
    The model's values from a file's data: {name: value} for its own fields,
    {name: [objects]} for many-to-many fields, tags and inline rows, each set
    on the unsaved object (modelcluster keeps them until it is saved).
    """
    known = {name: (field, kind) for name, field, kind in fields}
    relations = {r.get_accessor_name(): r for r in child_relations(model)}
    values, related = {}, {}
    for name, value in data.items():
        if name in relations:
            related[name] = [
                relations[name].related_model(
                    **load_fields(
                        relations[name].related_model,
                        row_fields(relations[name]),
                        row or {},
                        refs,
                        f"{where}: {name}",
                    )[0]
                )
                for row in value or []
            ]
            continue
        if name not in known:
            raise ContentError(f"{where}: {label(model)} has no field '{name}'")
        field, kind = known[name]
        here = f"{where}: {name}"
        if kind == "value":
            values[field.attname] = load_value(field, value, here)
        elif kind == "richtext":
            values[name] = refs.rich_text(value, here)
        elif kind == "stream":
            values[name] = load_stream(field.stream_block, value or [], refs, here)
        elif kind == "page":
            values[name] = None if value is None else refs.page(value, here)
        elif kind == "snippet":
            values[name] = (
                None
                if value is None
                else refs.snippet(field.related_model, value, here)
            )
        elif kind == "document":
            values[name] = None if value is None else refs.document(value, here)
        elif kind == "image":
            values[name] = None if value is None else refs.image(value, here)
        elif kind == "pages":
            pages = [refs.page(path, here) for path in value or []]
            related[name] = [page for page in pages if page is not None]
        elif kind == "snippets":
            related[name] = [
                refs.snippet(field.related_model, key, here) for key in value or []
            ]
        elif kind == "tags":
            related[name] = [str(tag) for tag in value or []]
    return values, related


def load_stream(stream_block, items, refs, where):
    """Raw StreamField data (what Wagtail stores) from a list of values."""
    children = stream_block.child_blocks
    single = next(iter(children)) if len(children) == 1 else None
    raw = []
    for number, item in enumerate(items, start=1):
        here = f"{where} #{number}"
        if single is not None:
            name, value = single, item
        elif isinstance(item, dict) and len(item) == 1:
            name, value = next(iter(item.items()))
        else:
            raise ContentError(f"{here}: give one block as 'kind: value'")
        if name not in children:
            raise ContentError(
                f"{here}: no block '{name}' here; the blocks are {', '.join(children)}"
            )
        data = load_block(children[name], value, refs, f"{here} {name}")
        if data is not _MISSING:
            raw.append({"type": name, "value": data})
    return raw


_MISSING = object()  # a block that needs a page not there yet


def load_block(block, value, refs, where):
    if isinstance(block, blocks.StreamBlock):
        return load_stream(block, value or [], refs, where)
    if isinstance(block, blocks.ListBlock):
        items = [load_block(block.child_block, item, refs, where) for item in value]
        return [item for item in items if item is not _MISSING]
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            raise ContentError(f"{where}: give its fields as 'name: value'")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise ContentError(
                f"{where}: no field {', '.join(sorted(unknown))}; its fields are "
                f"{', '.join(block.child_blocks)}"
            )
        data = {}
        for name, child in block.child_blocks.items():
            if name not in value:
                continue
            item = load_block(child, value[name], refs, f"{where} {name}")
            if item is _MISSING:
                return _MISSING
            data[name] = item
        return data
    if value is None:
        return None
    if isinstance(block, blocks.RichTextBlock):
        return refs.rich_text(value, where)
    if isinstance(block, blocks.PageChooserBlock):
        page = refs.page(value, where)
        return _MISSING if page is None else page.pk
    if isinstance(block, blocks.ChooserBlock):
        target = block.target_model
        if target is get_document_model():
            return refs.document(value, where).pk
        if target is get_image_model():
            return refs.image(value, where).pk
        if is_snippet_model(target):
            return refs.snippet(target, value, where).pk
        raise ContentError(f"{where}: cannot load a {label(target)}")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value
