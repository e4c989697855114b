"""
Meeting invitations (--invitations N): a new network page with an N-person
roster (example.org addresses, bulk-created) gets one new meeting, with the
email queue on the database as in production and a real SMTP server:
aiosmtpd in its own process on 127.0.0.1, keeping what it receives in a
Maildir, so it takes no time from the worker's process.

Three steps are timed, each once:

1. publish: `save_revision().publish()` of the page with its new meeting,
   including `meetings.sync()` and the on-commit enqueue of one `notify`
   task (target: under 1 s, whatever the roster's size);
2. fan-out: the email worker runs that `notify` task, which puts N
   invitations in the outbox, each with its `deliver` task;
3. delivery: the worker runs the N `deliver` tasks, each sending one email
   over SMTP.

Then the server's Maildir is checked: exactly N messages, one per roster
address, each with a text/calendar attachment. How many times the fan-out and
the delivery moved the content cache on (core/content_cache.py) is printed
too: each time, the site's cached menus and fragments go stale.
"""

import contextlib
import datetime
import email
import email.policy
import mailbox
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.db import connection
from django.test import override_settings
from django.utils import timezone

from tests.ports import free_port, reachable


def run(count):
    """Runs the benchmark with a roster of `count`; returns its figures."""
    workdir = Path(tempfile.mkdtemp(prefix="lla-bench-smtp-"))
    try:
        return _run(count, workdir / "Maildir")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run(count, maildir):
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from core import content_cache
    from core.management.commands.db_worker import Worker
    from core.models import Email
    from networks import meetings
    from networks.models import (
        Area,
        Meeting,
        NetworkIndexPage,
        NetworkPage,
        RosterMember,
    )

    port = free_port()
    tasks = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "email": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    smtp = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": port,
        "EMAIL_USE_TLS": False,
        "EMAIL_USE_SSL": False,
        "EMAIL_HOST_USER": "",
        "EMAIL_HOST_PASSWORD": "",
        "EMAIL_TIMEOUT": 10,
    }
    ready = DBTaskResult.objects.filter(
        backend_name="email", status=TaskResultStatus.READY
    )

    with _smtp_server(port, maildir), override_settings(TASKS=tasks, **smtp):
        if ready.exists():
            raise RuntimeError("the email queue is not empty before the benchmark")

        # 1. A network with its roster, published once with no meetings, so
        # the timed publish below is a later one, as an editor's would be.
        index = NetworkIndexPage.objects.first()
        network = index.add_child(
            instance=NetworkPage(
                title="Invitations benchmark network",
                slug="invitations-benchmark",
                summary="A network with a large roster, for the benchmark.",
                area=Area.PHASE,
            )
        )
        network.save_revision().publish()
        RosterMember.objects.bulk_create(
            [
                RosterMember(
                    network=network,
                    name=f"Member {number}",
                    email=f"member{number}@example.org",
                    organisation="A school",
                )
                for number in range(count)
            ],
            batch_size=500,
        )
        addresses = set(network.roster.values_list("email", flat=True))

        # 2. The publish with one new meeting.
        page = network.get_latest_revision_as_object()
        page.meetings.add(
            Meeting(
                date=timezone.localdate() + datetime.timedelta(days=14),
                start=datetime.time(16, 0),
                end=datetime.time(17, 30),
                place="Leeds Trinity University, Horsforth",
                agenda="Welcome; sharing practice; next steps.",
            )
        )
        with _counting_queries() as publish_queries:
            start = time.perf_counter()
            page.save_revision().publish()
            published = time.perf_counter() - start
        queued = list(ready.values_list("task_path", flat=True))
        if queued != ["networks.meetings.notify"]:
            raise RuntimeError(f"the publish queued {queued}, not one notify task")

        # 3. Fan-out: the worker runs the notify task, and only that.
        invitations = Email.objects.filter(kind=meetings.INVITATION)
        generations = [content_cache.generation()]
        with _counting_queries() as fan_out_queries:
            start = time.perf_counter()
            _worker(Worker, max_tasks=1).run()
            fanned_out = time.perf_counter() - start
        generations.append(content_cache.generation())
        in_outbox = invitations.filter(status=Email.Status.QUEUED).count()
        if in_outbox != count or ready.count() != count:
            raise RuntimeError(
                f"the outbox holds {in_outbox} queued invitations and "
                f"{ready.count()} tasks wait, not {count}"
            )

        # 4. Delivery: the worker runs every deliver task.
        with _counting_queries() as delivery_queries:
            start = time.perf_counter()
            _worker(Worker).run()
            delivered = time.perf_counter() - start
        generations.append(content_cache.generation())
        sent = invitations.filter(status=Email.Status.SENT).count()

    received = _check_maildir(maildir, addresses)
    mails_per_second = sent / delivered
    print(
        f"\nInvitations: one new meeting, a roster of {count:,} "
        f"(aiosmtpd in its own process, email queue on the database)"
    )
    print(f"{'step':<58}{'wall s':>9}{'ms/email':>10}{'queries':>9}")
    rows = [
        ("publish: save_revision().publish(), sync, enqueue notify",
         published, None, publish_queries),
        (f"fan-out: notify puts {in_outbox:,} invitations in the outbox",
         fanned_out, fanned_out / in_outbox, fan_out_queries),
        (f"delivery: {sent:,} sent over SMTP, {mails_per_second:.0f} mails/s",
         delivered, delivered / max(sent, 1), delivery_queries),
    ]  # fmt: skip
    for label, seconds, per_email, queries in rows:
        each = "" if per_email is None else f"{per_email * 1000:.1f}"
        print(f"{label:<58}{seconds:>9.3f}{each:>10}{queries[0]:>9}")
    print(
        f"  SMTP server: {received['messages']:,} messages, "
        f"{received['recipients']:,} distinct roster addresses, "
        f"{received['calendars']:,} with a text/calendar attachment"
    )
    if None not in generations:
        print(
            f"  content cache (menus, fragments) invalidated "
            f"{generations[1] - generations[0]:,} times by the fan-out, "
            f"{generations[2] - generations[1]:,} by the delivery"
        )
    if not published < 1:
        print(f"  The publish took {published:.2f} s: over the 1 s target.")
    return {
        "roster": count,
        "publish_s": published,
        "fan_out_s": fanned_out,
        "delivery_s": delivered,
        "mails_per_second": mails_per_second,
        **received,
    }


