from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and standard pages"

    def ready(self):
        from website import content_cache

        content_cache.connect_signals()
