"""
The networks app's models: the pages (a network, the index, the directory)
with their people, organisations and meetings in `pages`, and running a
network (its roster, each meeting as sent, replies and attendance) in
`running`.
"""

from .events import AllianceEventPage, WhatsOnPage  # noqa: F401
from .pages import (  # noqa: F401
    NETWORK_FEED_HOOK,
    Area,
    Meeting,
    NetworkGroup,
    NetworkIndexPage,
    NetworkLead,
    NetworkPage,
    Organisation,
    OrganisationIndexPage,
    Person,
    Status,
    calendar_response,
    validate_domains,
)
from .running import (  # noqa: F401
    Attendee,
    MeetingRecord,
    RosterMember,
    networks_run_by,
    term_of,
)
