from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every other app builds on: shared infrastructure, no page types."""

    name = "core"
    verbose_name = "Core"
