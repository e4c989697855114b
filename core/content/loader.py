"""
Builds the site from the content folder, idempotently.

What it guarantees:

- Nothing an editor made is overwritten. A page that exists at a file's
  address is left exactly as it is (its pages below are still looked at); a
  snippet, document or collection found by its name or key is left as it is;
  synonyms (a file marked `once`) are loaded only while there are none; site
  settings are filled only where they are empty; a redirect is made only
  where its old address has none.
- What is missing is made again: a page an editor deleted comes back on the
  next load.
- Pages are named by address. A page, a link or a block that points at a
  page made later in the same load is set once every page exists, and the
  page is published again.
- Everything happens in one transaction: a mistake in a file stops the
  load with a message naming the file, and leaves the database as it was.
- Each page is saved three times as it is created, revised and published;
  Wagtail's reference index ("Usage" in the admin) is written once for each
  new page at the end, and each new page is indexed for search again once
  its tags are saved (Wagtail indexes a page before its tags).

Permissions are not the loader's: a network page's editors' group is made by
the networks app's own `post_save` handler (networks/signals.py), for a
network made here, in the admin or anywhere else, and every group is applied
after each `migrate` (networks/permissions.py).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils.text import slugify

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    ReferenceIndex,
    Site,
)
from wagtail.signal_handlers import disable_reference_index_auto_update

from core import search_index
from core.models import SiteSettings

from . import ContentError, body, richtext, source, values
from .signals import content_loaded

RESERVED = {"type", "children", "redirect_from", "live"}


@dataclass
class ContentLoader:
    """Creates what is missing from the content folder, and reports what it did."""

    folder: source.Folder
    hostname: str = "127.0.0.1"
    port: int = 8000
    stdout: Callable[[str], None] = print
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    home: Page | None = None
    _keys: dict = field(default_factory=dict)
    _files: dict = field(default_factory=dict)
    _missing: set = field(default_factory=set)
    _deferred: list = field(default_factory=list)
    _redirects: list = field(default_factory=list)

    # The whole load ------------------------------------------------------------

    def load(self):
        tree = self.folder.page_tree()
        snippet_files = self._snippet_files()
        media = {
            name: self.folder.read(name) or {}
            for name in ("documents.yaml", "images.yaml")
        }
        site_settings = self.folder.read("settings.yaml") or {}

        self._load_media(media)
        for path, data, model in snippet_files:
            self._load_snippets(path, data, model)
        self._load_root(tree)
        for child in tree.children:
            self._load_page(self.home, child)
        for page, page_file in self._deferred:
            self._relink(page, page_file)
        self._deferred.clear()
        self._load_redirects(site_settings.get("redirects") or {})
        self._load_settings(site_settings)
        self._choose_site_pages()
        self._reindex()

    # Snippets ------------------------------------------------------------------

    def _snippet_files(self):
        """Each snippets file with its model, those others point at first."""
        found = []
        for path, data in self.folder.snippet_files():
            where = self.folder.shown(path)
            if not isinstance(data, dict) or "type" not in data:
                raise ContentError(f"{where}: say which 'type' of snippet it holds")
            found.append((where, data, _model(data["type"], where)))
        models = {model for _, _, model in found}

        def needs(model):
            return {
                f.related_model
                for _, f, kind in values.content_fields(model)
                if kind in ("snippet", "snippets") and f.related_model in models
            } - {model}

        ordered, placed = [], set()
        while len(ordered) < len(found):
            ready = [item for item in found if item[2] not in placed]
            ready = [item for item in ready if needs(item[2]) <= placed] or ready
            ordered.append(ready[0])
            placed.add(ready[0][2])
        return ordered

    def _load_snippets(self, where, data, model):
        items = data.get("items") or {}
        fields = values.content_fields(model)
        plural = model._meta.verbose_name_plural
        if data.get("once"):
            if model.objects.exists():
                self.stdout(f"  kept     {plural} (editors already have some)")
                return
            for number, item in enumerate(items, start=1):
                self._create_snippet(
                    model, fields, item, f"{where} #{number}", quiet=True
                )
            self.stdout(f"  created  {len(items)} {plural}")
            return
        if not isinstance(items, dict):
            raise ContentError(f"{where}: 'items' are given by key, 'key: fields'")
        match = data.get("match") or _default_match(model)
        keys = self._keys.setdefault(model, {})
        for key, item in items.items():
            item = dict(item or {})
            here = f"{where}: {key}"
            if match == "slug":
                item["slug"] = str(key)
            if match not in item:
                raise ContentError(f"{here}: no '{match}'")
            instance = model.objects.filter(**{match: item[match]}).first()
            if instance is None:
                instance = self._create_snippet(model, fields, item, here)
            keys[str(key)] = instance

    def _create_snippet(self, model, fields, item, where, quiet=False):
        own, related = values.load_fields(model, fields, item, self, where)
        instance = model.objects.create(**own)
        for name, objects in related.items():
            getattr(instance, name).set(objects)
        if hasattr(instance, "save_revision"):
            instance.save_revision()
        if not quiet:
            self.stdout(f"  created  {model._meta.verbose_name}: {instance}")
        return instance

    # Documents and images ------------------------------------------------------

    def _load_media(self, media):
        collections = {}
        for name in ("documents.yaml", "images.yaml"):
            for title, spec in (media[name].get("collections") or {}).items():
                collections[title] = self._collection(title, spec or {})
        for name, key, model in (
            ("documents.yaml", "documents", get_document_model()),
            ("images.yaml", "images", get_image_model()),
        ):
            items = media[name].get(key) or {}
            for filename, spec in items.items():
                where = f"{self.folder.shown(self.folder.root / name)}: {filename}"
                self._files[str(filename)] = self._media(
                    model, str(filename), dict(spec or {}), collections, where
                )

    def _collection(self, name, spec):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        if existing:
            return existing
        collection = root.add_child(name=name)
        if spec.get("restriction") == "login":
            CollectionViewRestriction.objects.create(
                collection=collection,
                restriction_type=CollectionViewRestriction.LOGIN,
            )
        self.stdout(f"  created  collection: {name}")
        return collection

    def _media(self, model, filename, spec, collections, where):
        """A document or image, found by its title, or made from its file."""
        title = spec.get("title") or filename
        existing = model.objects.filter(title=title).first()
        if existing:
            return existing
        collection_name = spec.pop("collection", None)
        if collection_name and collection_name not in collections:
            raise ContentError(f"{where}: no collection '{collection_name}'")
        fields = values.content_fields(model)
        own, related = values.load_fields(model, fields, spec, self, where)
        instance = model(**own)
        instance.title = title
        if collection_name:
            instance.collection = collections[collection_name]
        path = self.folder.file(filename)
        with path.open("rb") as handle:
            instance.file.save(filename, File(handle), save=False)
        # Its size and digest, as Wagtail's upload form records them: the
        # digest is the file's ETag when it is served.
        instance.file_size = path.stat().st_size
        instance._set_file_hash()
        instance.save()
        for name, objects in related.items():
            getattr(instance, name).set(objects)
        self.stdout(f"  created  {model._meta.verbose_name}: {title}")
        return instance

    # Pages ---------------------------------------------------------------------

    def _load_root(self, page_file):
        """
        The site's root page, as the default Site's root. Wagtail's first
        migration makes a placeholder "Welcome" page at the same place; it is
        replaced, as long as nobody has built under it.
        """
        model = _page_model(page_file)
        home = model.objects.filter(depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            for placeholder in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore"
            ):
                if placeholder.is_leaf():
                    placeholder.delete()
            home = self._build(model, page_file)
            root.add_child(instance=home)
            self.home = home
            self._publish(home, page_file)
            self._note_created(home)
        else:
            home = home.specific
            self.home = home
            self._note_kept(home)
        self._ensure_site(home)
        return home

    def _ensure_site(self, home):
        hostname, port = self.hostname, self.port
        site = Site.objects.filter(is_default_site=True).first() or Site(
            is_default_site=True
        )
        changed = (site.hostname, site.port, site.root_page_id) != (
            hostname,
            port,
            home.pk,
        )
        if changed or site.site_name != settings.WAGTAIL_SITE_NAME:
            site.hostname = hostname
            site.port = port
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
            self.stdout(f"  site     {hostname}:{port} -> {home.title}")

    def _load_page(self, parent, page_file):
        existing = parent.get_children().filter(slug=page_file.slug).first()
        if existing is not None:
            page = existing.specific
            self._note_kept(page)
        else:
            model = _page_model(page_file)
            page = self._build(model, page_file)
            parent.add_child(instance=page)
            self._publish(page, page_file)
            self._note_created(page)
        self._redirects.extend(
            (old, page_file) for old in page_file.front.get("redirect_from") or []
        )
        for child in page_file.children:
            self._load_page(page, child)

    def _build(self, model, page_file, instance=None):
        """
        The page from its file: a new, unsaved one, or `instance` with the
        file's values set again. Pages it names that do not exist yet are
        left out and noted in `_missing`.
        """
        data = {k: v for k, v in page_file.front.items() if k not in RESERVED}
        data["slug"] = page_file.slug
        main = values.main_text_field(model)
        if main == "body":
            stream_block = model._meta.get_field("body").stream_block
            data["body"] = body.items(page_file.body, stream_block, page_file.where)
        elif main:
            data[main] = body.main_text(page_file.body)
        elif page_file.body:
            raise ContentError(f"{page_file.where}: this page type has no text below")
        self._missing = set()
        own, related = values.load_fields(
            model, values.content_fields(model), data, self, page_file.where
        )
        page = instance or model()
        for name, value in own.items():
            setattr(page, name, value)
        page.live = page_file.front.get("live", True) is not False
        for name, items in related.items():
            manager_or_list = getattr(page, name)
            if hasattr(manager_or_list, "set") and name in _tag_fields(model):
                manager_or_list.set(items)
            else:
                setattr(page, name, items)
        return page

    def _publish(self, page, page_file):
        revision = page.save_revision()
        if page.live:
            revision.publish()
        if self._missing:
            self._deferred.append((page, page_file))

    def _relink(self, page, page_file):
        """Sets what needed pages made later, and publishes the page again."""
        page = page.specific_class.objects.get(pk=page.pk)
        self._build(type(page), page_file, instance=page)
        for path in sorted(self._missing):
            self.stdout(f"  missing  {page_file.where}: no page at {path}")
        revision = page.save_revision()
        if page.live:
            revision.publish()

    def _reindex(self):
        """Search entries again, now each new page's tags are saved."""
        for page in Page.objects.filter(url_path__in=self.created).specific():
            search_index.update(page)

    # What names in files stand for (values.load_fields asks) -------------------

    def page(self, path, where):
        """The live page at a site address such as "/about/", or None for now."""
        page = self.resolve(path)
        if page is None:
            self._missing.add(str(path))
        return page

    def resolve(self, path):
        """The live page at a URL path such as "/about/governance/", or None."""
        if self.home is None:
            return None
        parts = str(path).strip("/")
        url_path = self.home.url_path + (parts + "/" if parts else "")
        return Page.objects.live().filter(url_path=url_path).specific().first()

    def snippet(self, model, key, where):
        keys = self._keys.get(model)
        if keys is None:
            # A model loaded "once" has no keys; a model with no file at all
            # is found by its own slug or name.
            match = _default_match(model)
            instance = model.objects.filter(**{match: key}).first()
        else:
            instance = keys.get(str(key))
        if instance is None:
            raise ContentError(
                f"{where}: no {model._meta.verbose_name} '{key}' in content/snippets/"
            )
        return instance

    def document(self, name, where):
        return self._file(name, get_document_model(), where)

    def image(self, name, where):
        return self._file(name, get_image_model(), where)

    def _file(self, name, model, where):
        instance = self._files.get(str(name).removeprefix(FILES_PREFIX))
        if not isinstance(instance, model):
            kind = model._meta.verbose_name
            raise ContentError(f"{where}: no {kind} '{name}' in content/files/")
        return instance

    def rich_text(self, value, where):
        if isinstance(value, dict) and set(value) == {"html"}:
            return self._html_in(value["html"])
        try:
            return richtext.to_html(str(value or ""), self._link)
        except ContentError as error:
            raise ContentError(f"{where}: {error}") from None

    def _link(self, target):
        """A link's attributes in Wagtail's form, for its target in Markdown."""
        if target.startswith(FILES_PREFIX):
            document = self.document(target, "a link")
            return {"linktype": "document", "id": str(document.pk)}
        if is_page_address(target):
            page = self.page(target, "a link")
            if page is not None:
                return {"linktype": "page", "id": str(page.pk)}
        return {"href": target}

    def _html_in(self, html):
        """Rich text kept as HTML: its links named by address and file, as ids."""

        def to_id(kind, name):
            target = self.page(name, "a link") if kind == "page" else None
            if kind == "document":
                target = self.document(name, "a link")
            return None if target is None else str(target.pk)

        return richtext.named_links_to_ids(html, to_id)

    # Redirects and settings ----------------------------------------------------

    def _load_redirects(self, to_addresses):
        """
        A permanent redirect from each old address to the page that replaced
        it, so old links and bookmarks still work; once made, or if the address
        already leads somewhere (editors may have sent it elsewhere), it is
        left alone. Wagtail redirects only an address with no page, so while
        a page is still live there the redirect waits until an editor
        unpublishes or deletes it.
        """
        site = self.home.get_site()
        wanted = [(old, page_file.path, None) for old, page_file in self._redirects]
        wanted += [(old, None, link) for old, link in to_addresses.items()]
        for old, new_path, link in wanted:
            permanent = True
            if isinstance(old, dict):
                permanent = old.get("permanent", True) is not False
                old = old["path"]
            old_path = Redirect.normalise_path(str(old))
            if Redirect.get_for_site(site).filter(old_path=old_path).exists():
                continue
            if link is not None:
                Redirect.objects.create(
                    old_path=old_path,
                    site=site,
                    redirect_link=link,
                    is_permanent=permanent,
                )
                self.stdout(f"  redirect {old_path} -> {link}")
                continue
            page = self.resolve(new_path)
            if page is None:
                self.stdout(f"  skipped  redirect {old_path}: no page to go to")
                continue
            Redirect.add_redirect(
                old_path, redirect_to=page, is_permanent=permanent, site=site
            )
            self.stdout(f"  redirect {old_path} -> {new_path}")
            if self.resolve(old_path) is not None:
                self.stdout(
                    f"  kept     {old_path}  no longer shipped: unpublish it and "
                    "its address leads to its replacement"
                )

    def _load_settings(self, data):
        """Site settings, set where the site has none yet or the field is empty."""
        site = Site.objects.get(is_default_site=True)
        for name, fields in data.items():
            if name == "redirects":
                continue
            where = f"content/settings.yaml: {name}"
            model = _model(name, where)
            is_new = not model.objects.filter(site=site).exists()
            instance = model.for_site(site)
            own, _ = values.load_fields(
                model, values.content_fields(model), fields or {}, self, where
            )
            changed = []
            for attname, value in own.items():
                current = getattr(instance, attname)
                if (is_new or values.is_empty(current)) and current != value:
                    setattr(instance, attname, value)
                    changed.append((attname, value))
            if changed:
                instance.save()
            for attname, value in changed:
                verb = "chose   " if isinstance(value, Page) else "set     "
                shown = value.title if isinstance(value, Page) else value
                self.stdout(f"  {verb} {attname.replace('_', ' ')}: {shown}")

    def _choose_site_pages(self):
        """
        The site settings' page choosers still empty: the live page of each
        type. Everything else finds these pages through the settings, never
        by slug.
        """
        site = Site.objects.get(is_default_site=True)
        chosen = SiteSettings.for_site(site)
        changed = False
        for name, (app_label, model) in SiteSettings.PAGE_TYPES.items():
            if getattr(chosen, f"{name}_id") is None:
                page = (
                    Page.objects.live()
                    .descendant_of(site.root_page, inclusive=True)
                    .filter(
                        content_type__app_label=app_label, content_type__model=model
                    )
                    .first()
                )
                if page is not None:
                    setattr(chosen, name, page)
                    changed = True
                    self.stdout(f"  chose    {name.replace('_', ' ')}: {page.title}")
        if changed:
            chosen.save()

    # Reporting -----------------------------------------------------------------

    def _note_created(self, page):
        self.created.append(page.url_path)
        self.stdout(f"  created  {self._site_path(page)}  {page.title}")

    def _note_kept(self, page):
        self.kept.append(page.url_path)

    def _site_path(self, page):
        home_path = self.home.url_path if self.home else page.url_path
        return "/" + page.url_path.removeprefix(home_path)


