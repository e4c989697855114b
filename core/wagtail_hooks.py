from wagtail import hooks

from .admin_views import outbox_viewset


@hooks.register("register_admin_viewset")
def register_outbox():
    return outbox_viewset
