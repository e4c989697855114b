from wagtail import hooks

from .admin_views import members_viewset


@hooks.register("register_admin_viewset")
def register_members():
    return members_viewset


@hooks.register("register_log_actions")
def register_membership_actions(actions):
    actions.register_action(
        "accounts.membership_approved", "Approve membership", "Membership approved"
    )
    actions.register_action(
        "accounts.membership_declined", "Decline membership", "Membership declined"
    )
