from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and standard pages"

    def ready(self):
        from website import page_cache  # noqa: F401 (connects its receivers)

        from . import navigation

        navigation.connect_signals()
