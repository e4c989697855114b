"""Settings for the test suite: fast, isolated and deterministic."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-secret-key-not-for-any-real-use"  # noqa: S105
ALLOWED_HOSTS = ["*"]

# Fast hashing: the suite creates many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads made by tests go to a throwaway folder, never to media/.
MEDIA_ROOT = env("TEST_MEDIA_ROOT", default="/tmp/lla-test-media")  # noqa: S108

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Both backends run immediately, so a test sees a task's effects at once.
# Tests of the worker itself switch "email" back to the database queue.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

# Benchmark tooling (`manage.py make_fake_resources`), never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]

WAGTAILADMIN_BASE_URL = "http://testserver"
LLA_DEV_ADMIN = False

# Static files come from the app folders; nothing is collected for tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# With ELASTICSEARCH_URL set the suite runs on Elasticsearch, in its own indexes.
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "lla_test_"

# django-axes needs a request for every authenticate() call, which the test
# client's login() does not pass. Tests of the lockout switch it back on.
AXES_ENABLED = False

# The page cache is tested on its own (tests/website/test_page_cache.py); other
# tests change content behind its back (queryset updates) and read at once.
PAGE_CACHE_SECONDS = 0
# The content cache is on, as in production: the suite runs in one process per
# worker, so local memory is shared by everything a test does.
CONTENT_CACHE_SECONDS = 60 * 60 * 24
# Tests search as often as they like; the limit's own tests switch it on
# (tests/search/test_rate_limit.py).
SEARCH_RATE_LIMIT = 0
