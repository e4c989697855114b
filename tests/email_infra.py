"""
Real email for tests: an SMTP server on localhost, and the email task queue
worked in-process. The fixtures `smtp_server` and `email_queue` in
tests/conftest.py hand these out.

    def test_it(smtp_server, email_queue):
        ...  # something that queues mail on the "email" task backend
        assert email_queue.run_worker() == 1
        [message] = smtp_server.wait_for(1)
        assert message["Reply-To"] == "visitor@school.example"

`smtp_server.stop()` takes the server down (connections are refused at once);
`smtp_server.start()` brings it back on the same port.
"""

import asyncio
import email
import email.message
import email.policy
import threading
import time
from dataclasses import dataclass
from unittest import mock

from django.utils import timezone

from aiosmtpd.controller import Controller
from django_tasks import TaskResultStatus, task

from tests.ports import free_port


@dataclass
class Received:
    """One message as the server took it: the envelope, and what it carried."""

    sender: str
    recipients: list
    message: email.message.EmailMessage


class _Recorder:
    """The aiosmtpd handler: keeps every message, from the server's thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.received = []
        # Seconds the server takes over each message: a slow mail server.
        self.delay = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        if self.delay:
            await asyncio.sleep(self.delay)
        message = email.message_from_bytes(
            envelope.original_content, policy=email.policy.default
        )
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), message)
            )
        return "250 Message accepted for delivery"


class SMTPServer:
    """aiosmtpd on 127.0.0.1, recording what it receives."""

    def __init__(self):
        self.port = free_port()
        self._recorder = _Recorder()
        self._controller = None

    def start(self):
        """Serves on `self.port` (the same port every time); returns self."""
        if self._controller is None:
            self._controller = Controller(
                self._recorder,
                hostname="127.0.0.1",
                port=self.port,
                # Named, so the server does not look its own name up in DNS.
                server_hostname="localhost",
            )
            self._controller.start()
        return self

    def stop(self):
        """Closes the port: from now on a connection is refused at once."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def delay(self):
        """Seconds the server takes over each message before it answers."""
        return self._recorder.delay

    @delay.setter
    def delay(self, seconds):
        self._recorder.delay = seconds

    @property
    def running(self):
        return self._controller is not None

    @property
    def received(self):
        """Every message so far, as `Received` (sender, recipients, message)."""
        with self._recorder.lock:
            return list(self._recorder.received)

    @property
    def messages(self):
        """Every message so far, as `email.message.EmailMessage`."""
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

    backend_name = "email"

    def run_worker(self):
        """Runs every task that is due, in this thread; returns how many ran."""
        from django_tasks_db.management.commands.db_worker import Worker

        worker = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name=self.backend_name,
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        )
        # The worker closes "old" connections between tasks. Here it shares the
        # test's connection, inside the test's transaction, which must stay.
        with mock.patch(
            "django_tasks_db.management.commands.db_worker.close_old_connections"
        ):
            worker.run()
        return worker._run_tasks

    def results(self):
        """Every task result on the email backend, finished or not."""
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.filter(backend_name=self.backend_name)

    def pending(self):
        """How many tasks are not finished yet, due or not."""
        return (
            self.results()
            .filter(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING])
            .count()
        )

    def make_due(self):
        """Lets time pass: every waiting task, deferred or not, is due now."""
        return (
            self.results()
            .filter(status=TaskResultStatus.READY)
            .update(run_after=timezone.now())
        )


# A task for testing the queue itself: it notes each run in RUNS.
RUNS = []


@task(backend="email")
def record_run(note: str) -> str:
    RUNS.append(note)
    return note
