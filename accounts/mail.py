"""
Account emails (verification, password reset, membership decisions) go out
through the email task queue, as enquiries do: a mail server that is slow or
down never holds up or breaks a sign-up, and a failed send is tried again.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from core.db import retry_while_busy

logger = logging.getLogger(__name__)


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


def as_data(message):
    """What the task needs to send `message` again: plain, JSON-safe values."""
    data = {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": dict(message.extra_headers),
        "alternatives": [],
    }
    for alternative in getattr(message, "alternatives", []):
        content, mimetype = alternative
        data["alternatives"].append([content, mimetype])
    return data


def from_data(data):
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        headers=data.get("headers") or None,
    )
    for content, mimetype in data.get("alternatives", []):
        message.attach_alternative(content, mimetype)
    return message


def queue_message(message):
    from .tasks import send_account_email

    send_account_email.enqueue(as_data(message))


def queue_mail(template_prefix, to, context):
    queue_message(render(template_prefix, to, context))


def send(data, attempt):
    """Sends one queued account email; on failure, queues it again later."""
    try:
        from_data(data).send()
    except (OSError, smtplib.SMTPException) as error:
        from .tasks import send_account_email

        delays = settings.ACCOUNT_EMAIL_RETRY_DELAYS
        backend = send_account_email.get_backend()
        if attempt > len(delays) or not backend.supports_defer:
            logger.error(
                "Account email %r could not be sent after %s attempts: %s",
                data["subject"],
                attempt,
                error,
            )
            raise
        run_after = timezone.now() + datetime.timedelta(seconds=delays[attempt - 1])
        retry_while_busy(
            send_account_email.using(run_after=run_after).enqueue, data, attempt + 1
        )
        logger.warning(
            "Account email %r failed (attempt %s), retrying at %s: %s",
            data["subject"],
            attempt,
            run_after,
            error,
        )
        return f"retrying: {error}"
    return "sent"
