"""Loads the contact page, and the site settings' inbox and retention."""

from wagtail.models import Site

from core.models import SiteSettings

from . import lla_content
from .models import ContactPage


def load(loader):
    spec = lla_content.CONTACT_PAGE
    page = ContactPage(
        title=spec["title"],
        slug=spec["slug"],
        search_description=spec["search_description"],
        intro=spec["intro"],
        thank_you=spec["thank_you"],
        show_in_menus=True,
    )

    def link_privacy(page, resolve):
        page.privacy_page = resolve(spec["privacy_path"])

    loader.ensure_child(loader.home, page, links=link_privacy)

    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not settings.alliance_inbox:
        settings.alliance_inbox = lla_content.ALLIANCE_INBOX
        settings.retention_months = lla_content.RETENTION_MONTHS
        settings.save()
        loader.stdout(f"  set      alliance inbox {settings.alliance_inbox}")
