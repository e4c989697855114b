"""
What every app shares: the site's settings, and the outbox every email the
site sends goes through (core/outbox.py).
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """
    One place for what the whole site needs to know: where emails go when no
    one else can take them, how long personal data is kept, and which pages
    do the site's jobs (found by these choosers, never by their slugs).
    """

    alliance_inbox = models.EmailField(
        blank=True,
        help_text=(
            "Receives enquiries to networks with no lead address, new members "
            "waiting for approval, and an alert when an email could not be "
            "delivered. Never shown on the site."
        ),
    )
    retention_months = models.PositiveSmallIntegerField(
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=(
            "Enquiries older than this are deleted by `manage.py purge_enquiries`. "
            "The privacy notice should say the same."
        ),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="“Contact our networks”: every “Join this network” links here.",
    )
    library_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The resource library: searches and topic links go here.",
    )

    # Each page chooser's page type, as (app label, model name).
    PAGE_TYPES = {
        "contact_page": ("enquiries", "contactpage"),
        "library_page": ("resources", "resourceindexpage"),
    }

    panels = [
        MultiFieldPanel(
            [FieldPanel("alliance_inbox"), FieldPanel("retention_months")],
            heading="Email and personal data",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("contact_page", "enquiries.ContactPage"),
                PageChooserPanel("library_page", "resources.ResourceIndexPage"),
            ],
            heading="Pages",
        ),
    ]

    class Meta:
        verbose_name = "site settings"
        verbose_name_plural = "site settings"

    @classmethod
    def of(cls, site):
        """
        `site`'s settings, or the defaults if none are saved yet. Unlike
        Wagtail's `for_site()` it never writes, so a page view can ask.
        """
        return cls.objects.filter(site=site).first() or cls(site=site)

    @classmethod
    def current(cls):
        """The default site's settings, for code that runs outside a request."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return cls(retention_months=24)
        return cls.of(site)


class EmailQuerySet(models.QuerySet):
    def stuck(self):
        """Claimed by a worker that went quiet (killed mid-send)."""
        return self.filter(status=Email.Status.SENDING, claimed_at__lt=stale_cutoff())

    def about_model(self, model):
        return self.filter(about_type=ContentType.objects.get_for_model(model))

    def about(self, obj):
        return self.filter(
            about_type=ContentType.objects.get_for_model(obj), about_id=obj.pk
        )


def stale_cutoff(now=None):
    """A claim or task older than this has lost its worker (core/tasks.py)."""
    now = now or timezone.now()
    return now - datetime.timedelta(seconds=settings.TASK_STALE_SECONDS)


class Email(models.Model):
    """
    One email the site sends, as it was written, and what became of it.

    The address is kept so the worker knows where to send; the admin shows
    `recipient` (who, in words: "Amira Khan, Equity network lead") instead.
    `about` is what the email is about (an enquiry, an account), so each part
    of the admin can list its own.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    kind = models.CharField(
        max_length=60, help_text="What sort of email: 'enquiry to a lead', …"
    )
    recipient = models.CharField(max_length=250, help_text="Who, in words.")
    to_address = models.EmailField(max_length=254, blank=True)
    from_email = models.CharField(max_length=254)
    reply_to = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=250)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    # [[filename, content, mimetype]], text only (an .ics invitation).
    attachments = models.JSONField(default=list, blank=True)

    about_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    about_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    alert_for = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alerts",
        help_text="For an alert: the email that could not be delivered.",
    )

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = EmailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["about_type", "about_id"])]
        permissions = [("send_email_again", "Can send a failed or stuck email again")]

    def __str__(self):
        return f"{self.subject} (to {self.recipient}): {self.status_label}"

    @property
    def stuck(self):
        """Claimed by a worker that went quiet long ago (it was killed mid-send)."""
        return (
            self.status == self.Status.SENDING
            and self.claimed_at is not None
            and self.claimed_at < stale_cutoff()
        )

    @property
    def can_send_again(self):
        return bool(self.to_address) and (
            self.status == self.Status.FAILED or self.stuck
        )

    @property
    def status_label(self):
        if self.stuck:
            return "Stuck"
        return self.get_status_display()
