"""
Must-show 1 of the production issue: the app with its production settings,
against this machine's PostgreSQL and Redis and moto's S3 server on
localhost. It stores an image and a members-only document in a private
bucket and serves both correctly; with the store gone, a member asking for
the document gets a clear 503 within the S3 timeouts, and /healthz/ says so.
"""

import json
import os
import subprocess
import sys
import uuid

from django.conf import settings

import boto3
import pytest
import requests
from moto.server import ThreadedMotoServer

from tests.ports import free_port, reachable
from tests.shared_db import create_postgres_database, drop_postgres_database

SCRIPT = settings.BASE_DIR / "tests" / "website" / "production_stack.py"
PG = "postgres://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def engines(tmp_path, django_db_setup):
    if not (reachable(5432) and reachable(6379)):
        if os.environ.get("LLA_REQUIRE_BROWSER"):
            pytest.fail("PostgreSQL on 5432 and Redis on 6379 are needed here")
        pytest.skip("needs the machine's PostgreSQL (5432) and Redis (6379)")
    database = f"{PG}/lla_production_{uuid.uuid4().hex[:8]}"
    # On the PostgreSQL run, a copy of its migrated test database: the
    # stack's own `migrate` then has nothing to do.
    create_postgres_database(database)
    port = free_port()
    s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    s3.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-west-2",
        aws_access_key_id="test",
        aws_secret_access_key="test",  # noqa: S106 (moto's)
    ).create_bucket(
        Bucket="lla-media",
        CreateBucketConfiguration={"LocationConstraint": "eu-west-2"},
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": "production-stack-test-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "www.example.org",
        "WAGTAILADMIN_BASE_URL": "https://www.example.org",
        "DATABASE_URL": database,
        "REDIS_URL": REDIS,
        "AWS_STORAGE_BUCKET_NAME": "lla-media",
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_S3_CONNECT_TIMEOUT": "2",
        "AWS_S3_READ_TIMEOUT": "3",
        "PYTHONPATH": str(settings.BASE_DIR),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    env.pop("ELASTICSEARCH_URL", None)
    yield env, s3, endpoint
    s3.stop()
    drop_postgres_database(database)


def run(env, *args):
    result = subprocess.run(  # noqa: S603 (this interpreter, our script)
        [sys.executable, str(SCRIPT), *args],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[:3000]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_production_settings_serve_media_from_a_private_bucket(engines):
    env, s3, endpoint = engines
    seen = run(env, "serve")

    # Both files are in the bucket, which answers no one without a signature.
    assert seen["document_name"].startswith("documents/")
    assert seen["image_name"].startswith("original_images/")
    unsigned = requests.get(f"{endpoint}/lla-media/{seen['document_name']}", timeout=5)
    assert unsigned.status_code == 403
    # Images are read through short-lived signed addresses.
    assert "X-Amz-Signature=" in seen["image_url"]
    assert seen["image_is_png"]
    # Browsers may keep an image a day; no shared cache may (the bucket is
    # private). Collected static files have hashed names, so are kept a year.
    assert seen["image_cache_control"] == "private, max-age=86400"
    assert "max-age=31536000" in seen["static_cache_control"]
    assert "immutable" in seen["static_cache_control"]
    # The members-only document goes through the serve view, to members only.
    assert seen["anonymous_status"] == 404
    assert seen["member_status"] == 200
    assert seen["member_bytes_match"]
    assert "private" in seen["member_cache_control"]
    assert "no-store" in seen["member_cache_control"]
    assert seen["health_status"] == 200, seen["health"]
    assert seen["home_status"] == 200

    s3.stop()
    down = run(env, "outage", seen["document_url"])
    assert down["status"] == 503
    assert "This file is not available right now" in down["text"]
    assert down["seconds"] < 20
    assert down["health_status"] == 503
    assert down["health"]["checks"]["storage"]["ok"] is False
    assert down["health"]["checks"]["database"]["ok"] is True
    assert down["home_status"] == 200
