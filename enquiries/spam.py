"""
Keeping bots and floods out of the contact form.

- A honeypot field that people never see, and bots fill in.
- A signed timestamp of when the form was shown: a form sent back sooner than
  a person could fill it in, or with a forged stamp, is a bot's. The stamp
  carries a number for this showing of the form, stored with the enquiry:
  one showing makes one enquiry, however often it is sent (a double click,
  a bot replaying it).
- A per-address rate limit, counted in the cache (Redis in production, so
  every web process shares the count).

Spam is answered as if it had worked, so a bot learns nothing, but nothing is
stored or sent. A person who is only slow (a stamp too old) or busy (over the
rate limit) is told plainly and keeps what they typed.
"""

import enum
import secrets
import time

from django.conf import settings
from django.core import signing

from core import ratelimit

HONEYPOT_FIELD = "website"
STAMP_FIELD = "started"
_SIGNER = signing.TimestampSigner(salt="enquiries.contact-form.started")
NONCE_BYTES = 16


class Stamp(enum.Enum):
    OK = "ok"
    TOO_FAST = "too fast"
    EXPIRED = "expired"
    FORGED = "forged"


def new_stamp(now=None):
    """A signed note of when the form was shown, and a number for this showing."""
    shown_at = int(now if now is not None else time.time())
    return _SIGNER.sign(f"{shown_at}:{secrets.token_hex(NONCE_BYTES)}")


def check_stamp(value, now=None):
    """What the stamp says: (a `Stamp`, the showing's number or None)."""
    now = now if now is not None else time.time()
    try:
        # A form shown before stamps carried a number has only the time.
        shown_at, _, nonce = _SIGNER.unsign(value or "").partition(":")
        shown_at = int(shown_at)
    except (signing.BadSignature, ValueError):
        return Stamp.FORGED, None
    nonce = nonce or None
    age = now - shown_at
    if age < settings.ENQUIRY_MIN_FILL_SECONDS:
        return Stamp.TOO_FAST, nonce
    if age > settings.ENQUIRY_MAX_FORM_AGE:
        return Stamp.EXPIRED, nonce
    return Stamp.OK, nonce


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
