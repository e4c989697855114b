"""Navigation drawn from the page tree: the main menu, breadcrumbs, footer."""

from django import template
from django.templatetags.static import static

from wagtail.models import Page, Site

from home import navigation

register = template.Library()


def _site(context):
    request = context.get("request")
    return Site.find_for_request(request) if request else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The main menu, marking the current page and the section it is in."""
    site = _site(context)
    if site is None:
        return {"items": []}
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        {
            **link,
            "current": link["path"] == current_path,
            "ancestor": current_path.startswith(link["path"]),
        }
        for link in navigation.main_menu_links(site, context["request"])
    ]
    return {"items": items}


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    """Links to pages kept out of the main menu, e.g. the privacy notice."""
    site = _site(context)
    if site is None:
        return {"links": []}
    return {"links": navigation.footer_links(site, context["request"])}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The path from the home page to the current page; none on the home page."""
    page = context.get("page")
    site = _site(context)
    if not isinstance(page, Page) or site is None:
        return {"ancestors": []}
    request = context["request"]
    return {
        "ancestors": navigation.ancestor_links(site, page, request),
        "current": {"title": page.title, "url": page.get_url(request)},
    }


@register.simple_tag(takes_context=True)
def page_full_url(context):
    """The page's absolute address (canonical and og:url), or "" if it has none."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    return page.get_full_url(context.get("request")) or ""


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's search description, else its summary, else the site's."""
    page = context.get("page")
    text = ""
    if context.get("can_open") is False:
        # A members-only page seen by someone else: its own words stay hidden.
        return "A members-only resource of the Leeds Learning Alliance."
    if page is not None:
        text = getattr(page, "search_description", "") or getattr(page, "summary", "")
    return text or (
        "The Leeds Learning Alliance is a network of networks: schools, colleges, "
        "universities, Leeds City Council and charities improving education "
        "in Leeds."
    )


@register.simple_tag(takes_context=True)
def og_image_url(context):
    """An absolute address for the page's sharing image."""
    url = static("img/og-default.png")
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url
