"""The test suite's own email machinery works as the enquiry tests assume."""

import datetime
import smtplib
import time

from django.conf import settings
from django.core.mail import send_mail
from django.test import override_settings
from django.utils import timezone

import pytest
from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend

from tests import email_infra


def test_mail_arrives_at_the_smtp_server_and_stops_when_it_is_down(smtp_server):
    send_mail(
        "Hello", "Body", "site@example.org", ["someone@example.org", "b@example.org"]
    )
    [message] = smtp_server.wait_for(1)
    assert message["Subject"] == "Hello"
    assert message["From"] == "site@example.org"
    assert message["To"] == "someone@example.org, b@example.org"
    assert message.get_content().strip() == "Body"
    [item] = smtp_server.received
    assert item.sender == "site@example.org"
    assert item.recipients == ["someone@example.org", "b@example.org"]

    smtp_server.stop()
    started = time.monotonic()
    with pytest.raises((OSError, smtplib.SMTPException)):
        send_mail("Lost", "Body", "site@example.org", ["someone@example.org"])
    assert time.monotonic() - started < 2

    port = smtp_server.port
    smtp_server.start()
    assert smtp_server.port == port
    send_mail("Back", "Body", "site@example.org", ["someone@example.org"])
    assert [m["Subject"] for m in smtp_server.wait_for(2)] == ["Hello", "Back"]

    smtp_server.clear()
    assert smtp_server.messages == []


@pytest.mark.django_db
def test_queued_tasks_wait_for_the_worker_and_for_their_time(email_queue):
    assert isinstance(task_backends["email"], DatabaseBackend)
    assert isinstance(task_backends["default"], ImmediateBackend)
    email_infra.RUNS.clear()
    email_infra.record_run.enqueue("now")
    later = timezone.now() + datetime.timedelta(hours=1)
    email_infra.record_run.using(run_after=later).enqueue("later")
    assert email_infra.RUNS == []
    assert email_queue.pending() == 2

    assert email_queue.run_worker() == 1
    assert email_infra.RUNS == ["now"]
    # The deferred task is not due: the worker leaves it.
    assert email_queue.run_worker() == 0
    assert email_queue.pending() == 1

    email_queue.make_due()
    assert email_queue.run_worker() == 1
    assert email_infra.RUNS == ["now", "later"]
    assert email_queue.pending() == 0
    assert email_queue.results().count() == 2


def test_without_email_queue_the_email_backend_is_immediate():
    assert isinstance(task_backends["email"], ImmediateBackend)
    email_infra.RUNS.clear()
    email_infra.record_run.enqueue("at once")
    assert email_infra.RUNS == ["at once"]


def test_the_switch_of_backend_is_undone_when_the_settings_are_restored():
    # What the email_queue fixture relies on: pytest-django's settings fixture,
    # like override_settings, sends setting_changed as it sets and restores.
    database_queue = {"BACKEND": "django_tasks_db.DatabaseBackend"}
    with override_settings(TASKS={**settings.TASKS, "email": database_queue}):
        assert isinstance(task_backends["email"], DatabaseBackend)
    assert isinstance(task_backends["email"], ImmediateBackend)
