"""Settings for a developer's machine: `make run` uses these."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# A fixed key is fine here: dev settings never serve the public.
SECRET_KEY = env("SECRET_KEY", default="django-insecure-local-development-only")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Plain storage in development, so no `collectstatic` is needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Benchmark tooling (`manage.py make_fake_resources`), never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]

# Lets `make run` create and print a local admin login (never in production).
LLA_DEV_ADMIN = True

# Serve static files straight from the app folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# No page cache while templates and styles are being changed.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
