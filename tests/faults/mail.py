"""Checking what reached the SMTP server against what the site meant to send."""

import time
from collections import Counter

from .stack import wait_until


def planned_deliveries(stack):
    """Every email in the site's outbox, as (address, status)."""
    return stack.rows("SELECT to_address, status FROM core_email")


def assert_each_mail_sent_once(stack, smtp, also=(), timeout=60):
    """
    Every email in the outbox ends `sent`, and the SMTP server received
    exactly one message per email, plus one per address in `also`, and
    nothing more.
    """
    wait_until(
        lambda: all(status == "sent" for _to, status in planned_deliveries(stack)),
        timeout=timeout,
        message=f"every email sent: {planned_deliveries(stack)}\n" + stack.log_text(),
    )
    expected = Counter(to for to, _status in planned_deliveries(stack))
    expected.update(also)
    total = sum(expected.values())
    wait_until(
        lambda: len(smtp.received) >= total,
        timeout=timeout,
        message=f"{total} messages at the SMTP server",
    )
    # Anything sent twice would arrive about now.
    time.sleep(2)
    received = Counter(
        recipient for item in smtp.received for recipient in item.recipients
    )
    assert received == expected
