"""
The compose file is valid and runs every engine with a healthcheck and a
volume; the image builds dependencies before code and runs as non-root.
(No Docker engine runs here: Debian's docker-compose checks the file.)
"""

import os
import shutil
import subprocess

from django.conf import settings

import pytest
import yaml

COMPOSE = shutil.which("docker-compose")


def _require_compose():
    if COMPOSE is None:
        if os.environ.get("LLA_REQUIRE_BROWSER"):
            pytest.fail("docker-compose is missing: .ci/run installs it")
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")


def _config():
    _require_compose()
    result = subprocess.run(  # noqa: S603 (a fixed local tool)
        [COMPOSE, "config"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "SECRET_KEY": "compose-check-only"},
    )
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)


def test_the_compose_file_is_valid():
    _require_compose()
    result = subprocess.run(  # noqa: S603
        [COMPOSE, "config", "-q"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_engine_runs_with_a_healthcheck_and_keeps_its_data():
    config = _config()
    services = config["services"]
    assert set(services) >= {
        "web", "worker", "postgres", "redis", "elasticsearch", "minio",
    }  # fmt: skip
    for name in ["postgres", "redis", "elasticsearch", "minio", "worker"]:
        assert "healthcheck" in services[name], name
    for name in ["postgres", "redis", "elasticsearch", "minio"]:
        assert services[name]["volumes"], name
    web = services["web"]["environment"]
    assert web["DATABASE_URL"].startswith("postgres://")
    assert web["REDIS_URL"].startswith("redis://")
    assert web["ELASTICSEARCH_URL"].startswith("http://elasticsearch")
    assert web["AWS_STORAGE_BUCKET_NAME"]
    assert services["worker"]["command"][:4] == [
        "python", "manage.py", "db_worker", "--backend",
    ]  # fmt: skip


def test_the_image_is_multi_stage_non_root_with_a_healthcheck():
    dockerfile = (settings.BASE_DIR / "Dockerfile").read_text()
    assert dockerfile.count("\nFROM ") + dockerfile.startswith("FROM ") >= 2
    assert "AS build" in dockerfile
    # Dependencies are installed before the code is copied in.
    assert dockerfile.index("pip install") < dockerfile.index("COPY --chown=lla:lla .")
    assert "collectstatic" in dockerfile
    assert "\nUSER lla\n" in dockerfile
    assert "HEALTHCHECK" in dockerfile and "/healthz/" in dockerfile
    assert "${PORT}" in dockerfile and "${WEB_CONCURRENCY}" in dockerfile


def test_gunicorn_workers_take_start_up_objects_out_of_garbage_collection():
    """Full collections then skip them: shorter slow requests (see the module)."""
    import gc

    from website import gunicorn

    dockerfile = (settings.BASE_DIR / "Dockerfile").read_text()
    assert "--config python:website.gunicorn" in dockerfile
    try:
        gunicorn.post_worker_init(worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
