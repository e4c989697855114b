from django.apps import AppConfig
from django.db.models.signals import post_migrate


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = "Networks"

    def ready(self):
        from . import signals  # noqa: F401
        from .permissions import apply_all

        # Once per `migrate`, after every app's migrations and permissions.
        post_migrate.connect(apply_all, sender=self, dispatch_uid="networks-perms")
