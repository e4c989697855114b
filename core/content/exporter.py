"""
Writes the site back into a content folder (`manage.py export_content`), in
the format the loader reads, so editors' work can become the next release's
content. Loading a folder into an empty database and exporting it gives the
same files, byte for byte: the exporter writes every file one way.

The folder's pages/, snippets/ and files/ and its YAML files are written
anew; anything else in it (its README) is left alone.
"""

import inspect
import re
import shutil
from pathlib import Path

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, Site
from wagtail.snippets.models import get_snippet_models

from . import body, richtext, source, values
from .loader import FILES_PREFIX, is_page_address, key_for

# What Django's storage adds to a file name that is already taken: "_" and
# seven letters or digits (Storage.get_alternative_name). Taken off, so a
# file keeps the name it was shipped with.
STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}(?=\.[^.]+$)")

SETTINGS = "settings.yaml"
GENERATED = ("pages", "snippets", "files", "documents.yaml", "images.yaml", SETTINGS)


class Names:
    """What the files call each object: pages by address, snippets by key,
    documents and images by file name."""

    def __init__(self, site):
        self.root = site.root_page
        self.paths = {
            pk: "/" + url_path.removeprefix(self.root.url_path)
            for pk, url_path in Page.objects.descendant_of(
                self.root, inclusive=True
            ).values_list("pk", "url_path")
        }
        self.pages = {path: pk for pk, path in self.paths.items()}
        self.keys = {}
        self.files = {}
        self.by_file = {}

    def name(self, obj):
        if isinstance(obj, Page):
            return self.paths.get(obj.pk)
        if isinstance(obj, get_document_model() | get_image_model()):
            return self.files[type(obj), obj.pk]
        return self.keys[type(obj)][obj.pk]

    def markdown(self, html):
        """Markdown for rich text, or {"html": …} where Markdown cannot say it."""
        html = self._unlink_missing(html or "")
        try:
            return richtext.checked_markdown(html, self._target, self._attrs)
        except richtext.NotMarkdown:
            return {"html": richtext.ids_to_named_links(html, self._named)}

    def _target(self, attrs):
        kind = attrs.get("linktype")
        if kind == "page":
            return self.paths[int(attrs["id"])]
        if kind == "document":
            document = (get_document_model(), int(attrs["id"]))
            return FILES_PREFIX + self.files[document]
        if kind:
            raise richtext.NotMarkdown(f"a {kind} link")
        if set(attrs) != {"href"}:
            raise richtext.NotMarkdown("a link with more than an address")
        href = attrs["href"]
        if is_page_address(href) or href.startswith(FILES_PREFIX):
            raise richtext.NotMarkdown("an address that reads as a page or file")
        return href

    def _attrs(self, target):
        if target.startswith(FILES_PREFIX):
            name = target.removeprefix(FILES_PREFIX)
            return {"linktype": "document", "id": str(self.by_file[name].pk)}
        if target in self.pages:
            return {"linktype": "page", "id": str(self.pages[target])}
        return {"href": target}

    def _named(self, kind, pk):
        try:
            if kind == "page":
                return self.paths[int(pk)]
            return self.files[get_document_model(), int(pk)]
        except (KeyError, TypeError, ValueError):
            return None

    def _unlink_missing(self, html):
        """A link to a page or document no longer there keeps only its text."""

        def gone(kind, pk):
            return self._named(kind, pk) is None

        return richtext.unwrap_links(html, gone)


def export(folder=None, stdout=print):
    """Writes the default site into `folder` (content/); returns what it wrote."""
    folder = source.Folder(Path(folder) if folder else None)
    site = Site.objects.get(is_default_site=True)
    names = Names(site)
    for name in GENERATED:
        path = folder.root / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()

    snippets = _name_snippets(names)
    media = _name_media(names)
    counts = {
        "snippet files": _write_snippets(folder, snippets, names),
        "documents and images": _write_media(folder, media, names),
    }
    counts["pages"] = _write_pages(folder, names)
    _write_settings(folder, site, names)
    stdout(
        f"Exported {counts['pages']} pages, {counts['snippet files']} snippet files "
        f"and {counts['documents and images']} documents and images to {folder.root}"
    )
    return counts


# Snippets -----------------------------------------------------------------------


def _match(model):
    fields = {f.name for f in model._meta.fields}
    for name in ("slug", "name", "title"):
        if name in fields:
            return name
    return None


def _name_snippets(names):
    """Each snippet model's rows in their order, keyed where they can be."""
    found = []
    for model in sorted(get_snippet_models(), key=lambda m: m._meta.label):
        match = _match(model)
        rows = list(model.objects.all())
        keys = {}
        if match:
            taken = set()
            for row in rows:
                key = row.slug if match == "slug" else key_for(getattr(row, match))
                unique, number = key, 1
                while unique in taken:
                    number += 1
                    unique = f"{key}-{number}"
                taken.add(unique)
                keys[row.pk] = unique
        names.keys[model] = keys
        found.append((model, match, rows))
    return found


def _write_snippets(folder, snippets, names):
    for model, match, rows in snippets:
        fields = values.content_fields(model)
        plural = str(model._meta.verbose_name_plural)
        data = {"type": model._meta.label}
        if match:
            data["match"] = match
            skip = {"slug"} if match == "slug" else set()
            data["items"] = {
                names.keys[model][row.pk]: values.dump_fields(row, fields, names, skip)
                for row in rows
            }
            rule = (
                f"Each is found on the site by its {match}: one already there is "
                "left as it is. Other files name each by its key, the word before "
                "its colon."
            )
        else:
            data["once"] = True
            data["items"] = [values.dump_fields(row, fields, names) for row in rows]
            rule = f"Loaded only while the site has no {plural}: then editors own them."
        comment = f"{_about(model)}\n\n{rule}".strip()
        source.write_yaml(
            folder.snippets / f"{key_for(plural)}.yaml", data, comment=comment
        )
    return len(snippets)


