"""
Load test: gunicorn with the production settings, driven by wrk on
127.0.0.1, the way the site runs in its Docker image.

2 sync workers and 16 connections (the issue's conditions, on a 2-core
machine). For each URL: requests per second, p50 and p99 latency (wrk), and
server CPU-ms per request (the workers' CPU time from /proc over the run,
divided by the requests served; on a PostgreSQL server on this machine, its
backend processes for the benchmark's database too, so the figure is the
whole cost). Each URL runs for --duration seconds in
three modes: with no caches at all, "uncached" (no whole-page cache, the
content cache of menus, related resources and fragments warm), and with the
anonymous page cache. Peak memory per worker is each worker's high-water
mark. The library has --resources resources
(make_fake_resources tops it up). Redis on 127.0.0.1:6379 (database 14) is
the cache if it answers, else each worker's local memory.

    make bench                                   # includes this
    .venv/bin/python -m benchmarks.http --duration 10
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \
        .venv/bin/python -m benchmarks.http
"""

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.ports import free_port, reachable

BASE = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TICKS = os.sysconf("SC_CLK_TCK")

URLS_SCRIPT = """
import json, django
django.setup()
from django.contrib.staticfiles.storage import staticfiles_storage
from networks.models import NetworkPage
from resources.models import ResourcePage, ToolkitSectionPage
from benchmarks.library import facets
from core.privacy import public
chosen = facets()
resource = (ResourcePage.objects.live().filter(members_only=False)
            .exclude(slug__startswith="fake-").exclude(toolkitpage__isnull=False)
            .order_by("path").first())
chapter = public(ToolkitSectionPage.objects.live()).order_by("path").first()
print(json.dumps({
    "home": "/",
    "network page": NetworkPage.objects.live().get(slug="careers").url,
    "resource page": resource.url,
    "toolkit chapter": chapter.url,
    "library, two facets": (
        f"/resources/?network={chosen['network']}&topic={chosen['topic']}"
    ),
    "library, word + 2 facets": (
        f"/resources/?q=equity&network={chosen['network']}&type={chosen['type']}"
    ),
    "search": "/search/?q=equity",
    "404": "/no-such-page/",
    "static file": staticfiles_storage.url("css/site.css"),
}))
"""


def _manage(env, *args):
    started = time.monotonic()
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE, env=env, check=True)  # noqa: S603
    return time.monotonic() - started


def _children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _cpu_seconds(pids):
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICKS


def _each_cpu_seconds(pids):
    """CPU seconds of each process still running, by pid."""
    found = {}
    for pid in pids:
        with contextlib.suppress(OSError):
            found[pid] = _cpu_seconds([pid])
    return found


def _database_backends(url):
    """
    The PostgreSQL server processes serving the benchmark's database (its
    backends, one per connection the workers keep), when the server is on
    this machine; [] on SQLite, whose work is the workers' own.
    """
    if not url.startswith("postgres"):
        return []
    import psycopg

    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return [pid for (pid,) in rows if Path(f"/proc/{pid}/stat").exists()]


def _peak_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * _UNITS[unit]


