"""
How the network areas look: each area (networks.models.Area) has a colour
(site.css, `.area--<value>`) and an icon drawn for this site
(website/static/img/areas/<value>.svg).

    {% load network_tags %}
    {% area_icon network.area %}                   the icon, decorative
    {% resource_areas results.hits as areas %}     one query for a page of hits
    {% area_markers hit.page areas %}              a resource's areas, labelled

And what the home page shows of the networks (home is below networks, so
its template asks these rather than its model importing networks):

    {% network_index_url as url %}    "Our networks"
    {% network_areas as areas %}      (area, label, how many live networks)
    {% next_meetings 3 as meetings %} the soonest meetings of live networks
"""

from django import template
from django.db.models import Count
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html

from core.privacy import public

from ..models import Area, Meeting, NetworkIndexPage, NetworkPage

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


@register.simple_tag(takes_context=True)
def network_index_url(context):
    """The URL of "Our networks": the live, public page of its type, or ""."""
    request = context.get("request")
    page = public(NetworkIndexPage.objects.live()).order_by("path").first()
    return page.get_url(request) if page else ""


@register.simple_tag
def network_areas():
    """(area, label, how many live networks) for each area that has one."""
    counts = dict(
        public(NetworkPage.objects.live())
        .values_list("area")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [
        (value, label, counts[value])
        for value, label in Area.choices
        if counts.get(value)
    ]


@register.simple_tag
def next_meetings(count=3):
    """The next meetings of any live network, soonest first, from today."""
    networks = public(NetworkPage.objects.live()).values("pk")
    return list(
        Meeting.objects.filter(date__gte=timezone.localdate(), network__in=networks)
        .select_related("network")
        .order_by("date", "start")[:count]
    )