def _about(model):
    """The first paragraph of a model's docstring, for a file's comment."""
    doc = inspect.cleandoc(model.__doc__ or "")
    if not doc or doc.startswith(f"{model.__name__}("):
        return ""
    return doc.split("\n\n")[0]


# Documents and images -----------------------------------------------------------


def _name_media(names):
    found = []
    taken = set()
    for model in (get_document_model(), get_image_model()):
        rows = list(model.objects.select_related("collection").order_by("pk"))
        for row in rows:
            stored = Path(row.file.name).name
            name = STORAGE_SUFFIX.sub("", stored)
            if name in taken:
                name = stored
            stem, dot, suffix = name.rpartition(".")
            number = 1
            while name in taken:
                number += 1
                name = f"{stem}-{number}{dot}{suffix}"
            taken.add(name)
            names.files[model, row.pk] = name
            names.by_file[name] = row
        found.append((model, rows))
    return found


def _write_media(folder, media, names):
    count = 0
    for (model, rows), (filename, key) in zip(
        media,
        (("documents.yaml", "documents"), ("images.yaml", "images")),
        strict=True,
    ):
        if not rows:
            continue
        fields = [
            item for item in values.content_fields(model) if item[0] not in ("title",)
        ]
        collections = {}
        items = {}
        for row in sorted(rows, key=lambda row: names.files[model, row.pk]):
            name = names.files[model, row.pk]
            target = folder.files / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with row.file.open("rb") as handle:
                target.write_bytes(handle.read())
            item = {"title": row.title}
            if not row.collection.is_root():
                item["collection"] = row.collection.name
                collections[row.collection.name] = row.collection
            item.update(values.dump_fields(row, fields, names))
            items[name] = item
            count += 1
        data = {}
        if collections:
            data["collections"] = {
                name: _collection(collection)
                for name, collection in sorted(collections.items())
            }
        data[key] = items
        kind = str(model._meta.verbose_name_plural)
        comment = (
            f"The files in files/, as the site's {kind}: each one's title and "
            "collection. Each is found on the site by its title: one already "
            "there is left as it is. Pages name each by its file name."
        )
        if collections:
            comment += (
                "\n\nA collection with 'restriction: login' is private: its files "
                "open only for people who are signed in."
            )
        source.write_yaml(folder.root / filename, data, comment=comment)
    return count


def _collection(collection):
    restrictions = CollectionViewRestriction.objects.filter(collection=collection)
    kinds = [r.restriction_type for r in restrictions]
    return {"restriction": kinds[0]} if kinds else {}


# Pages --------------------------------------------------------------------------


def _write_pages(folder, names):
    redirects = {}
    for redirect in Redirect.objects.filter(redirect_page__isnull=False).order_by(
        "old_path"
    ):
        if redirect.redirect_page_id in names.paths:
            entry = redirect.old_path
            if not redirect.is_permanent:
                entry = {"path": redirect.old_path, "permanent": False}
            redirects.setdefault(redirect.redirect_page_id, []).append(entry)
    root = names.root.specific
    return _write_page(folder, root, None, "", names, redirects)


def _write_page(folder, page, parent_file, name, names, redirects):
    children = list(page.get_children().specific().order_by("path"))
    file = folder.page_file(parent_file, name, bool(children))
    model = type(page)
    main = values.main_text_field(model)
    front = {"type": model._meta.label}
    data = values.dump_fields(page, values.content_fields(model), names, skip={main})
    front["title"] = data.pop("title")
    slug = data.pop("slug")
    if slug != name:
        front["slug"] = slug
    if not page.live:
        front["live"] = False
    front.update(data)
    for relation in values.child_relations(model):
        rows = values.dump_rows(page, relation, names)
        if rows:
            front[relation.get_accessor_name()] = rows
    if page.pk in redirects:
        front["redirect_from"] = redirects[page.pk]
    if children:
        front["children"] = [child.slug for child in children]

    text = ""
    if main == "body":
        text = body.markdown(
            page.body, model._meta.get_field("body").stream_block, names
        )
    elif main:
        written = names.markdown(getattr(page, main))
        text = (
            body.html_fence(written["html"]) if isinstance(written, dict) else written
        )
    folder.write_page(file, front, text)
    return 1 + sum(
        _write_page(folder, child, file, child.slug, names, redirects)
        for child in children
    )


# Settings -----------------------------------------------------------------------


def _write_settings(folder, site, names):
    data = {}
    for model in settings_registry:
        instance = model.objects.filter(site=site).first()
        if instance is None:
            continue
        fields = [f for f in values.content_fields(model) if f[0] != "site"]
        data[model._meta.label] = values.dump_fields(instance, fields, names)
    to_addresses = {
        redirect.old_path: redirect.redirect_link
        for redirect in Redirect.objects.filter(redirect_page__isnull=True)
        .exclude(redirect_link="")
        .order_by("old_path")
    }
    if to_addresses:
        data["redirects"] = to_addresses
    comment = (
        "The site's settings (Settings > Site settings in the admin). Each is "
        "set only where the site has none yet: after that, editors own them. "
        "The host name and port come from load_lla_content's options."
    )
    source.write_yaml(folder.root / SETTINGS, data, comment=comment)
