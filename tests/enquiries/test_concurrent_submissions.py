"""
Twenty visitors press Send at the same moment, each in their own process, on
the default SQLite database: every enquiry is stored, none fails with
"database is locked", and the worker then sends every email.

This runs real processes against a real database file (pytest-django's test
database lives in memory, which other processes cannot open), so it builds
its own: migrate, a small site, then the twenty submissions.
"""

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from django.conf import settings

import pytest

from tests.shared_db import migrated_database_file

PROJECT = Path(__file__).resolve().parents[2]
SUBMISSIONS = 20

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="about SQLite's locking; PostgreSQL takes concurrent writes anyway",
    ),
    pytest.mark.slow,
]

SEED = textwrap.dedent(
    """
    from home.factories import make_site_with_home
    from networks.factories import (
        NetworkIndexPageFactory, NetworkLeadFactory, NetworkPageFactory,
        PersonFactory,
    )
    from core.models import SiteSettings
    from enquiries.models import ContactPage

    home = make_site_with_home()
    index = NetworkIndexPageFactory(parent=home)
    for title in ("Primary network", "Equity network"):
        network = NetworkPageFactory(parent=index, title=title)
        for _ in range(2):
            NetworkLeadFactory(network=network, person=PersonFactory())
    home.add_child(instance=ContactPage(title="Contact our networks", slug="contact"))
    settings = SiteSettings.for_site(home.get_site())
    settings.alliance_inbox = "networks@example.org"
    settings.save()
    """
)

# One process sets Django up, then forks a process for each visitor: each
# opens its own connection to the database, as separate web workers would,
# without each paying for Django's start-up.
SUBMIT = textwrap.dedent(
    """
    import os, sys, time, traceback
    import django
    django.setup()
    from django.db import connections
    from django.test import Client
    from enquiries import spam
    from networks.models import NetworkPage

    count, start_at = int(sys.argv[1]), float(sys.argv[2])
    networks = [str(pk) for pk in NetworkPage.objects.values_list("pk", flat=True)]
    connections.close_all()

    def submit(number):
        data = {
            "networks": networks, "kind": "join", "name": f"Visitor {number}",
            "email": f"visitor{number}@school.example",
            "organisation": "A school", "role": "Teacher",
            "message": "Please may I join?", "consent": "on",
            "started": spam.new_stamp(now=time.time() - 60),
        }
        client = Client(REMOTE_ADDR=f"10.0.0.{number}")
        late = time.time() > start_at
        time.sleep(max(0, start_at - time.time()))
        response = client.post("/contact/", data)
        return f"{'late' if late else 'ready'} {response.status_code} "\\
            f"{response.get('Location', '')}"

    visitors = {}
    for number in range(1, count + 1):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            code = 1
            try:
                os.write(write, submit(number).encode())
                code = 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        os.close(write)
        visitors[number] = (pid, read)
    for number, (pid, read) in visitors.items():
        with os.fdopen(read) as answer:
            said = answer.read()
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        print(number, code, said or "-")
    """
)


def _env(database):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",
        ALLOWED_HOSTS="testserver",
        DEBUG="false",
        PYTHONPATH=str(PROJECT),
    )
    return env


def _manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )


def test_twenty_simultaneous_submissions_are_all_stored(tmp_path, django_db_setup):
    database = tmp_path / "concurrent.sqlite3"
    env = _env(database)
    if not migrated_database_file(database):
        _manage(env, "migrate", "--noinput", "-v0")
    _manage(env, "shell", "-c", SEED)

    # Every visitor's process is started and set up before the agreed moment,
    # then all post at once.
    start_at = time.time() + 10
    submitted = subprocess.run(
        [sys.executable, "-c", SUBMIT, str(SUBMISSIONS), str(start_at)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert submitted.returncode == 0, submitted.stderr
    # Waiting its turn for the lock is logged as a warning; no error.
    assert " ERROR " not in submitted.stderr, submitted.stderr
    answers = [line.split() for line in submitted.stdout.splitlines()]
    assert len(answers) == SUBMISSIONS, submitted.stdout + submitted.stderr
    for number, code, ready, status, location in answers:
        assert (code, ready) == ("0", "ready"), submitted.stdout + submitted.stderr
        assert status == "302", f"visitor {number}: {status}\n{submitted.stderr}"
        assert location.endswith("/contact/thanks/")

    with sqlite3.connect(database) as db:
        stored = {row[0] for row in db.execute("SELECT email FROM enquiries_enquiry")}
        deliveries = db.execute("SELECT COUNT(*) FROM core_email").fetchone()
        queued = db.execute(
            "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult"
        ).fetchone()
    assert stored == {f"visitor{n}@school.example" for n in range(1, SUBMISSIONS + 1)}
    # Two networks with two leads each, and the confirmation.
    assert deliveries[0] == SUBMISSIONS * 5
    assert queued[0] == SUBMISSIONS * 5

    # The worker then sends every one (to the console, in development).
    _manage(
        env,
        "db_worker",
        "--backend",
        "email",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        "-v0",
    )
    with sqlite3.connect(database) as db:
        sent = db.execute(
            "SELECT COUNT(*) FROM core_email WHERE status = 'sent'"
        ).fetchone()
    assert sent[0] == SUBMISSIONS * 5
