from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """
    Benchmark tooling, such as `manage.py make_fake_resources`: installed by
    the development and test settings only, never in production.
    """

    name = "benchmarks"
    verbose_name = "Benchmarks"
