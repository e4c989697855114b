"""
Real email for tests: an SMTP server on localhost, and the email task queue
worked in-process.

    def test_it(smtp_server, email_queue):
        ...  # something that queues mail
        email_queue.run_worker()
        [message] = smtp_server.wait_for(1)
        assert message["Reply-To"] == "visitor@school.example"

`smtp_server.stop()` takes the server down (connections are refused at once);
`smtp_server.start()` brings it back on the same port.
"""

import email
import email.policy
import socket
import threading
import time
from dataclasses import dataclass
from unittest import mock

from django.utils import timezone

from aiosmtpd.controller import Controller
from django_tasks import task


@dataclass
class Received:
    sender: str
    recipients: list
    message: email.message.EmailMessage


class _Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.received = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(
            envelope.original_content, policy=email.policy.default
        )
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), message)
            )
        return "250 Message accepted for delivery"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SMTPServer:
    """aiosmtpd on 127.0.0.1, recording what it receives."""

    def __init__(self):
        self.port = _free_port()
        self._recorder = _Recorder()
        self._controller = None

    def start(self):
        self._controller = Controller(
            self._recorder, hostname="127.0.0.1", port=self.port
        )
        self._controller.start()
        return self

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def received(self):
        with self._recorder.lock:
            return list(self._recorder.received)

    @property
    def messages(self):
        return [item.message for item in self.received]

    def clear(self):
        with self._recorder.lock:
            self._recorder.received.clear()

    def wait_for(self, count, timeout=5):
        """The messages, once at least `count` have arrived (or the timeout)."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.messages


class EmailQueue:
    """The "email" task backend as the database queue, worked on demand."""

    def run_worker(self):
        """Runs every task that is due, then returns how many ran."""
        from django_tasks_db.management.commands.db_worker import Worker

        worker = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="email",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        )
        # The worker drops "old" connections between tasks; here it shares the
        # test's connection, inside the test's transaction, which must stay.
        with mock.patch(
            "django_tasks_db.management.commands.db_worker.close_old_connections"
        ):
            worker.run()
        return worker._run_tasks

    def _waiting(self):
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.filter(backend_name="email", status="READY")

    def pending(self):
        """Tasks queued and not yet run, due or not."""
        return self._waiting().count()

    def make_due(self):
        """Lets time pass: every task deferred with run_after is due now."""
        return self._waiting().update(run_after=timezone.now())


@task(backend="email")
def record_run(note: str) -> str:
    """A task for testing the queue itself."""
    RUNS.append(note)
    return note


RUNS = []
