"""The test suite's own email machinery works as the enquiry tests assume."""

import datetime
import smtplib

from django.core.mail import send_mail
from django.utils import timezone

import pytest

from tests import email_infra


def test_mail_arrives_at_the_smtp_server_and_stops_when_it_is_down(smtp_server):
    send_mail("Hello", "Body", "site@example.org", ["someone@example.org"])
    [message] = smtp_server.wait_for(1)
    assert message["Subject"] == "Hello"
    assert message["To"] == "someone@example.org"

    smtp_server.stop()
    with pytest.raises((OSError, smtplib.SMTPException)):
        send_mail("Lost", "Body", "site@example.org", ["someone@example.org"])

    smtp_server.start()
    send_mail("Back", "Body", "site@example.org", ["someone@example.org"])
    assert [m["Subject"] for m in smtp_server.wait_for(2)] == ["Hello", "Back"]


@pytest.mark.django_db
def test_queued_tasks_wait_for_the_worker_and_for_their_time(email_queue):
    email_infra.RUNS.clear()
    email_infra.record_run.enqueue("now")
    later = timezone.now() + datetime.timedelta(hours=1)
    email_infra.record_run.using(run_after=later).enqueue("later")
    assert email_infra.RUNS == []
    assert email_queue.pending() == 2

    assert email_queue.run_worker() == 1
    assert email_infra.RUNS == ["now"]

    email_queue.make_due()
    assert email_queue.run_worker() == 1
    assert email_infra.RUNS == ["now", "later"]
    assert email_queue.pending() == 0
