"""
The outbox: every email the site sends (enquiries, account emails, network
invitations) goes through here, with one retry and alert policy and one
admin view of what was sent, what failed and what is stuck.

    outbox.send(message, kind="Enquiry to a lead", recipient="Amira Khan",
                about=enquiry)

`send()` keeps the message as written in an `Email` row and queues a task on
the `email` backend, in the caller's transaction: with the database task
queue the row and its task are committed together or not at all, so nothing
is lost to a mail server that is down. The worker (`manage.py db_worker
--backend email`) runs `attempt()`:

- the email is claimed with a conditional update, so two workers never send
  it twice; a claim left by a worker that died is retaken once stale, and the
  worker's sweep queues its task again (core/tasks.py);
- a failure is tried again after each of EMAIL_RETRY_DELAYS (django-tasks
  has no retries of its own, so the task queues itself again, later);
- after the last attempt it is marked failed and the alliance inbox
  (Settings › Site settings) is alerted;
- every write waits out a busy database: a lost claim or a lost "sent"
  would mean a lost or a doubled email.
"""

import datetime
import logging
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from django_tasks import task

from .db import retry_while_busy
from .models import Email, SiteSettings, stale_cutoff

logger = logging.getLogger(__name__)

ALERT = "Alert: an email could not be delivered"
_ADDRESS = re.compile(r"[^\s<>@\"']+@[^\s<>@\"']+")


def send(message, *, kind, recipient, about=None, alert_for=None):
    """
    Keeps `message` (an EmailMessage to one address) in the outbox and
    queues it. Call it inside the transaction that saves what it is about.
    """
    html = [
        content
        for content, mimetype in getattr(message, "alternatives", [])
        if mimetype == "text/html"
    ]
    email = Email(
        kind=kind[:60],
        recipient=recipient[:250],
        to_address=message.to[0] if message.to else "",
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        reply_to=list(message.reply_to),
        subject=" ".join(str(message.subject).split())[:250],
        body=message.body,
        html_body=html[0] if html else "",
        headers=dict(message.extra_headers),
        attachments=[
            [name, content, mimetype] for name, content, mimetype in message.attachments
        ],
        about=about,
        alert_for=alert_for,
    )
    if not email.to_address:
        email.status = Email.Status.FAILED
        email.last_error = (
            "No address to send to (no lead address, and no alliance inbox "
            "in Settings › Site settings)."
        )
    email.save()
    _queue(email)
    return email


def _queue(email, run_after=None):
    if email.status != Email.Status.QUEUED:
        return
    task = deliver
    if run_after is not None and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(email.pk)


@task(backend="email")
def deliver(email_id: int) -> str:
    """Sends one email from the outbox; on failure it queues itself again, later."""
    return attempt(email_id)


def max_attempts():
    return len(settings.EMAIL_RETRY_DELAYS) + 1


def attempt(email_id):
    """Tries to send one email. Returns what happened, for the task's result."""
    now = timezone.now()
    claimed = retry_while_busy(
        Email.objects.filter(pk=email_id)
        .filter(
            Q(status=Email.Status.QUEUED)
            | Q(status=Email.Status.SENDING, claimed_at__lt=stale_cutoff(now))
        )
        .update,
        status=Email.Status.SENDING,
        attempts=F("attempts") + 1,
        claimed_at=now,
    )
    if not claimed:
        return "not due: already sent, failed or being sent"
    email = Email.objects.get(pk=email_id)
    try:
        message_of(email).send()
    except Exception as error:  # SMTP refusals, timeouts, DNS: every one is retried
        return _failed(email, error)
    retry_while_busy(
        Email.objects.filter(pk=email_id).update,
        status=Email.Status.SENT,
        sent_at=timezone.now(),
        last_error="",
    )
    return "sent"


def message_of(email):
    """The EmailMessage to send for an outbox row."""
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email,
        to=[email.to_address],
        reply_to=email.reply_to,
        headers=email.headers or None,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    for name, content, mimetype in email.attachments:
        message.attach(name, content, mimetype)
    return message


def _failed(email, error):
    text = _ADDRESS.sub("<address>", f"{type(error).__name__}: {error}")[:500]
    delays = settings.EMAIL_RETRY_DELAYS
    if email.attempts < max_attempts():
        delay = datetime.timedelta(seconds=delays[email.attempts - 1])
        run_after = timezone.now() + delay
        retry_while_busy(
            Email.objects.filter(pk=email.pk).update,
            status=Email.Status.QUEUED,
            last_error=text,
            next_attempt_at=run_after,
        )
        email.status = Email.Status.QUEUED
        logger.warning(
            "Email %s failed (attempt %s), retrying in %s: %s",
            email.pk,
            email.attempts,
            delay,
            text,
        )
        retry_while_busy(_queue, email, run_after=run_after)
        return f"retrying: {text}"

    retry_while_busy(
        Email.objects.filter(pk=email.pk).update,
        status=Email.Status.FAILED,
        last_error=text,
        next_attempt_at=None,
    )
    logger.error(
        "Email %s failed after %s attempts: %s", email.pk, email.attempts, text
    )
    if email.kind != ALERT:
        retry_while_busy(alert, email)
    return f"failed: {text}"


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def alert(failed):
    """Tells the alliance inbox that an email could not be delivered."""
    inbox = SiteSettings.current().alliance_inbox
    if not inbox:
        return None
    failed.refresh_from_db()
    message = EmailMultiAlternatives(
        subject=f"Undelivered: {failed.recipient}",
        body=render_to_string(
            "core/emails/alert.txt",
            {
                "email": failed,
                "outbox_url": admin_url(reverse("outbox:inspect", args=[failed.pk])),
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[inbox],
    )
    return send(
        message,
        kind=ALERT,
        recipient="Alliance inbox (alert)",
        about=failed.about,
        alert_for=failed,
    )


def send_again(email):
    """
    Sends a failed or stuck email again from the start (the admin's “Send
    again”). A stuck one was claimed by a worker that has gone quiet.
    """
    updated = (
        Email.objects.filter(pk=email.pk)
        .filter(
            Q(status=Email.Status.FAILED)
            | Q(status=Email.Status.SENDING, claimed_at__lt=stale_cutoff())
        )
        .exclude(to_address="")
        .update(status=Email.Status.QUEUED, attempts=0, next_attempt_at=None)
    )
    if updated:
        email.refresh_from_db()
        _queue(email)
    return bool(updated)
