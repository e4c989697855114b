"""
The admin pages the project adds, found by walking the admin's URLs: each one
whose view the project defines (its `wagtail_hooks.py` files,
`core/admin_reports.py`), and each one of a viewset the project defines, with
the viewset's chooser. `project_admin_pages` opens each page as the client's
user; the `admin_with_rows` fixture (tests/core/conftest.py) gives every
listing and report a row to show.

    for url, name, response in project_admin_pages(client): ...
"""

import json
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.urls import URLResolver, get_resolver, reverse

from wagtail.admin.viewsets import viewsets
from wagtail.models import RevisionMixin

from accounts.models import User

# Views that only take a POST: opened with a GET they draw nothing (405, or
# 404 as though not there). Their forms are on the pages that link to them.
POST_ONLY = {
    "members:approve",
    "members:decline",
    "enquiries:retry",
    "outbox:send_again",
}


def project_apps():
    return {
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(settings.BASE_DIR)
        and ".venv" not in Path(config.path).parts
    }


def is_ours(module):
    return module.partition(".")[0] in project_apps()


def project_viewsets():
    """{URL namespace: viewset} for each viewset the project defines, and the
    chooser each of its snippet viewsets brings."""
    get_resolver().url_patterns  # noqa: B018 (loading the URLs registers the viewsets)
    found = {}
    for viewset in viewsets.viewsets:
        if is_ours(type(viewset).__module__):
            found[viewset.url_namespace] = viewset
            chooser = getattr(viewset, "chooser_viewset", None)
            if chooser is not None:
                found[chooser.url_namespace] = chooser
    return found


def admin_routes(patterns=None, prefix="", namespace=""):
    """(route, pattern, namespace) for every URL under admin/."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = (
                    f"{namespace}:{pattern.namespace}"
                    if namespace
                    else (pattern.namespace)
                )
            yield from admin_routes(
                pattern.url_patterns, prefix + str(pattern.pattern), inner
            )
        elif (prefix + str(pattern.pattern)).startswith("admin/"):
            yield prefix + str(pattern.pattern), pattern, namespace


def project_admin_routes():
    """(route, name, view's namespace, viewset) of every admin URL the project
    adds; where two share a route, the first is the one that answers."""
    ours, seen = project_viewsets(), set()
    for route, pattern, namespace in admin_routes():
        if route in seen:
            continue
        seen.add(route)
        view = getattr(pattern.callback, "view_class", pattern.callback)
        if namespace in ours or is_ours(view.__module__):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield route, name, ours.get(namespace), pattern


def one_of(model):
    """A row of `model`: the first there is, or one made by its app's factory
    (STYLE.md: one factory per model, in <app>/factories.py)."""
    row = model._default_manager.order_by("pk").first()
    if row is None:
        factories = import_module(f"{model._meta.app_config.name}.factories")
        row = getattr(factories, f"{model.__name__}Factory")()
    if isinstance(row, RevisionMixin) and row.latest_revision is None:
        row.save_revision()
    return row


def url_for(route, name, viewset, pattern, applicant):
    """The address of one admin URL, its arguments filled in with real rows."""
    arguments = set(pattern.pattern.regex.groupindex)
    if not arguments:
        if name:
            return reverse(name)
        return "/" + route
    model = getattr(viewset, "model", None)
    row = one_of(model) if model else applicant
    values = {
        "pk": row.pk,
        "revision_id": getattr(row, "latest_revision_id", None),
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }
    unknown = arguments - {key for key, value in values.items() if value}
    assert not unknown, f"{route}: nothing to fill {unknown} with; add it here"
    return reverse(name, kwargs={key: values[key] for key in arguments})


def html_of(response):
    if response["Content-Type"].startswith("application/json"):
        data = json.loads(response.content)
        return "".join(
            value for value in data.values() if isinstance(value, str) and "<" in value
        )
    return response.content.decode()


def project_admin_pages(client):
    """(url, URL name, response) of every page the project adds to the admin,
    opened with `client`; the POST-only views are left out."""
    applicant = User.objects.filter(membership=User.Membership.PENDING).first()
    for route, name, viewset, pattern in project_admin_routes():
        url = url_for(route, name, viewset, pattern, applicant)
        response = client.get(url)
        if name in POST_ONLY:
            assert response.status_code in (404, 405), url
            continue
        yield url, name, response
