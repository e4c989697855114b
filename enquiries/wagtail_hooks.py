from wagtail import hooks

from .admin_views import enquiry_viewset
from .dashboard import EnquiriesPanel


@hooks.register("register_admin_viewset")
def register_enquiries():
    return enquiry_viewset


@hooks.register("construct_homepage_panels")
def add_enquiries_panel(request, panels):
    if enquiry_viewset.permission_policy.user_has_permission(request.user, "view"):
        panels.append(EnquiriesPanel(request.user))
