"""
The shared cache with a real Redis that dies or hangs under it: counts and
locks still work (from the process's own memory), and a change published
while Redis was away is not hidden by what Redis held once it is back.
"""

import time

from django.core.cache import caches

import pytest

from core import ratelimit
from core.cache import standing_in
from core.page_cache import HEADER
from home.factories import StandardPageFactory
from tests.redis_server import RedisServer

RETRY_AFTER = 1


@pytest.fixture
def redis(settings):
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


@pytest.mark.parametrize("fault", ["kill", "pause"])
def test_rate_limits_still_count_while_redis_is_away(redis, fault):
    getattr(redis, fault)()
    # One moment for all five: the count is per minute, and the first call
    # waits out Redis's 0.5 s timeout, so five calls begun just before a
    # minute ends would be counted in two windows ([0, 0, 0, 0, 60]).
    now = time.time()
    answers = [
        ratelimit.rate_limited("test", "192.0.2.1", limit=3, window=60, now=now)
        for _ in range(5)
    ]
    assert answers[:3] == [0, 0, 0]
    assert all(wait > 0 for wait in answers[3:]), answers
    assert standing_in(caches["default"])


@pytest.mark.parametrize("fault", ["kill", "pause"])
def test_a_lock_taken_while_redis_is_away_is_held(redis, fault):
    """allauth's rate limits take a lock with add(): it must not always fail."""
    getattr(redis, fault)()
    cache = caches["default"]
    assert cache.add("lock", True, timeout=10) is True
    assert cache.add("lock", True, timeout=10) is False


def test_a_hung_redis_costs_one_timeout_then_nothing(redis):
    cache = caches["default"]
    cache.set("warm", 1)
    redis.pause()
    started = time.monotonic()
    cache.get("a")
    first = time.monotonic() - started
    started = time.monotonic()
    for number in range(100):
        cache.get(f"key{number}")
        cache.set(f"key{number}", number)
    rest = time.monotonic() - started
    assert first < 1.0
    assert rest < 0.1, rest


def test_redis_is_used_again_once_it_answers(redis):
    cache = caches["default"]
    redis.pause()
    cache.get("anything")  # times out: this process stands in for Redis
    cache.set("while-away", 1)
    assert standing_in(cache)
    assert cache.get("while-away") == 1
    redis.resume()
    time.sleep(RETRY_AFTER + 0.1)
    cache.set("back", 2)
    assert not standing_in(cache)
    assert cache.get("back") == 2
    # What the process kept for itself meanwhile is dropped.
    assert cache.get("while-away") is None


@pytest.mark.django_db
def test_a_change_published_while_redis_hung_shows_once_it_is_back(client, home, redis):
    page = StandardPageFactory(parent=home, title="About the alliance", slug="about")
    assert client.get(page.url)[HEADER] == "miss"
    assert client.get(page.url)[HEADER] == "hit"

    redis.pause()
    # The first call times out; from then on this process stands in for
    # Redis, and the publish's news never reaches it.
    assert client.get(page.url).status_code == 200
    page.title = "About the Leeds Learning Alliance"
    page.save_revision().publish()
    redis.resume()
    time.sleep(RETRY_AFTER + 0.1)

    answers = [client.get(page.url) for _ in range(2)]
    for answer in answers:
        assert b"About the Leeds Learning Alliance" in answer.content
