"""Timing one request path many times: wall time, queries and status."""

import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext


@dataclass
class Measurement:
    timings: list[float]  # milliseconds
    queries: int
    status: int

    @property
    def p50(self):
        return statistics.median(self.timings)

    @property
    def p95(self):
        return percentile(self.timings, 0.95)


def percentile(samples, fraction):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))
    return ordered[index]


def measure(get, path, requests, budget=None):
    """
    Times `requests` calls of `get(path)` after one to warm caches, stopping
    early once `budget` seconds have gone (never before 5 runs), then counts
    the queries of one more.
    """
    get(path)
    timings = []
    started = time.perf_counter()
    for _ in range(requests):
        start = time.perf_counter()
        get(path)
        timings.append((time.perf_counter() - start) * 1000)
        if (
            budget is not None
            and len(timings) >= 5
            and time.perf_counter() - started > budget
        ):
            break
    with CaptureQueriesContext(connection) as queries:
        response = get(path)
    return Measurement(timings, len(queries), response.status_code)
