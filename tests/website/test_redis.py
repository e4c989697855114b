"""
With Redis as the shared cache, the site keeps serving pages when Redis
stops, says so on /healthz/, and uses Redis again once it is back. The
faults themselves (a Redis killed or hung under the running site) are in
tests/faults/test_redis.py.
"""

import time

from django.core.cache import caches

import pytest

from core.page_cache import HEADER
from home.factories import StandardPageFactory
from tests.redis_server import RedisServer

pytestmark = pytest.mark.django_db

RETRY_AFTER = 1


@pytest.fixture
def redis_cache(settings):
    server = RedisServer().start()
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.FailoverRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "RETRY_AFTER": RETRY_AFTER,
            },
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    caches["default"].clear()
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
    # Nothing is kept meanwhile: each process's memory is its own.
    assert HEADER not in client.get(page.url)
    health = client.get("/healthz/")
    assert health.status_code == 503
    assert health.json()["checks"]["cache"]["ok"] is False
    assert health.json()["checks"]["database"]["ok"] is True

    # Once Redis is back, and the moment each process leaves it alone after
    # a failure has passed, pages come from the cache again.
    redis_cache.start()
    time.sleep(RETRY_AFTER + 0.1)
    client.get(page.url)
    client.get(page.url)
    assert client.get(page.url)[HEADER] == "hit"
    assert client.get("/healthz/").status_code == 200


def test_a_stopped_redis_is_asked_once_then_left_alone(
    client, home, redis_cache, monkeypatch
):
    """A Redis that hangs would cost every cache call its socket timeout."""
    page = StandardPageFactory(parent=home, title="About", slug="about")
    client.get(page.url)
    redis_cache.stop()
    asked = []
    redis = caches["default"].redis
    for name in ("get", "add", "set", "incr", "get_many", "set_many", "delete"):
        real = getattr(redis, name)
        monkeypatch.setattr(
            redis,
            name,
            lambda *args, _real=real, _name=name, **kwargs: (
                asked.append(_name),
                _real(*args, **kwargs),
            )[1],
        )
    for _ in range(3):
        assert client.get(page.url).status_code == 200
    assert client.get("/search/?q=about").status_code == 200
    # The first call failed; nothing more reached for Redis within RETRY_AFTER.
    assert len(asked) == 1, asked
