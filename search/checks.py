"""Checks of the search's settings, run by `manage.py check` and at start-up."""

from django.conf import settings
from django.core.checks import Error


def check_match_limit(app_configs=None, **kwargs):
    """SEARCH_MATCH_LIMIT must be a whole number of at least 1."""
    limit = getattr(settings, "SEARCH_MATCH_LIMIT", None)
    if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 1:
        return []
    return [
        Error(
            f"SEARCH_MATCH_LIMIT is {limit!r}: it must be a whole number of "
            "at least 1 (how many of the newest matches a search ranks).",
            hint="Unset it for the default, 1000.",
            id="search.E001",
        )
    ]
