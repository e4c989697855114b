"""
Example meetings, shipped as data in content/examples/meetings.yaml and
added when the site is first loaded (core.content's `content_loaded`), so a
new site's networks show meetings to come instead of "No meetings are
scheduled". Each is dated `in_days` after the day of the load and marked
`example` (shown as such in the admin; left out by export_content). Only
networks made by that load get them, so an editor's network is never touched.
"""

import datetime

from django.utils import timezone

from core.content import ContentError

from .models import Meeting, NetworkPage

FILE = "examples/meetings.yaml"
FIELDS = ("start", "end", "place", "online", "agenda")


def add_meetings(loader):
    data = loader.folder.read(FILE) or {}
    created = set(loader.created)
    by_network = {}
    for number, entry in enumerate(data.get("meetings") or [], start=1):
        where = f"{FILE}, meeting {number}"
        network = loader.resolve(entry.get("network", ""))
        if network is None or not isinstance(network.specific, NetworkPage):
            raise ContentError(f"{where}: no network at {entry.get('network')!r}")
        if network.url_path not in created:
            continue
        by_network.setdefault(network.pk, []).append(_meeting(entry, where))
    for network_id, meetings in by_network.items():
        page = NetworkPage.objects.get(pk=network_id)
        for meeting in meetings:
            page.meetings.add(meeting)
        page.save_revision().publish()


def _meeting(entry, where):
    try:
        days = int(entry["in_days"])
        values = {name: entry[name] for name in FIELDS if entry.get(name) is not None}
        for name in ("start", "end"):
            if isinstance(values.get(name), str):
                values[name] = datetime.time.fromisoformat(values[name])
    except (KeyError, TypeError, ValueError) as error:
        raise ContentError(f"{where}: {error}") from None
    date = timezone.localdate() + datetime.timedelta(days=days)
    return Meeting(date=date, example=True, **values)