FILES_PREFIX = "files/"


def is_page_address(target):
    """A link's target that names a page of the site: "/about/", not "/a?b"."""
    return target.startswith("/") and not any(c in target for c in "?#")


def _model(name, where):
    try:
        return apps.get_model(str(name))
    except (LookupError, ValueError):
        raise ContentError(f"{where}: no such type '{name}'") from None


def _page_model(page_file):
    name = page_file.front.get("type")
    if not name:
        raise ContentError(f"{page_file.where}: say which 'type' of page it is")
    model = _model(name, page_file.where)
    if not issubclass(model, Page):
        raise ContentError(f"{page_file.where}: '{name}' is not a page type")
    return model


def _tag_fields(model):
    return {name for name, _, kind in values.content_fields(model) if kind == "tags"}


def _default_match(model):
    """How a snippet in a file is found on the site: its slug, else its name."""
    names = {f.name for f in model._meta.fields}
    for name in ("slug", "name", "title"):
        if name in names:
            return name
    raise ContentError(f"{model._meta.label} has no slug or name to find it by")


def key_for(name):
    return slugify(str(name)) or "item"


def load_all(hostname="127.0.0.1", port=8000, stdout=print, folder=None):
    """Loads the content folder in one transaction; returns the loader."""
    loader = ContentLoader(
        folder=source.Folder(Path(folder) if folder else None),
        hostname=hostname,
        port=port,
        stdout=stdout,
    )
    # Each page is saved three times as it is created, revised and published;
    # its references are indexed once, at the end, instead of on every save.
    # https://docs.wagtail.org/en/stable/advanced_topics/reference_index.html
    # Search entries likewise: once for each object saved, at the end.
    with (
        transaction.atomic(),
        disable_reference_index_auto_update(),
        search_index.indexed_once(),
    ):
        loader.load()
        # Apps add what is theirs to the pages made by this load (the
        # networks app: example meetings from examples/meetings.yaml).
        content_loaded.send(sender=ContentLoader, loader=loader)
    with transaction.atomic():
        for page in Page.objects.filter(url_path__in=loader.created).specific():
            ReferenceIndex.create_or_update_for_object(page)
    return loader


def site_is_loaded(folder=None):
    """Whether the site already has a root page of the type the folder's has."""
    index_file = source.Folder(Path(folder) if folder else None).pages / source.INDEX
    where = str(index_file)
    if not index_file.exists():
        raise ContentError(f"{where} is missing: the home page")
    front, _ = source.split_front_matter(index_file.read_text(encoding="utf-8"), where)
    return _model(front.get("type"), where).objects.exists()
