"""
The site as it runs in production, for injuring its parts: gunicorn with the
production settings, the email worker as a process of its own, a database
with the LLA's content, and whichever Redis and SMTP server a test hands it.

    stack = Stack(template, tmp_path, redis=redis_server, smtp_port=smtp.port)
    stack.start_web()
    stack.start_worker()
    visitor = stack.browser()
    answer = visitor.submit("/contact/", {"name": "Ada"}, field="message")
    stack.count("enquiries_enquiry")

The database is a copy of a template built once per test session (migrated,
`load_lla_content`, and the accounts in `seed.py`): a SQLite file, or a
PostgreSQL database made from a template database when the suite runs with
DATABASE_URL set to PostgreSQL.
"""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.conf import settings

import psycopg
import requests
from bs4 import BeautifulSoup

from tests.html_forms import filled_in, form_fields
from tests.ports import free_port, reachable
from tests.shared_db import (
    create_postgres_database,
    drop_postgres_database,
    migrated_database_file,
)

BASE_DIR = Path(settings.BASE_DIR)
PYTHON = sys.executable
SECRET_KEY = "fault-tests-only-" + "0123456789abcdef" * 4
MEMBER_EMAIL = "member@bankside.example"
MEMBER_PASSWORD = "a-long-Pass-phrase-42"  # noqa: S105 (a throwaway test account)


def _postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


class Template:
    """A migrated database with the LLA content, copied for each test."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.static_root = self.folder / "static"
        self.media_root = self.folder / "media"
        self.postgres = _postgres_url()
        if self.postgres:
            self.name = f"lla_faults_{uuid.uuid4().hex[:10]}"
            self.url = urlsplit(self.postgres)._replace(path=f"/{self.name}").geturl()
        else:
            self.path = self.folder / "template.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def env(self, database_url):
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "ELASTICSEARCH", "REDIS_", "EMAIL_"))
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="website.settings.production",
            SECRET_KEY=SECRET_KEY,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=database_url,
            STATIC_ROOT=str(self.static_root),
            MEDIA_ROOT=str(self.media_root),
            LOG_FORMAT="plain",
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(BASE_DIR),
            # A person fills the form in; the tests do at once.
            ENQUIRY_MIN_FILL_SECONDS="0",
            # A lock held for a minute is explained after one retry, within
            # the tests' 15 s answer time (the default waits about 20 s).
            ENQUIRY_SAVE_PATIENCE="4",
        )
        return environment

    def build(self):
        # The test run's own migrated database, copied, instead of migrating.
        if self.postgres:
            migrated = create_postgres_database(self.url)
        else:
            migrated = migrated_database_file(self.path)
        env = self.env(self.url)
        commands = [
            ["load_lla_content", "--hostname", "127.0.0.1", "--port", "80"],
            ["collectstatic", "--noinput", "-v0"],
        ]
        if not migrated:
            commands.insert(0, ["migrate", "--noinput", "-v0"])
        for command in commands:
            subprocess.run(  # noqa: S603 (this interpreter, the project's manage.py)
                [PYTHON, "manage.py", *command],
                cwd=BASE_DIR,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        subprocess.run(  # noqa: S603
            [PYTHON, str(Path(__file__).with_name("seed.py"))],
            cwd=BASE_DIR,
            env=env,
            check=True,
        )
        return self

    def copy(self, folder):
        """A database of the test's own, as a DATABASE_URL."""
        if self.postgres:
            name = f"lla_fault_{uuid.uuid4().hex[:10]}"
            url = urlsplit(self.postgres)._replace(path=f"/{name}").geturl()
            create_postgres_database(url, template=self.name)
            return url
        path = Path(folder) / "db.sqlite3"
        with sqlite3.connect(self.path) as source, sqlite3.connect(path) as target:
            source.backup(target)
        return f"sqlite:///{path}"

    def drop(self, database_url=None):
        if self.postgres:
            drop_postgres_database(database_url or self.url)


@dataclass
class Answer:
    """One HTTP answer: status, final path, headers, text, and how long it took."""

    status: int
    path: str
    headers: dict
    text: str
    seconds: float

    def soup(self):
        return BeautifulSoup(self.text, "html.parser")


