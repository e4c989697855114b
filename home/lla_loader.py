"""Loads the alliance's own pages (home, about, governance, legal pages)."""

from . import lla_content
from .models import HomePage, StandardPage


def stream_data(blocks, resolve=None):
    """
    Turns content blocks into StreamField data.

    A call to action names its target by URL path; without `resolve` (before
    every page exists) it is left out, and with it the path becomes the page.
    """
    data = []
    for block in blocks:
        if block["type"] != "call_to_action":
            data.append(block)
            continue
        if resolve is None:
            continue
        target = resolve(block["value"]["path"])
        if target is None:
            continue
        value = {k: v for k, v in block["value"].items() if k != "path"}
        data.append({"type": "call_to_action", "value": {**value, "page": target.pk}})
    return data


def _has_links(spec):
    return any(block["type"] == "call_to_action" for block in spec.get("body", []))


def _set_body_links(spec):
    def links(page, resolve):
        page.body = stream_data(spec["body"], resolve)

    return links


def _load_standard_pages(loader, parent, specs):
    for spec in specs:
        page = StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec.get("intro", ""),
            search_description=spec.get("search_description", ""),
            show_in_menus=spec.get("show_in_menus", False),
            body=stream_data(spec.get("body", [])),
        )
        links = _set_body_links(spec) if _has_links(spec) else None
        page = loader.ensure_child(parent, page, links=links)
        _load_standard_pages(loader, page, spec.get("children", []))


def _set_home_links(page, resolve):
    spec = lla_content.HOME
    page.hero_link = resolve(spec.get("hero_link", "/about/"))
    page.featured = [
        {
            "type": "page",
            "value": {
                "page": target.pk,
                "heading": item["heading"],
                "text": item["text"],
            },
        }
        for item in spec["featured"]
        if (target := resolve(item["path"])) is not None
    ]


def load(loader):
    spec = lla_content.HOME
    home_created = not HomePage.objects.exists()
    home = loader.ensure_home(
        title=spec["title"],
        slug="home",
        seo_title=spec["seo_title"],
        search_description=spec["search_description"],
        hero_heading=spec["hero_heading"],
        hero_text=spec["hero_text"],
        hero_link_text=spec.get("hero_link_text", "About the alliance"),
        networks_intro=spec.get("networks_intro", ""),
        join_intro=spec.get("join_intro", ""),
        intro_heading=spec["intro_heading"],
        intro=spec["intro"],
    )
    if home_created:
        loader.defer(lambda: loader.relink(home, _set_home_links))
    _load_standard_pages(loader, home, lla_content.PAGES)
