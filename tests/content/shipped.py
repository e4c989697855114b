"""
The shipped content (content/) as tests read it: pages by address and type,
snippets by key, redirects. Tests name what the site ships from here, so a
change to the content changes what they expect.

    from tests.content import shipped
    networks = shipped.of_type("networks.NetworkPage")
    networks[0].slug, networks[0].front["leads"], networks[0].body
"""

from functools import cache

from core.content.source import Folder


@cache
def pages():
    """{address: PageFile} for every page file, in tree order."""
    found = {}

    def walk(page):
        found[page.path] = page
        for child in page.children:
            walk(child)

    walk(Folder().page_tree())
    return found


def page(path):
    return pages()[path]


def of_type(label):
    """The page files of one page type, e.g. "networks.NetworkPage"."""
    return [page for page in pages().values() if page.front["type"] == label]


@cache
def snippets(label):
    """The items of the snippets file for a model, e.g. "networks.Person"."""
    for _path, data in Folder().snippet_files():
        if data["type"] == label:
            return data["items"]
    raise LookupError(label)


def redirects():
    """(old address, address of the page it leads to) for each redirect."""
    return [
        (old, page.path)
        for page in pages().values()
        for old in page.front.get("redirect_from") or []
    ]
