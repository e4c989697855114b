"""
Who is a member: the one rule every app asks (members-only resources, a
network's members-only summaries, the site search, accounts). Becoming one
(sign-up, partner domains, approval) is the accounts app's business.
"""

from django.contrib.auth.models import AnonymousUser

MEMBERS_GROUP = "Members"


def is_member(user):
    """Members see members-only resources: the Members group, or any editor."""
    user = user or AnonymousUser()
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.groups.filter(name=MEMBERS_GROUP).exists()


def audience(member):
    """
    Whom something worked out once is for: members, or anyone else. Part of
    the content cache's keys for what differs between the two.
    """
    return "members" if member else "anyone"
