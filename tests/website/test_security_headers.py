"""
Every public page carries an enforced Content Security Policy; the admin the
same policy report-only (its editor has inline scripts); and the production
settings add HTTPS hardening.
"""

import os
import subprocess
import sys

from django.conf import settings

import pytest

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"
CSP_RO = "Content-Security-Policy-Report-Only"


@pytest.mark.parametrize("path", ["/", "/search/?q=maths", "/no-such-page/"])
def test_public_pages_enforce_a_strict_policy(client, home, path):
    response = client.get(path)
    policy = response[CSP]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "object-src 'none'" in policy
    assert CSP_RO not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_reports_without_enforcing(client, home):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert CSP not in response
    assert "default-src 'self'" in response[CSP_RO]


def test_passwords_are_hashed_with_argon2():
    from website.settings import base

    assert base.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


PRODUCTION_CHECK = """
import django
django.setup()
from django.conf import settings as s
from django.test import Client
print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE,
      s.CSRF_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER[0], s.DEBUG)
response = Client().get("/robots.txt", HTTP_X_FORWARDED_PROTO="https",
                        HTTP_HOST="www.example.org")
print(response.status_code, response["Strict-Transport-Security"])
response = Client().get("/robots.txt", HTTP_HOST="www.example.org")
print(response.status_code, response["Location"])
"""


def test_production_settings_harden_https():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": "production-check-only-" + "x" * 40,
        "ALLOWED_HOSTS": "www.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    result = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", PRODUCTION_CHECK],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "31536000 True True True HTTP_X_FORWARDED_PROTO False"
    assert lines[1] == "200 max-age=31536000; includeSubDomains; preload"
    assert lines[2] == "301 https://www.example.org/robots.txt"


def test_production_logs_are_one_json_object_a_line():
    import json
    import logging

    from website.log_format import JSONFormatter

    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", ("/x/",), None
    )
    line = JSONFormatter().format(record)
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "django.request"
    assert entry["message"] == "Not Found: /x/"
    assert "\n" not in line
