"""
Timing one request path many times: wall time, CPU, queries, the largest
query's parameters and the status.
"""

import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext

TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Measurement:
    timings: list[float]  # milliseconds
    queries: int
    status: int
    # CPU milliseconds per request: this process's, and on PostgreSQL its
    # server process's too (the database's share of the work).
    cpu_ms: float = 0.0
    # The most parameters one query carried.
    max_params: int = 0

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


def database_cpu_seconds():
    """
    CPU seconds the database server has spent on this connection: on
    PostgreSQL its backend process's user and system time from /proc (the
    same machine); 0 on SQLite, whose work is this process's own.
    """
    if connection.vendor != "postgresql":
        return 0.0
    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # a server on another machine: its CPU is not counted
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def measure(get, path, requests, budget=None):
    """
    Times `requests` calls of `get(path)` after one to warm caches, stopping
    early once `budget` seconds have gone (never before 5 runs), then counts
    the queries of one more.
    """
    get(path)
    timings = []
    started = time.perf_counter()
    cpu_started = time.process_time() + database_cpu_seconds()
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
    cpu = time.process_time() + database_cpu_seconds() - cpu_started
    counted = []

    def count_parameters(execute, sql, params, many, context):
        counted.append(len(params or ()))
        return execute(sql, params, many, context)

    with (
        CaptureQueriesContext(connection) as queries,
        connection.execute_wrapper(count_parameters),
    ):
        response = get(path)
    return Measurement(
        timings,
        len(queries),
        response.status_code,
        cpu_ms=cpu * 1000 / len(timings),
        max_params=max(counted, default=0),
    )
