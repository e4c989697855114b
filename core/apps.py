from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every other app builds on: shared infrastructure, no page types."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import content_cache

        # Every process moves the content generation on at any publish or
        # content change, so the page and content caches show it at once.
        content_cache.connect_signals()
