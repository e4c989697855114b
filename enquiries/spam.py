"""
Keeping bots and floods out of the contact form.

- A honeypot field that people never see, and bots fill in.
- A signed timestamp of when the form was shown: a form sent back sooner than
  a person could fill it in, or with a forged stamp, is a bot's.
- A per-address rate limit, counted in the cache (Redis in production, so
  every web process shares the count).

Spam is answered as if it had worked, so a bot learns nothing, but nothing is
stored or sent. A person who is only slow (a stamp too old) or busy (over the
rate limit) is told plainly and keeps what they typed.
"""

import enum
import time

from django.conf import settings
from django.core import signing

from core import ratelimit

HONEYPOT_FIELD = "website"
STAMP_FIELD = "started"
_SIGNER = signing.TimestampSigner(salt="enquiries.contact-form.started")


class Stamp(enum.Enum):
    OK = "ok"
    TOO_FAST = "too fast"
    EXPIRED = "expired"
    FORGED = "forged"


def new_stamp(now=None):
    """A signed note of when the form was shown."""
    return _SIGNER.sign(str(int(now if now is not None else time.time())))


def check_stamp(value, now=None):
    now = now if now is not None else time.time()
    try:
        shown_at = int(_SIGNER.unsign(value or ""))
    except (signing.BadSignature, ValueError):
        return Stamp.FORGED
    age = now - shown_at
    if age < settings.ENQUIRY_MIN_FILL_SECONDS:
        return Stamp.TOO_FAST
    if age > settings.ENQUIRY_MAX_FORM_AGE:
        return Stamp.EXPIRED
    return Stamp.OK


def honeypot_filled(data):
    return bool(data.get(HONEYPOT_FIELD, "").strip())


def rate_limited(ip, now=None):
    """
    Counts one submission from `ip`: 0 if it may go ahead, else the seconds
    until it may (ENQUIRY_RATE_LIMIT submissions every ENQUIRY_RATE_WINDOW).
    """
    return ratelimit.rate_limited(
        "enquiries",
        ip,
        settings.ENQUIRY_RATE_LIMIT,
        settings.ENQUIRY_RATE_WINDOW,
        now=now,
    )
