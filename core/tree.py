"""
A page's children, found by a range of paths that an index can answer.

Wagtail's `child_of(page)` filters by `path LIKE 'page's path%'` and the
child's depth. Neither SQLite (whose LIKE ignores case) nor PostgreSQL
(outside the C collation) reads a prefix LIKE from an index, so both read
every page at the children's depth, and the library's resources share their
depth with the networks and the alliance's events: at 100,000 resources,
"What's on" spent 8 ms on SQLite listing its events. Treebeard's own
`get_children()` asks for the range of its children's paths instead, which
the index on (depth, path) answers; `child_of` here does the same for a
queryset of any page model.
"""

from wagtail.models import Page


def child_of(pages, parent):
    """`pages` (a queryset of pages) that are children of `parent`."""
    first = parent.path + Page.alphabet[0] * Page.steplen
    last = parent.path + Page.alphabet[-1] * Page.steplen
    return pages.filter(depth=parent.depth + 1, path__range=(first, last))
