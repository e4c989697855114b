"""
Imports between the project's apps run one way:

    core ← home ← networks ← resources ← search
    core ← networks ← enquiries, accounts

An app may import the apps below it and never one above it; `enquiries` and
`accounts` depend on `core` and `networks` (and what those stand on) and not
on each other. `images` (the image model) sits beside `core`. `website`
(settings and URLs) may import any app, and no app imports it. Deferred
imports inside functions count as much as those at the top of a file.
"""

import ast
from pathlib import Path

from django.conf import settings

import pytest

ROOT = Path(settings.BASE_DIR)
ORDER = ["core", "home", "networks", "resources", "search"]
BASE = {"core", "images"}


def allowed_imports():
    """{app: the apps it may import}."""
    allowed = {"core": {"images"}, "images": {"core"}}
    for position, app in enumerate(ORDER[1:], start=1):
        allowed[app] = BASE | set(ORDER[:position])
    below_networks = BASE | set(ORDER[: ORDER.index("networks") + 1])
    allowed["enquiries"] = below_networks
    allowed["accounts"] = below_networks
    allowed["website"] = set(allowed) | {"website"}
    return allowed


ALLOWED = allowed_imports()
APPS = set(ALLOWED)


def imports_of(path):
    """The top-level project packages a module imports, with line numbers."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in APPS:
                yield top, node.lineno


def app_modules(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def wrong_way_imports():
    found = []
    for app in sorted(APPS):
        for path in app_modules(app):
            for imported, line in imports_of(path):
                if imported != app and imported not in ALLOWED[app]:
                    relative = path.relative_to(ROOT)
                    found.append(f"{relative}:{line} imports {imported}")
    return found


def app_graph():
    graph = {app: set() for app in APPS}
    for app in APPS:
        for path in app_modules(app):
            graph[app].update(
                imported for imported, _line in imports_of(path) if imported != app
            )
    return graph


def cycles(graph):
    """Every cycle of apps importing each other, as a list of app names."""
    found = []

    def visit(app, trail):
        for imported in sorted(graph[app]):
            if imported in trail:
                cycle = trail[trail.index(imported) :]
                if min(cycle) == cycle[0] and cycle not in found:
                    found.append(cycle)
            else:
                visit(imported, [*trail, imported])

    for app in sorted(graph):
        visit(app, [app])
    return found


def test_every_import_between_apps_runs_the_one_way():
    assert wrong_way_imports() == []


def test_no_apps_import_each_other_in_a_circle():
    assert cycles(app_graph()) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from search.engine import search\n", "search"),
        ("def f():\n    from networks.models import NetworkPage\n", "networks"),
        ("import resources.models\n", "resources"),
        ("from .models import Thing\n", None),
        ("from django.db import models\n", None),
    ],
)
def test_the_check_sees_every_kind_of_import(tmp_path, source, expected):
    module = tmp_path / "module.py"
    module.write_text(source)
    found = [app for app, _line in imports_of(module)]
    assert found == ([expected] if expected else [])


def test_the_check_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert cycles(graph) == [["a", "b", "c"]]
