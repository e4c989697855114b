"""
Who may do what in the admin: one definition, applied after every
`migrate` (and by the content loader), and safe to apply again.

- "LLA editors" edit every page, snippet, image and document, see every
  enquiry, approve members, and see the outbox.
- Each network has its own group, made with the network, whose members edit
  that network's page (meetings are part of it) and nothing else in the tree.
  They can use images and documents (photos, minutes) and choose, but not
  change, people and organisations. They see and triage the enquiries sent
  to their network, and no others.

Permissions are named as "app_label.codename", so this module imports no
other app. Applying adds what is missing and removes nothing an
administrator added by hand.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from .models import NetworkGroup, NetworkPage

LLA_EDITORS = "LLA editors"
CRUD = ("add", "change", "delete", "view")


def _all(app_model, actions=CRUD):
    app_label, model = app_model.split(".")
    return [f"{app_label}.{action}_{model}" for action in actions]


MEDIA_USE = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
MEDIA_ALL = [
    *MEDIA_USE,
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
]
NETWORK_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]

# The groups, and what each may do.
LLA_EDITORS_GROUP = {
    "permissions": [
        "wagtailadmin.access_admin",
        *_all("networks.person"),
        *_all("networks.organisation"),
        # Running every network: rosters, imports, meetings, attendance, reports.
        *_all("networks.rostermember"),
        "networks.view_meetingrecord",
        "networks.change_meetingrecord",
        "networks.manage_all_rosters",
        # Merging topics (Library > Topics) changes and deletes tags.
        "taggit.change_tag",
        "taggit.delete_tag",
        # Search: synonyms, promoted results, and the no-results report.
        *_all("search.synonym"),
        *_all("wagtailsearchpromotions.searchpromotion"),
        "search.view_searchmiss",
        # Enquiries: every network's.
        *_all("enquiries.enquiry", ("view", "change", "delete")),
        "enquiries.view_all_enquiries",
        # The site settings (alliance inbox, retention, the site's pages).
        "core.change_sitesettings",
        # The outbox: what was sent, what failed or is stuck; send again.
        "core.view_email",
        "core.send_email_again",
        # Members: approve or decline those waiting (Members in the admin).
        "accounts.review_members",
    ],
    "pages": [*NETWORK_PAGE_PERMISSIONS, "bulk_delete"],
    "collections": MEDIA_ALL,
}
NETWORK_EDITORS_GROUP = {
    "permissions": [
        "wagtailadmin.access_admin",
        "networks.view_person",
        "networks.view_organisation",
        # Running their own network: its roster, attendance and report
        # (networks_run_by scopes every view to the networks they edit).
        *_all("networks.rostermember"),
        "networks.view_meetingrecord",
        "networks.change_meetingrecord",
        # Their own network's enquiries (Enquiry.objects.for_user scopes them).
        "enquiries.view_enquiry",
        "enquiries.change_enquiry",
    ],
    "pages": NETWORK_PAGE_PERMISSIONS,
    "collections": MEDIA_USE,
}


def _permissions(names):
    wanted = [tuple(name.split(".")) for name in names]
    permissions = Permission.objects.filter(
        content_type__app_label__in={app_label for app_label, _ in wanted},
        codename__in={codename for _, codename in wanted},
    ).select_related("content_type")
    found = {(p.content_type.app_label, p.codename): p for p in permissions}
    missing = [".".join(name) for name in wanted if name not in found]
    if missing:
        raise LookupError(f"No such permissions: {', '.join(missing)}")
    return [found[name] for name in wanted]


def _apply(group, definition, page):
    group.permissions.add(*_permissions(definition["permissions"]))
    for permission in _permissions(
        [f"wagtailcore.{kind}_page" for kind in definition["pages"]]
    ):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )
    root = Collection.get_first_root_node()
    for permission in _permissions(definition["collections"]):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


@transaction.atomic
def ensure_lla_editors_group():
    """The alliance's own editors: everything in the page tree and the library."""
    group, _ = Group.objects.get_or_create(name=LLA_EDITORS)
    _apply(group, LLA_EDITORS_GROUP, Page.get_first_root_node())
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
    _apply(group, NETWORK_EDITORS_GROUP, network)
    return group


def apply_all(**kwargs):
    """
    The `post_migrate` handler (networks/apps.py): every group as defined
    here, after every `migrate`. Django makes each app's permissions in its
    own `post_migrate`, so all of them are made first.
    """
    if Page.get_first_root_node() is None or Collection.get_first_root_node() is None:
        return
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    ensure_lla_editors_group()
    for network in NetworkPage.objects.all():
        ensure_network_group(network)
