"""
With Redis as the shared cache, the site keeps serving pages when Redis
stops, says so on /healthz/, and uses Redis again once it is back.
"""

from django.core.cache import caches

import pytest

from home.factories import StandardPageFactory
from website.page_cache import HEADER

from .redis_server import RedisServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings):
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

    redis_cache.start()
    client.get(page.url)
    assert client.get(page.url)[HEADER] == "hit"
    assert client.get("/healthz/").status_code == 200
