"""Links that change one part of a search and keep the rest of its URL."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def search_url(context, **changes):
    """
    The current URL's query string with `changes` applied; a value of None
    removes the parameter. Changing a filter or the sort goes back to page 1.

        <a href="{% search_url page=2 %}">
    """
    params = context["request"].GET.copy()
    params.pop("format", None)
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def without_filter(context, name, value):
    """The current search without one chosen filter value, back on page 1."""
    params = context["request"].GET.copy()
    params.pop("format", None)
    params.pop("page", None)
    params.setlist(name, [v for v in params.getlist(name) if v != value])
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
