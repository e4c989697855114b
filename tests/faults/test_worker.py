"""
The email worker is killed (SIGKILL) in the middle of a send, while the mail
server has accepted the connection and never answers. Nothing is lost: once
the claim is stale, a new worker sends the email, once, and until then the
inbox shows it as stuck.
"""

import time

import pytest

from tests.email_infra import SMTPServer

from .journeys import join_request, sign_up, thanked
from .mail import assert_each_mail_sent_once
from .stack import wait_until

pytestmark = pytest.mark.faults


def _age_claims(site, seconds):
    """Lets time pass for whatever the killed worker had claimed."""
    site.execute(
        f"UPDATE core_email SET claimed_at = {site.ago(seconds)} "  # noqa: S608
        "WHERE status = 'sending'"
    )
    site.execute(
        "UPDATE django_tasks_database_dbtaskresult "  # noqa: S608
        f"SET started_at = {site.ago(seconds)} WHERE status = 'RUNNING'"
    )


def _kill_mid_send(site, silent_smtp):
    worker = site.start_worker()
    wait_until(lambda: silent_smtp.accepted >= 1, message="the worker to connect")
    site.kill_worker(worker)
    silent_smtp.stop()


def test_a_worker_killed_mid_send_loses_no_enquiry_email(make_stack, silent_smtp):
    site = make_stack(smtp_port=silent_smtp.port)
    site.start_web(workers=1)
    assert thanked(join_request(site.browser()))

    _kill_mid_send(site, silent_smtp)
    assert site.count("core_email", "status = 'sending'") == 1

    # The mail server is back (on the same port), a new worker starts, and
    # the dead worker's claim is an hour old.
    smtp = SMTPServer()
    smtp.port = silent_smtp.port
    smtp.start()
    try:
        _age_claims(site, 3600)
        site.start_worker()
        assert_each_mail_sent_once(site, smtp)
    finally:
        smtp.stop()


def test_a_worker_killed_mid_send_loses_no_account_email(make_stack, silent_smtp):
    site = make_stack(smtp_port=silent_smtp.port)
    site.start_web(workers=1)
    answer = sign_up(site.browser(), "grace@elsewhere.example")
    assert "/accounts/confirm-email/" in answer.path, (answer.status, answer.path)

    _kill_mid_send(site, silent_smtp)

    smtp = SMTPServer()
    smtp.port = silent_smtp.port
    smtp.start()
    try:
        _age_claims(site, 3600)
        site.start_worker()
        wait_until(
            lambda: smtp.received,
            timeout=60,
            message="the verification email\n" + site.log_text(),
        )
        time.sleep(2)  # a second copy would arrive about now
        recipients = [r for item in smtp.received for r in item.recipients]
        assert recipients == ["grace@elsewhere.example"]
    finally:
        smtp.stop()
