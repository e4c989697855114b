"""
Account emails (verification, password reset, membership decisions) go out
through the site's outbox (core/outbox.py), as enquiries do: a mail server
that is slow or down never holds up or breaks a sign-up, a failed send is
tried again, and one that cannot be delivered shows in the admin's Outbox
and alerts the alliance inbox.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from core import outbox

KIND = "Account email"


def render(template_prefix, to, context):
    """
    An email from `<prefix>_subject.txt`, `<prefix>_message.txt` and, where
    it exists, `<prefix>_message.html`.
    """
    context = {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
    subject = render_to_string(f"{template_prefix}_subject.txt", context)
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
    body = render_to_string(f"{template_prefix}_message.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to])


def queue_message(message, recipient, about=None):
    """Puts an account email in the outbox; `recipient` names them in words."""
    return outbox.send(message, kind=KIND, recipient=recipient, about=about)


def queue_mail(template_prefix, to, context, recipient, about=None):
    return queue_message(render(template_prefix, to, context), recipient, about)
