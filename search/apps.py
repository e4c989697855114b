from django.apps import AppConfig
from django.core import checks


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from . import signals
        from .checks import check_match_limit

        checks.register(check_match_limit)
        signals.connect()
