"""
With Redis as the shared cache, the site keeps serving pages when Redis
stops, says so on /healthz/, and uses Redis again once it is back.
"""

import time

from django.core.cache import caches

import pytest

from home.factories import StandardPageFactory
from website import content_cache
from website.page_cache import HEADER

from .redis_server import RedisServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings, monkeypatch):
    server = RedisServer().start()
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": server.url,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    monkeypatch.setattr(content_cache, "RETRY_AFTER_SECONDS", 1)
    yield server
    server.stop()
    caches["default"].close()


def test_pages_still_answer_when_redis_stops(client, home, redis_cache):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    assert client.get(page.url)[HEADER] == "miss"
    assert client.get(page.url)[HEADER] == "hit"
    assert client.get("/healthz/").status_code == 200

    redis_cache.stop()
    for path in [page.url, "/", "/search/?q=about", "/no-such-page/"]:
        response = client.get(path)
        assert response.status_code in (200, 404), path
    assert client.get(page.url).status_code == 200
    health = client.get("/healthz/")
    assert health.status_code == 503
    assert health.json()["checks"]["cache"]["ok"] is False
    assert health.json()["checks"]["database"]["ok"] is True

    # Once Redis is back, and the moment each process leaves it alone after
    # a failure has passed, pages come from the cache again.
    redis_cache.start()
    time.sleep(content_cache.RETRY_AFTER_SECONDS + 0.1)
    client.get(page.url)
    assert client.get(page.url)[HEADER] == "hit"
    assert client.get("/healthz/").status_code == 200


def test_a_stopped_redis_is_asked_once_then_left_alone(
    client, home, redis_cache, monkeypatch
):
    """A Redis that hangs would cost every cache call its socket timeout."""
    page = StandardPageFactory(parent=home, title="About", slug="about")
    redis_cache.stop()
    asked = []
    backend = caches["default"]
    for name in ("get", "add", "set", "incr", "get_many"):
        real = getattr(backend, name)
        monkeypatch.setattr(
            backend,
            name,
            lambda *args, _real=real, _name=name, **kwargs: (
                asked.append((_name, args[0] if args else None)),
                _real(*args, **kwargs),
            )[1],
        )
    for _ in range(3):
        assert client.get(page.url).status_code == 200
    content = [call for call in asked if "content:" in str(call[1])]
    # The first view reads the generation (get, add, get), then nothing more.
    assert [name for name, _key in content] == ["get", "add", "get"]
