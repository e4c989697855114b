"""
The shared cache (Redis), and what a process does while Redis does not answer.

django-redis told to ignore errors answers a Redis that is down with `None`
and `False`, which read as "not there" and "someone else has it": a rate
limit's count comes back `None`, allauth's cache lock is never got (so every
sign-in is refused as too many requests), and a Redis that hangs costs every
cache call its socket timeout, several times a page.

`FailoverRedisCache` instead counts a call that fails to connect or times out
as Redis being away. For the next `RETRY_AFTER` seconds this process does not
ask Redis at all: every call goes to the process's own memory, which behaves
as a cache should (counts count, locks lock), for this process only. Then the
next call asks Redis again, so a Redis that hangs costs each process one
socket timeout every `RETRY_AFTER` seconds. When Redis answers again, the
process's own values are dropped and `recovered` is sent: a publish made
while Redis was away never reached it, so caches keyed on content move on.

`standing_in(cache)` says whether a cache is, right now, this process's own
memory standing in for Redis: the page and content caches keep nothing then.
https://docs.djangoproject.com/en/5.2/topics/cache/#cache-api
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.dispatch import Signal

from django_redis.cache import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Sent once when a process finds Redis answering again after it was away.
recovered = Signal()

# What a Redis that is down or hangs raises: refused, reset, timed out,
# still loading its data after a restart.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class _Health:
    """Whether this process has found Redis away, shared by its threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down = False


# One per Redis location, for every thread and cache instance of the process.
_health = {}
_health_lock = threading.Lock()


def _health_of(location):
    with _health_lock:
        return _health.setdefault(location, _Health())


class FailoverRedisCache(BaseCache):
    """
    CACHES["default"]["BACKEND"]: Redis, and this process's own memory while
    Redis does not answer. Takes django-redis's LOCATION and OPTIONS, plus
    OPTIONS["RETRY_AFTER"] (seconds, default 5).
    """

    def __init__(self, server, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        # Errors come here, to be told apart from misses.
        options["IGNORE_EXCEPTIONS"] = False
        self.redis = RedisCache(server, {**params, "OPTIONS": options})
        local = {key: value for key, value in params.items() if key != "OPTIONS"}
        self.local = LocMemCache(f"failover:{server}", local)
        self.health = _health_of(str(server))

    @property
    def standing_in(self):
        """True while this process uses its own memory in place of Redis."""
        return self.health.down

    def _call(self, name, *args, **kwargs):
        health = self.health
        if time.monotonic() < health.down_until:
            return getattr(self.local, name)(*args, **kwargs)
        try:
            result = getattr(self.redis, name)(*args, **kwargs)
        except UNREACHABLE as error:
            with health.lock:
                health.down_until = time.monotonic() + self.retry_after
                first = not health.down
                health.down = True
            if first:
                self.local.clear()
                logger.warning(
                    "Redis did not answer (%s: %s): this process uses its own "
                    "memory, and asks Redis again every %s s",
                    type(error).__name__,
                    error,
                    self.retry_after,
                )
            return getattr(self.local, name)(*args, **kwargs)
        if health.down:
            with health.lock:
                was_down, health.down = health.down, False
            if was_down:
                self.local.clear()
                logger.warning("Redis answers again: the shared cache is back")
                recovered.send(sender=type(self))
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout=timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default=default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout=timeout, version=version) or []

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta=delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta=delta, version=version)

    def clear(self):
        self.local.clear()
        return self._call("clear")

    def close(self, **kwargs):
        self.redis.close(**kwargs)


def standing_in(cache):
    """Whether `cache` is this process's own memory standing in for Redis."""
    return getattr(cache, "standing_in", False)
