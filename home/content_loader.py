"""
Builds the site's page tree from plain data, idempotently.

`manage.py load_lla_content` runs each app's loader (listed in `LOADERS`) with
one `ContentLoader`. A page that already exists at its path is left exactly as
it is, so running the command again, or after editors have changed the
content, changes nothing. Links between pages are given as URL paths and
resolved once every loader has run, so a page may link to one created later.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.models import SiteSettings

from .models import HomePage

# Each app contributes one loader: a function taking the ContentLoader.
LOADERS = [
    "home.lla_loader.load",
    "networks.lla_loader.load",
    "resources.lla_loader.load",
    "search.lla_loader.load",
    "enquiries.lla_loader.load",
]


@dataclass
class ContentLoader:
    """Creates pages that are missing, and reports what it did."""

    hostname: str = "127.0.0.1"
    port: int = 8000
    stdout: Callable[[str], None] = print
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    _deferred: list[Callable[[], None]] = field(default_factory=list)
    home: HomePage | None = None

    # Pages -----------------------------------------------------------------

    def ensure_home(self, **fields):
        """
        The one HomePage, as the default Site's root.

        Wagtail's first migration makes a placeholder "Welcome" page at the
        same place; it is replaced, as long as nobody has built under it.
        """
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            for placeholder in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore"
            ):
                if placeholder.is_leaf():
                    placeholder.delete()
            home = HomePage(**fields)
            root.add_child(instance=home)
            home.save_revision().publish()
            self._note_created(home)
        else:
            self._note_kept(home)
        self._ensure_site(home)
        self.home = home
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

    def ensure_child(self, parent, page, links=None):
        """
        Adds `page` under `parent` unless a page with its slug is there already.

        `links` is a function `(page, resolve) -> None` that sets fields needing
        other pages; it runs after every loader, and the page is published again.
        Returns the page that is now at that place.
        """
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            self._note_kept(existing)
            return existing.specific
        parent.add_child(instance=page)
        page.save_revision().publish()
        self._note_created(page)
        if links is not None:
            self.defer(lambda: self.relink(page, links))
        return page

    def defer(self, action):
        """Runs `action` once every loader has created its pages."""
        self._deferred.append(action)

    def relink(self, page, links):
        """Sets a page's links to other pages, and publishes it again."""
        page.refresh_from_db()
        links(page, self.resolve)
        page.save_revision().publish()

    def resolve(self, path):
        """The live page at a URL path such as "/about/governance/", or None."""
        if self.home is None:
            return None
        url_path = self.home.url_path + path.strip("/") + "/"
        if path.strip("/") == "":
            url_path = self.home.url_path
        return Page.objects.live().filter(url_path=url_path).specific().first()

    def finish(self):
        """Resolves the links deferred until every page existed."""
        for apply in self._deferred:
            apply()
        self._deferred.clear()
        self._choose_site_pages()

    def _choose_site_pages(self):
        """
        The site settings' page choosers, where editors have not chosen: the
        live page of each type. Everything else finds these pages through the
        settings, never by slug.
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

    # Reporting -------------------------------------------------------------

    def _note_created(self, page):
        self.created.append(page.url_path)
        self.stdout(f"  created  {self._site_path(page)}  {page.title}")

    def _note_kept(self, page):
        self.kept.append(page.url_path)

    def _site_path(self, page):
        home_path = self.home.url_path if self.home else page.url_path
        return "/" + page.url_path.removeprefix(home_path)


def load_all(hostname="127.0.0.1", port=8000, stdout=print):
    """Runs every app's loader in one transaction; returns the loader."""
    loader = ContentLoader(hostname=hostname, port=port, stdout=stdout)
    # Each page is saved three times as it is created, revised and published;
    # its references are indexed once, at the end, instead of on every save.
    # https://docs.wagtail.org/en/stable/advanced_topics/reference_index.html
    with transaction.atomic(), disable_reference_index_auto_update():
        for dotted_path in LOADERS:
            import_string(dotted_path)(loader)
        loader.finish()
    with transaction.atomic():
        for page in Page.objects.filter(url_path__in=loader.created).specific():
            ReferenceIndex.create_or_update_for_object(page)
    return loader