def _worker(worker_class, max_tasks=None):
    """The email worker, as `manage.py db_worker --backend email --queue-name
    '*' --batch` runs it: every due task, then it stops."""
    return worker_class(
        queue_names=["*"], interval=0, batch=True, backend_name="email",
        startup_delay=False, max_tasks=max_tasks, worker_id="bench",
        excluded_queue_names=[],
    )  # fmt: skip


@contextlib.contextmanager
def _counting_queries():
    """Counts the queries run inside; the count is `[0]` of what it yields.
    (CaptureQueriesContext keeps at most 9,000, fewer than a fan-out makes.)"""
    counted = [0]

    def count(execute, sql, params, many, context):
        counted[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        yield counted


@contextlib.contextmanager
def _smtp_server(port, maildir):
    """aiosmtpd's own command on 127.0.0.1:`port`, writing to `maildir`."""
    server = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [
            sys.executable, "-m", "aiosmtpd", "--nosetuid",
            "--listen", f"127.0.0.1:{port}",
            "--class", "aiosmtpd.handlers.Mailbox", str(maildir),
        ],
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while not reachable(port, timeout=0.2):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the SMTP server (aiosmtpd) did not start")
            time.sleep(0.1)
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


def _check_maildir(maildir, addresses):
    """
    What the SMTP server received: exactly one message per roster address
    (from the envelope, which aiosmtpd notes as X-RcptTo), each with a
    text/calendar attachment. Raises if anything is missing or doubled.
    """
    box = mailbox.Maildir(maildir, create=False)
    recipients, calendars, messages = [], 0, 0
    for key in box.iterkeys():
        message = email.message_from_bytes(
            box.get_bytes(key), policy=email.policy.default
        )
        messages += 1
        recipients.append(message["X-RcptTo"])
        if any(
            part.get_content_type() == "text/calendar"
            for part in message.iter_attachments()
        ):
            calendars += 1
    distinct = set(recipients)
    if (
        messages != len(addresses)
        or distinct != addresses
        or len(recipients) != len(distinct)
        or calendars != messages
    ):
        raise RuntimeError(
            f"the SMTP server received {messages} messages for "
            f"{len(distinct)} distinct addresses, {calendars} with a calendar; "
            f"expected one for each of the {len(addresses)} roster addresses"
        )
    return {
        "messages": messages,
        "recipients": len(distinct),
        "calendars": calendars,
    }
