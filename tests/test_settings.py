"""What each environment gets from its variables: the defaults a fresh checkout
runs on, and what production refuses to start without."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent

PROBE = """
import json, django
from django.conf import settings
django.setup()
from django.db import connection
db = settings.DATABASES["default"]
out = {
    "engine": db["ENGINE"],
    "options": db.get("OPTIONS", {}),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "email": settings.EMAIL_BACKEND,
    "email_host": getattr(settings, "EMAIL_HOST", None),
    "tasks": {k: v["BACKEND"] for k, v in settings.TASKS.items()},
    "storage": settings.STORAGES["default"]["BACKEND"],
    "debug": settings.DEBUG,
    "cache": settings.CACHES["default"]["BACKEND"],
    "page_cache": settings.PAGE_CACHE_SECONDS,
    "content_cache": settings.CONTENT_CACHE_SECONDS,
}
if db["ENGINE"].endswith("sqlite3"):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        out["journal_mode"] = cursor.fetchone()[0]
print(json.dumps(out))
"""


def settings_for(module, tmp_path, **variables):
    """Imports a settings module in a fresh process with only `variables` set."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": module,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **variables,
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result


def test_fresh_checkout_runs_on_embedded_defaults(tmp_path):
    result = settings_for("website.settings.dev", tmp_path)
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)

    assert got["engine"] == "django.db.backends.sqlite3"
    assert got["journal_mode"] == "wal"
    assert got["options"]["transaction_mode"] == "IMMEDIATE"
    assert got["options"]["timeout"] == 5
    assert got["search"] == "wagtail.search.backends.database"
    assert got["email"] == "django.core.mail.backends.console.EmailBackend"
    assert got["storage"] == "django.core.files.storage.FileSystemStorage"
    # Search indexing stays immediate; email has its own database queue.
    assert got["tasks"] == {
        "default": "django_tasks.backends.immediate.ImmediateBackend",
        "email": "django_tasks_db.DatabaseBackend",
    }


def test_email_url_switches_to_smtp(tmp_path):
    result = settings_for(
        "website.settings.dev",
        tmp_path,
        EMAIL_URL="smtp://user:secret@mail.example.org:2525",
    )
    got = json.loads(result.stdout)
    assert got["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert got["email_host"] == "mail.example.org"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(tmp_path, missing):
    variables = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "www.example.org"}
    del variables[missing]

    result = settings_for("website.settings.production", tmp_path, **variables)

    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_is_not_in_debug(tmp_path):
    result = settings_for(
        "website.settings.production",
        tmp_path,
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="www.example.org",
        DEBUG="true",  # ignored: production never runs in debug
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["debug"] is False


def test_page_and_content_caches_are_on_only_with_a_shared_cache(tmp_path):
    """
    In local memory each gunicorn worker would keep its own copy and never
    hear of a publish in another worker, so both caches stay off.
    """
    production = {
        "SECRET_KEY": "settings-test-" + "x" * 50,
        "ALLOWED_HOSTS": "www.example.org",
    }
    alone = settings_for("website.settings.production", tmp_path, **production)
    assert alone.returncode == 0, alone.stderr
    alone = json.loads(alone.stdout.strip().splitlines()[-1])
    assert alone["cache"].endswith("LocMemCache")
    assert (alone["page_cache"], alone["content_cache"]) == (0, 0)

    shared = settings_for(
        "website.settings.production",
        tmp_path,
        REDIS_URL="redis://127.0.0.1:6379/15",
        **production,
    )
    assert shared.returncode == 0, shared.stderr
    shared = json.loads(shared.stdout.strip().splitlines()[-1])
    assert shared["cache"] == "core.cache.FailoverRedisCache"
    assert (shared["page_cache"], shared["content_cache"]) == (600, 86400)


def test_cached_fragments_outlive_no_signed_image_address(tmp_path):
    """With S3, images have addresses signed for 6 h: fragments keep 3 h."""
    result = settings_for(
        "website.settings.production",
        tmp_path,
        SECRET_KEY="settings-test-" + "x" * 50,
        ALLOWED_HOSTS="www.example.org",
        REDIS_URL="redis://127.0.0.1:6379/15",
        AWS_STORAGE_BUCKET_NAME="lla-media",
        CONTENT_CACHE_SECONDS="604800",
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["storage"] == "storages.backends.s3.S3Storage"
    assert (seen["page_cache"], seen["content_cache"]) == (600, 3 * 60 * 60)
