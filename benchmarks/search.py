"""
Search cost as the library grows, on SQLite and PostgreSQL side by side.

For each database, `python -m benchmarks --no-pages --library SIZES` runs in
its own process (a throwaway database, the LLA content, then fake resources
up to each size in turn), and the rows are set side by side: for each search
and user, p50/p95 latency in process, CPU ms per request (on PostgreSQL with
its server process's share) and queries, at each size. Then the targets:

- flat cost: CPU at the largest size is at most 1.5 times CPU at the
  smallest, for every row;
- speed: every row at 10,000 resources is at most 40 ms p95.

    make bench-search
    .venv/bin/python -m benchmarks.search --sizes 1000,10000,100000
    .venv/bin/python -m benchmarks.search --databases sqlite --sizes 1000,10000

PostgreSQL is the server at POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres; the benchmark makes and drops
its own database there). Making 100,000 fake resources takes several minutes
per database; progress is shown.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import sizes as parse_sizes

BASE = Path(__file__).resolve().parent.parent
FLAT = 1.5
TARGET_SIZE = 10_000
TARGET_P95_MS = 40.0
DATABASES = ("sqlite", "postgres")


def database_url(name, workdir):
    if name == "sqlite":
        return f"sqlite:///{workdir / 'bench.sqlite3'}"
    server = os.environ.get(
        "POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
    )
    return server.rsplit("/", 1)[0] + "/lla_search_bench"


def run_database(name, sizes, args, workdir):
    out = workdir / f"{name}.json"
    command = [
        sys.executable, "-m", "benchmarks", "--no-pages",
        "--library", ",".join(str(size) for size in sizes),
        "--library-requests", str(args.requests),
        "--budget", str(args.budget),
        "--json", str(out),
    ]  # fmt: skip
    env = {**os.environ, "DATABASE_URL": database_url(name, workdir)}
    print(f"\n== {name} ==", flush=True)
    subprocess.run(command, cwd=BASE, env=env, check=True)  # noqa: S603
    return json.loads(out.read_text())


def report(rows, sizes, databases):
    """The side-by-side table, then each target met or missed; returns misses."""
    by_key = {
        (row["database"], row["size"], row["search"], row["user"]): row for row in rows
    }
    engines = {"sqlite": "sqlite3", "postgres": "postgresql"}
    searches = list(dict.fromkeys(row["search"] for row in rows))
    print("\nSearch cost by library size: p50 / p95 ms, CPU ms, queries")
    header = "| search | user |"
    for name in databases:
        for size in sizes:
            header += f" {name} {size:,} |"
    print(header)
    print("|---|---|" + "---|" * (len(databases) * len(sizes)))
    misses = []
    for search in searches:
        for user in ("anon", "member"):
            line = f"| {search} | {user} |"
            for name in databases:
                cells = [
                    by_key.get((engines[name], size, search, user)) for size in sizes
                ]
                for row in cells:
                    line += (
                        f" {row['p50']:.1f} / {row['p95']:.1f}, {row['cpu_ms']:.1f}, "
                        f"{row['queries']} |"
                        if row
                        else " - |"
                    )
                first, last = cells[0], cells[-1]
                if first and last and len(sizes) > 1:
                    ratio = last["cpu_ms"] / first["cpu_ms"]
                    if ratio > FLAT:
                        misses.append(
                            f"{name}, {search}, {user}: CPU at {sizes[-1]:,} is "
                            f"{ratio:.2f}x CPU at {sizes[0]:,} (target {FLAT}x)"
                        )
                at_target = by_key.get((engines[name], TARGET_SIZE, search, user))
                if at_target and at_target["p95"] > TARGET_P95_MS:
                    misses.append(
                        f"{name}, {search}, {user}: p95 {at_target['p95']:.1f} ms at "
                        f"{TARGET_SIZE:,} (target {TARGET_P95_MS:g} ms)"
                    )
            print(line)
    print()
    for name in databases:
        for search in searches:
            for user in ("anon", "member"):
                first = by_key.get((engines[name], sizes[0], search, user))
                last = by_key.get((engines[name], sizes[-1], search, user))
                if first and last and len(sizes) > 1:
                    print(
                        f"{name:8} {search:26} {user:7} CPU x"
                        f"{last['cpu_ms'] / first['cpu_ms']:.2f} "
                        f"from {sizes[0]:,} to {sizes[-1]:,}"
                    )
    print("\nTargets: " + ("all met" if not misses else "missed:"))
    for miss in misses:
        print(f"  {miss}")
    return misses


def main():
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.search", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes", type=parse_sizes, default=[1000, 10_000, 100_000], metavar="N[,N...]"
    )
    parser.add_argument(
        "--databases",
        default=",".join(DATABASES),
        help="sqlite, postgres or both (the default), separated by commas",
    )
    parser.add_argument("--requests", type=int, default=100, help="per search and user")
    parser.add_argument(
        "--budget", type=float, default=20, help="seconds a row may take (20)"
    )
    args = parser.parse_args()
    databases = [name.strip() for name in args.databases.split(",") if name.strip()]
    unknown = [name for name in databases if name not in DATABASES]
    if unknown or not databases:
        parser.error(f"--databases takes sqlite and postgres, not {args.databases!r}")
    if args.requests < 1 or args.budget <= 0:
        parser.error("--requests must be at least 1 and --budget more than 0")
    sizes = sorted(args.sizes)
    workdir = Path(tempfile.mkdtemp(prefix="lla-search-bench-"))
    rows = []
    for name in databases:
        rows += run_database(name, sizes, args, workdir)
    report(rows, sizes, databases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