def _wrk(url, duration, connections):
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _ms(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p99": _ms(re.search(r"\s99%\s+(\S+)", output).group(1)),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def _serve(env, port, workers):
    server = subprocess.Popen(  # noqa: S603
        [
            PYTHON, "-m", "gunicorn", "website.wsgi:application",
            "--config", "python:website.gunicorn",
            "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
            "--worker-class", "sync", "--timeout", "30", "--log-level", "warning",
        ],
        cwd=BASE,
        env=env,
        # The 404 rows log a warning per request: kept out of the report.
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=5):  # noqa: S310
                break
        except OSError:
            time.sleep(0.3)
    else:
        server.kill()
        raise SystemExit("gunicorn did not start")
    while len(_children(server.pid)) < workers:
        time.sleep(0.1)
    return server


# label: (PAGE_CACHE_SECONDS, CONTENT_CACHE_SECONDS)
MODES = {
    # Every request works everything out: menus, related resources, fragments.
    "no caches": ("0", "0"),
    # The "uncached": no whole-page cache; the content cache is warm.
    "uncached": ("0", "86400"),
    "cached": ("600", "86400"),
}


def run_mode(env, urls, args, mode):
    page_seconds, content_seconds = MODES[mode]
    env = {
        **env,
        "PAGE_CACHE_SECONDS": page_seconds,
        # wrk sends every search from one address.
        "SEARCH_RATE_LIMIT": "0",
        # Connections live through a mode's runs (60 s by default), so the
        # database's CPU is counted on the backends that served them.
        "CONN_MAX_AGE": "600",
        "CONTENT_CACHE_SECONDS": content_seconds,
    }
    port = free_port()
    server = _serve(env, port, args.workers)
    workers = _children(server.pid)
    rows = {}
    try:
        for name, path in urls.items():
            url = f"http://127.0.0.1:{port}{path}"
            for _ in range(3):  # warm: imports, connections, the page cache
                # The 404 raises; it is still served, and warmed.
                with contextlib.suppress(OSError):
                    urllib.request.urlopen(url, timeout=30).read()  # noqa: S310
            # The workers keep their connections for the whole mode
            # (CONN_MAX_AGE below), so the backends found after warming serve
            # the run; one opened during it counts from its start.
            database_before = _each_cpu_seconds(_database_backends(env["DATABASE_URL"]))
            before = _cpu_seconds(workers)
            result = _wrk(url, args.duration, args.connections)
            cpu = _cpu_seconds(workers) - before
            database_after = _each_cpu_seconds(_database_backends(env["DATABASE_URL"]))
            backends = database_after
            database_cpu = sum(
                seconds - database_before.get(pid, 0.0)
                for pid, seconds in database_after.items()
            )
            served = max(result["requests"], 1)
            result["database_cpu_ms"] = database_cpu * 1000 / served
            result["cpu_ms"] = (cpu + database_cpu) * 1000 / served
            rows[name] = result
            database = (
                f" (database {result['database_cpu_ms']:.2f})" if backends else ""
            )
            print(
                f"  {mode:9} {name:26} "
                f"{result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
                f"p99 {result['p99']:7.1f} ms  cpu {result['cpu_ms']:6.2f} ms/req"
                f"{database}",
                flush=True,
            )
        peak = max(_peak_mb(pid) for pid in workers)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
    return rows, peak


def main():
    parser = argparse.ArgumentParser(prog="python -m benchmarks.http")
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--resources", type=int, default=10_000)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        parser.error("needs wrk: apt-get install wrk")
    if args.duration < 1 or args.connections < 1 or args.workers < 1:
        parser.error("--duration, --connections and --workers must be at least 1")

    workdir = Path(tempfile.mkdtemp(prefix="lla-http-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"
        ),
        "PYTHONPATH": str(BASE),
    }
    env.pop("ELASTICSEARCH_URL", None)
    if reachable(6379, timeout=0.5):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/14"
        redis_cli = shutil.which("redis-cli")
        if redis_cli:
            subprocess.run(  # noqa: S603
                [redis_cli, "-n", "14", "flushdb"], check=False, capture_output=True
            )
    cache = "Redis" if "REDIS_URL" in env else "local memory per worker"
    print(f"Database: {env['DATABASE_URL'].split('@')[-1]}; cache: {cache}")
    _manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    _manage(env, "migrate", "--verbosity", "0")
    _manage(
        env, "load_lla_content", "--if-empty", "--hostname", "127.0.0.1", "--port", "80"
    )
    existing = subprocess.run(  # noqa: S603
        [PYTHON, "-c", "import django; django.setup(); from resources.models import "
         "ResourcePage; print(ResourcePage.objects.count())"],
        cwd=BASE, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    missing = args.resources - int(existing)
    if missing > 0:
        # Benchmark tooling is installed by the development settings only.
        tooling = {**env, "DJANGO_SETTINGS_MODULE": "website.settings.dev"}
        seconds = _manage(tooling, "make_fake_resources", str(missing))
        print(f"Made {missing:,} fake resources in {seconds:.0f} s")
    urls = json.loads(
        subprocess.run(  # noqa: S603
            [PYTHON, "-c", URLS_SCRIPT], cwd=BASE, env=env,
            capture_output=True, text=True, check=True,
        ).stdout.strip().splitlines()[-1]
    )  # fmt: skip

    rows, peaks = {}, {}
    for mode in MODES:
        rows[mode], peaks[mode] = run_mode(env, urls, args, mode)

    print()
    print(f"{args.workers} gunicorn sync workers, {args.connections} connections, "
          f"{args.duration} s per URL, {os.cpu_count()} cores, "
          f"{args.resources:,} resources")  # fmt: skip
    print("| URL | no caches: req/s, CPU ms/req | uncached: req/s | p50 / p99 ms "
          "| CPU ms/req | cached: req/s | p50 / p99 ms | CPU ms/req |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for name, path in urls.items():
        n, u, c = (rows[mode][name] for mode in MODES)
        print(
            f"| {name} (`{path}`) | {n['rps']:.0f}, {n['cpu_ms']:.1f} "
            f"| {u['rps']:.0f} | {u['p50']:.1f} / {u['p99']:.1f} | {u['cpu_ms']:.1f} "
            f"| {c['rps']:.0f} | {c['p50']:.1f} / {c['p99']:.1f} | {c['cpu_ms']:.1f} |"
        )
    print(
        "\nPeak memory per worker: "
        + ", ".join(f"{peaks[mode]:.0f} MB {mode}" for mode in MODES)
    )
    for mode, by_url in rows.items():
        bad = {
            name: row["non_2xx"]
            for name, row in by_url.items()
            if row["non_2xx"] and name != "404"
        }
        if bad:
            print(f"Warning: non-2xx answers ({mode}): {bad}")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
