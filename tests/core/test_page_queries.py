"""
Page lookups that Wagtail makes by reading every page of a large library:

- core.privacy.public(): the pages outside any private section, exactly as
  Wagtail's `.public()` gives them, found without reading every page;
- core.tree.child_of(): a page's children, as Wagtail's `child_of()` gives
  them, found by a range of paths an index answers.
"""

import ast
import re
from pathlib import Path

from django.conf import settings
from django.db import connection

from wagtail.models import Page, PageViewRestriction

import pytest

from core.privacy import private_q, public
from core.tree import child_of

from ..query_plans import plan


def _add(parent, slug):
    return parent.add_child(instance=Page(title=slug.title(), slug=slug))


def _restrict(page, kind=PageViewRestriction.PASSWORD):
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="x")


@pytest.fixture
def sections(home):
    """
    home ─┬─ staff (password) ─┬─ rota
          │                    └─ minutes
          ├─ news ── members (sign-in) ── notes
          └─ about
    """
    staff = _add(home, "staff")
    pages = {"home": home, "staff": staff}
    pages["rota"] = _add(staff, "rota")
    pages["minutes"] = _add(staff, "minutes")
    pages["news"] = _add(home, "news")
    pages["members"] = _add(pages["news"], "members")
    pages["notes"] = _add(pages["members"], "notes")
    pages["about"] = _add(home, "about")
    _restrict(staff)
    _restrict(pages["members"], PageViewRestriction.LOGIN)
    return pages


def _slugs(queryset):
    return set(queryset.filter(depth__gt=1).values_list("slug", flat=True))


def test_public_leaves_out_each_private_section_and_everything_below_it(sections):
    assert _slugs(public(Page.objects.all())) == {"home", "news", "about"}
    # The same pages as Wagtail's own.
    assert _slugs(public(Page.objects.all())) == _slugs(Page.objects.public())
    # A section opened again is public again, with its pages.
    PageViewRestriction.objects.filter(page=sections["staff"]).delete()
    assert _slugs(public(Page.objects.all())) == {
        "home",
        "news",
        "about",
        "staff",
        "rota",
        "minutes",
    }


def test_with_no_private_section_every_page_is_public(home):
    _add(_add(home, "news"), "story")
    assert _slugs(public(Page.objects.all())) == {"home", "news", "story"}
    assert _slugs(Page.objects.all().filter(private_q())) == set()


def _sqlite_steps(action):
    """How many SQLite virtual machine instructions `action` took."""
    steps = 0

    def count():
        nonlocal steps
        steps += 1
        return 0

    raw = connection.connection
    raw.set_progress_handler(count, 1)
    try:
        action()
    finally:
        raw.set_progress_handler(None, 1)
    return steps


def test_finding_private_sections_costs_no_more_with_more_pages(home):
    """
    With SQLite's statistics gathered (ANALYZE, as `PRAGMA optimize` does),
    an empty table of restrictions has none, and Wagtail's own lookup of the
    sections read every page: 11 ms a call at 100,000 pages, twice for each
    library request. Counted in SQLite's instructions, which do not depend
    on the machine: the lookup costs no more with 150 pages than with 10.
    """
    if connection.vendor != "sqlite":
        pytest.skip("counts SQLite's instructions; PostgreSQL planned it well")
    connection.ensure_connection()
    parent = _add(home, "parent")
    for number in range(8):
        _add(parent, f"page-{number}")

    def lookup():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        private_q()  # the statement prepared again, after ANALYZE
        return _sqlite_steps(private_q)

    few = lookup()
    for number in range(8, 150):
        _add(parent, f"page-{number}")
    many = lookup()
    assert many <= few, (few, many)


# Wagtail's lookup, and a pattern for its call in a template, for each of
# the project's own.
WAGTAIL_LOOKUPS = [
    pytest.param(
        {"public", "not_public", "private_q"},
        r"\.(not_)?public\b",
        id="private sections: core.privacy",
    ),
    pytest.param({"child_of"}, r"\.child_of\b", id="children: core.tree"),
]


@pytest.mark.parametrize(("methods", "in_templates"), WAGTAIL_LOOKUPS)
def test_the_project_makes_these_lookups_only_its_own_way(methods, in_templates):
    """Wagtail's, in Python or a template, would read every page again."""
    root = Path(settings.BASE_DIR)
    calls = []
    for path in sorted(root.glob("*/**/*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in {".venv", "tests", "media", "static"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in methods
            ):
                calls.append(f"{relative}:{node.lineno}")
    # Templates may call it too: {% with children=page.get_children.live.public %}
    tag = re.compile(r"{[{%].*?[%}]}", re.DOTALL)
    for path in sorted(root.glob("*/templates/**/*.html")):
        relative = path.relative_to(root)
        if relative.parts[0] == ".venv":
            continue
        for found in tag.finditer(path.read_text()):
            if re.search(in_templates, found.group()):
                calls.append(f"{relative}: {found.group()}")
    assert calls == []


def test_child_of_gives_a_pages_children_and_no_deeper_or_neighbouring_ones(home):
    """
    home ─┬─ news ─┬─ story ── comments
          │        └─ archive
          └─ newsletter (its path sorts just after news's)
    """
    news = _add(home, "news")
    story = _add(news, "story")
    _add(story, "comments")
    _add(news, "archive")
    _add(_add(home, "newsletter"), "issue")
    ours = _slugs(child_of(Page.objects.all(), news))
    assert ours == {"story", "archive"}
    assert ours == _slugs(Page.objects.child_of(news))
    assert _slugs(child_of(Page.objects.all(), home)) == {"news", "newsletter"}
    assert _slugs(child_of(Page.objects.all(), story)) == {"comments"}


def test_child_of_is_read_from_the_index_on_depth_and_path(home):
    """
    Wagtail's `path LIKE` reads every page at the children's depth, where
    the library's 100,000 resources are (8 ms on SQLite for "What's on").
    """
    news = _add(home, "news")
    found = plan(child_of(Page.objects.all(), news).order_by())
    if connection.vendor == "sqlite":
        assert "lla_page_depth_path (depth=? AND path>? AND path<?)" in found
    else:
        # With the C collation, as here, PostgreSQL reads Wagtail's LIKE from
        # the index too; with another, only the range.
        assert "Index Cond" in found
        assert "path" in found.split("Index Cond", 1)[1].split("\n", 1)[0]
