"""
Another process holds SQLite's write lock (a backup, a long migration, a
stuck script) for longer than the site's 5-second wait. Searching, which
only reads, still answers; anything that must write says plainly that it
cannot, keeps what the visitor typed, and works once the lock is gone. The
email worker survives, and each email goes out once afterwards.
"""

import subprocess
import sys
import textwrap

import pytest

from .journeys import join_request, sign_in, thanked
from .mail import assert_each_mail_sent_once
from .stack import text_of, wait_until

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(
        "postgres" in __import__("os").environ.get("DATABASE_URL", ""),
        reason="SQLite's write lock; PostgreSQL locks rows, not the database",
    ),
]

HOLD = textwrap.dedent(
    """
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    db.execute("CREATE TABLE IF NOT EXISTS lock_holder (id INTEGER)")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    db.execute("ROLLBACK")
    """
)


class WriteLock:
    """A second process holding the database's write lock for `seconds`."""

    def __init__(self, path, seconds):
        self.process = subprocess.Popen(  # noqa: S603 (this interpreter, our script)
            [sys.executable, "-c", HOLD, path, str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "locked"

    def release(self):
        self.process.kill()
        self.process.wait(10)


@pytest.fixture
def site(make_stack, smtp):
    stack = make_stack(smtp_port=smtp.port)
    stack.start_web()
    stack.start_worker()
    return stack


def _lock(site, seconds=60):
    return WriteLock(site.database_url.removeprefix("sqlite:///"), seconds)


@pytest.mark.parametrize(
    "path", ["/search/?q=equity", "/resources/?q=equity", "/resources/?q=careers"]
)
def test_search_answers_while_the_database_is_locked(site, path):
    _answers_at_once_while_locked(site, path)


def _answers_at_once_while_locked(site, path):
    """`path` answers 200 within 2 s while another process holds the lock."""
    lock = _lock(site)
    try:
        answer = site.browser().get(path)
    finally:
        lock.release()
    assert answer.status == 200, (answer.status, answer.text[:300])
    assert answer.seconds < 2.0, answer.seconds


def test_a_join_request_waits_out_a_short_lock(site, smtp):
    """A lock shorter than the site's wait only delays the visitor."""
    lock = _lock(site, seconds=2)
    try:
        answer = join_request(site.browser())
    finally:
        lock.process.wait(10)
    assert thanked(answer), (answer.status, answer.text[:300])
    assert site.count("enquiries_enquiry") == 1
    assert_each_mail_sent_once(site, smtp)


def test_a_long_lock_is_explained_and_nothing_typed_is_lost(site, smtp):
    visitor = site.browser()
    lock = _lock(site)
    try:
        refused = join_request(visitor, name="Ada Lovelace")
        member = site.browser()
        signing_in = sign_in(member)
    finally:
        lock.release()

    assert refused.status == 503, (refused.status, refused.text[:300])
    assert "could not save your enquiry" in text_of(refused)
    form = refused.soup()
    assert form.find("input", attrs={"name": "name"})["value"] == "Ada Lovelace"
    assert "could not sign you in" in text_of(signing_in).lower() or (
        signing_in.status == 503 and "busy" in text_of(signing_in).lower()
    ), (signing_in.status, text_of(signing_in)[:300])
    assert signing_in.status != 500

    # Once the lock is gone, sending the same form again works, and signing in.
    answer = visitor.submit_form(refused, {}, field="message")
    assert thanked(answer), (answer.status, answer.text[:300])
    assert site.count("enquiries_enquiry") == 1
    assert sign_in(member).status == 200
    assert_each_mail_sent_once(site, smtp)


def test_the_email_worker_survives_a_long_lock(site, smtp):
    """The lock comes while the worker is sending, before it can note the send."""
    smtp.delay = 1.5
    assert thanked(join_request(site.browser()))
    worker = site.workers[0]
    wait_until(lambda: site.count("core_email", "status = 'sending'"))
    lock = _lock(site, seconds=8)
    lock.process.wait(20)
    # The worker is still there, and sends what was queued, once.
    assert worker.poll() is None, site.log_text()
    assert_each_mail_sent_once(site, smtp)
    wait_until(lambda: worker.poll() is None, timeout=1)


def test_browsing_answers_at_once_while_the_database_is_locked(make_stack, smtp, redis):
    """
    With the shared cache on, the first browse by filters of new content
    queues the library's index to be built (resources/facet_index.py): a
    write. Under the lock the browse still answers at once, from SQL, the
    write being tried after the answer has gone; once the lock is gone, the
    next browse queues the build and the worker makes it.
    """
    site = make_stack(redis_url=redis.url, smtp_port=smtp.port)
    site.start_web()
    site.start_worker()
    path = "/resources/?network=careers"

    _answers_at_once_while_locked(site, path)

    assert site.browser().get(path).status == 200
    built = "task_path LIKE '%build_index' AND status = 'SUCCESSFUL'"
    wait_until(
        lambda: site.count("django_tasks_database_dbtaskresult", built),
        message="the library's index built by the worker",
    )
