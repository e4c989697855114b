"""
How the network areas look: each area (networks.models.Area) has a colour
(site.css, `.area--<value>`) and an icon drawn for this site
(website/static/img/areas/<value>.svg).

    {% load network_tags %}
    {% area_icon network.area %}                   the icon, decorative
    {% resource_areas results.hits as areas %}     one query for a page of hits
    {% area_markers hit.page areas %}              a resource's areas, labelled
"""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

from ..models import Area, NetworkPage

register = template.Library()

AREA_LABELS = dict(Area.choices)
AREA_ORDER = {value: position for position, value in enumerate(Area.values)}


@register.simple_tag
def area_icon(area, size=24):
    """The area's icon, as an image with no text: its label is always beside it."""
    if area not in AREA_LABELS:
        return ""
    return format_html(
        '<img class="area-icon" src="{}" alt="" width="{}" height="{}">',
        static(f"img/areas/{area}.svg"),
        size,
        size,
    )


@register.simple_tag
def resource_areas(items):
    """
    {page id: [(area, label), ...]} for these pages (or search hits): the
    areas of the live networks each is filed under, in the areas' own order.
    One query for the lot, so a page of results costs what one result costs.
    """
    ids = [getattr(item, "page", item).pk for item in items]
    if not ids:
        return {}
    through = NetworkPage.resources.rel.through
    rows = (
        through.objects.filter(resourcepage_id__in=ids, networkpage__live=True)
        .values_list("resourcepage_id", "networkpage__area")
        .distinct()
    )
    found = {}
    for page_id, area in rows:
        if area in AREA_LABELS:
            found.setdefault(page_id, set()).add(area)
    return {
        page_id: [
            (area, AREA_LABELS[area]) for area in sorted(areas, key=AREA_ORDER.get)
        ]
        for page_id, areas in found.items()
    }


@register.inclusion_tag("networks/includes/area_markers.html")
def area_markers(page, areas):
    """A resource's areas, each as its icon and name, from `resource_areas`."""
    return {"areas": (areas or {}).get(getattr(page, "pk", None), [])}
