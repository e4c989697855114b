"""
core.privacy.public(): the pages outside any private section, exactly as
Wagtail's `.public()` gives them, found without reading every page.
"""

import ast
from pathlib import Path

from django.conf import settings
from django.db import connection

from wagtail.models import Page, PageViewRestriction

import pytest

from core.privacy import private_q, public


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


def test_the_project_finds_private_sections_only_through_core_privacy():
    """Wagtail's `.public()` would bring back the lookup of every page."""
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
                and node.func.attr in {"public", "not_public", "private_q"}
            ):
                calls.append(f"{relative}:{node.lineno}")
    assert calls == []
