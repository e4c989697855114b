"""
Settings for production: everything in base, plus HTTPS and proxy hardening.

Required variables: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL (PostgreSQL) and
WAGTAILADMIN_BASE_URL. See `.env.example`.
https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False

# Required in production: a missing one stops start-up with a clear message.
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Behind a proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Health checks come from inside the container over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

LLA_DEV_ADMIN = False

# Structured logs: one JSON object a line (LOG_FORMAT=plain for the plain text).
if env.str("LOG_FORMAT", default="json") == "json":
    LOGGING["formatters"]["json"] = {"()": "website.log_format.JSONFormatter"}  # noqa: F405
    LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