class Browser:
    """
    A visitor's browser, reduced to what the tests need: cookies (kept by
    hand, since the production settings mark them Secure and the site is
    reached over plain HTTP behind a pretend TLS proxy), redirects, and
    forms submitted with their own default fields.
    """

    def __init__(self, base):
        self.base = base
        self.host = urlsplit(base).netloc
        self.cookies = {}

    def request(self, method, path, data=None, timeout=15, follow=True):
        started = time.monotonic()
        answer = self._send(method, path, data, timeout)
        hops = 0
        while follow and answer.status in (301, 302, 303) and hops < 5:
            hops += 1
            location = answer.headers["Location"]
            path = urlsplit(urljoin(f"https://{self.host}{path}", location))
            path = path.path + (f"?{path.query}" if path.query else "")
            answer = self._send("GET", path, None, timeout)
        answer.seconds = time.monotonic() - started
        return answer

    def _send(self, method, path, data, timeout):
        headers = {
            "Host": self.host,
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{self.host}{path}",
            "User-Agent": "Mozilla/5.0 (fault tests)",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.monotonic()
        response = requests.request(
            method,
            self.base + path,
            data=data,
            headers=headers,
            allow_redirects=False,
            timeout=timeout,
        )
        for cookie in response.cookies:
            if cookie.value == "" or (cookie.expires and cookie.expires < time.time()):
                self.cookies.pop(cookie.name, None)
            else:
                self.cookies[cookie.name] = cookie.value
        return Answer(
            status=response.status_code,
            path=path,
            headers=dict(response.headers),
            text=response.text,
            seconds=time.monotonic() - started,
        )

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def form_fields(self, page, field):
        """The form holding `field` on an already fetched page: action, fields."""
        return form_fields(page.text, field, page_path=page.path)

    def submit(self, path, changes, field, timeout=15):
        """
        Fetches `path`, fills in the form holding `field` (its own defaults,
        hidden fields and CSRF token included) with `changes`, and sends it.
        A list value ticks several boxes of one name.
        """
        page = self.get(path, timeout=timeout)
        assert page.status == 200, (page.status, page.text[:500])
        return self.submit_form(page, changes, field, timeout=timeout)

    def submit_form(self, page, changes, field, timeout=15):
        action, fields = self.form_fields(page, field)
        fields = filled_in(fields, changes)
        started = time.monotonic()
        answer = self.request("POST", action, data=fields, timeout=timeout)
        answer.seconds = time.monotonic() - started
        return answer

    @property
    def signed_in(self):
        return "sessionid" in self.cookies


class Stack:
    """gunicorn and the email worker over a copy of the template database."""

    def __init__(self, template, folder, *, redis_url="", smtp_port=None, **extra):
        self.template = template
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.database_url = template.copy(folder)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = template.env(self.database_url)
        self.env.update(
            WAGTAILADMIN_BASE_URL=f"https://127.0.0.1:{self.port}",
            EMAIL_URL=f"smtp://127.0.0.1:{smtp_port}" if smtp_port else "",
            EMAIL_TIMEOUT="20",
            REDIS_URL=redis_url,
            SECURE_HSTS_SECONDS="0",
            **{key: str(value) for key, value in extra.items()},
        )
        self.web = None
        self.workers = []
        self.logs = []

    # Processes

    def _log(self, name):
        log = (self.folder / f"{name}-{len(self.logs)}.log").open("w")
        self.logs.append(log)
        return log

    def start_web(self, workers=2):
        log = self._log("web")
        self.web = subprocess.Popen(  # noqa: S603
            [
                PYTHON,
                "-m",
                "gunicorn",
                "website.wsgi:application",
                "--config",
                "python:website.gunicorn",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--timeout",
                "30",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.web.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_text()}")
            if reachable(self.port, timeout=0.2):
                break
            time.sleep(0.1)
        # Every worker has loaded the site before the test starts timing it.
        for _ in range(workers * 3):
            self.browser().get("/healthz/", timeout=30)
        return self

    def start_worker(self):
        """The email worker, as `make run` and the Docker image start it."""
        log = self._log("worker")
        worker = subprocess.Popen(  # noqa: S603
            [
                PYTHON,
                "manage.py",
                "db_worker",
                "--backend",
                "email",
                "--queue-name",
                "*",
                "--interval",
                "0.2",
                "--no-startup-delay",
                "--no-reload",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.workers.append(worker)
        return worker

    def kill_worker(self, worker):
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)

    def stop(self):
        for process in [self.web, *self.workers]:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
        for log in self.logs:
            log.close()
        self.template.drop(self.database_url)

    def log_text(self):
        for log in self.logs:
            log.flush()
        return "\n".join(
            Path(log.name).read_text(errors="replace")[-4000:] for log in self.logs
        )

    # What the site stored

    def rows(self, sql):
        """Rows of a plain SQL query (no parameters) on the stack's database."""
        if self.template.postgres:
            with psycopg.connect(self.database_url, autocommit=True) as db:
                return db.execute(sql).fetchall()
        path = self.database_url.removeprefix("sqlite:///")
        with sqlite3.connect(path, timeout=30) as db:
            return db.execute(sql).fetchall()

    def execute(self, sql):
        if self.template.postgres:
            with psycopg.connect(self.database_url, autocommit=True) as db:
                db.execute(sql)
            return
        path = self.database_url.removeprefix("sqlite:///")
        with sqlite3.connect(path, timeout=30) as db:
            db.execute(sql)

    def count(self, table, where="1=1"):
        return self.rows(f"SELECT COUNT(*) FROM {table} WHERE {where}")[0][0]  # noqa: S608

    def ago(self, seconds):
        """A timestamp `seconds` ago, as SQL for this database."""
        if self.template.postgres:
            return f"NOW() - INTERVAL '{int(seconds)} seconds'"
        return f"strftime('%Y-%m-%d %H:%M:%f', 'now', '-{int(seconds)} seconds')"

    # Visitors

    def browser(self):
        return Browser(self.base)


def wait_until(condition, timeout=30, interval=0.1, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {message}")


def first_network_id(page):
    """The first network's checkbox value on the contact form."""
    box = page.soup().find("input", attrs={"name": "networks"})
    return box["value"]


def text_of(answer):
    return re.sub(r"\s+", " ", answer.soup().get_text(" ")).strip()
