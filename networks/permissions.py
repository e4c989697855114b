"""
Who may edit what in the admin.

- "LLA editors" edit every page, snippet, image and document.
- Each network has its own group, made with the network, whose members edit
  that network's page (meetings are part of it) and nothing else in the tree.
  They can use images and documents (photos, minutes) and choose, but not
  change, people and organisations. They see and triage the enquiries sent
  to their network, and no others.

Both functions are idempotent: run them again and nothing changes.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from .models import NetworkGroup

LLA_EDITORS = "LLA editors"
NETWORK_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
ALL_PAGE_PERMISSIONS = [*NETWORK_PAGE_PERMISSIONS, "bulk_delete"]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_pages(group, page, types):
    for permission_type in types:
        permission = _permission("wagtailcore", f"{permission_type}_page")
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )


def _grant_collection(group, codenames):
    root = Collection.get_first_root_node()
    for app_label, codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root,
            permission=_permission(app_label, codename),
        )


MEDIA_USE = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
MEDIA_ALL = [
    *MEDIA_USE,
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
]


@transaction.atomic
def ensure_lla_editors_group():
    """The alliance's own editors: everything in the page tree and the library."""
    group, _ = Group.objects.get_or_create(name=LLA_EDITORS)
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        *(
            _permission("networks", f"{action}_{model}")
            for model in ("person", "organisation")
            for action in ("add", "change", "delete", "view")
        ),
        # Merging topics (Library > Topics) changes and deletes tags.
        _permission("taggit", "change_tag"),
        _permission("taggit", "delete_tag"),
        # Search: synonyms, promoted results, and the no-results report.
        *(
            _permission("search", f"{action}_synonym")
            for action in ("add", "change", "delete", "view")
        ),
        *(
            _permission("wagtailsearchpromotions", f"{action}_searchpromotion")
            for action in ("add", "change", "delete", "view")
        ),
        _permission("search", "view_searchmiss"),
        # Enquiries: every network's, and the settings that route them.
        *(
            _permission("enquiries", f"{action}_enquiry")
            for action in ("view", "change", "delete")
        ),
        _permission("enquiries", "view_all_enquiries"),
        _permission("enquiries", "change_enquirysettings"),
        # Members: approve or decline those waiting (Members in the admin).
        _permission("accounts", "review_members"),
    )
    _grant_pages(group, Page.get_first_root_node(), ALL_PAGE_PERMISSIONS)
    _grant_collection(group, MEDIA_ALL)
    return group


@transaction.atomic
def ensure_network_group(network):
    """The group whose members edit this one network; made once per network."""
    link = NetworkGroup.objects.filter(network=network).select_related("group")
    if link.exists():
        group = link.get().group
    else:
        name = f"Network editors: {network.title}"[:140]
        if Group.objects.filter(name=name).exists():
            name = f"{name} ({network.pk})"
        group = Group.objects.create(name=name)
        NetworkGroup.objects.create(network=network, group=group)
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        _permission("networks", "view_person"),
        _permission("networks", "view_organisation"),
        # Their own network's enquiries (Enquiry.objects.for_user scopes them).
        _permission("enquiries", "view_enquiry"),
        _permission("enquiries", "change_enquiry"),
    )
    _grant_pages(group, network, NETWORK_PAGE_PERMISSIONS)
    _grant_collection(group, MEDIA_USE)
    return group
