"""
Join requests and enquiries.

An `Enquiry` is saved before anything is sent. Each email it causes (one to
each lead of each chosen network, one confirmation to the visitor, an alert to
the alliance inbox when a delivery finally fails) is a `Delivery` row with its
own status, attempts and last error, worked by the email task queue. So an
enquiry is never lost to a mail server being down, and the inbox shows what
reached whom.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index

from core.tasks import stale_cutoff


@register_setting(icon="mail")
class EnquirySettings(BaseSiteSetting):
    """Where enquiries go when no lead can be reached, and how long they are kept."""

    alliance_inbox = models.EmailField(
        blank=True,
        help_text=(
            "Receives enquiries to networks with no lead address, and an alert "
            "when an email could not be delivered. Never shown on the site."
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

    panels = [FieldPanel("alliance_inbox"), FieldPanel("retention_months")]

    class Meta:
        verbose_name = "enquiry settings"

    @classmethod
    def current(cls):
        """The settings of the default site, for code that runs outside a request."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return cls(retention_months=24)
        return cls.for_site(site)


class ContactPage(RoutablePageMixin, Page):
    """“Contact our networks”: the form for join requests and enquiries."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text="Shown above the form.",
    )
    thank_you = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text="Shown once an enquiry is sent: what happens next.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice, linked beside the consent box.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("thank_you"), FieldPanel("privacy_page")],
            heading="After sending, and privacy",
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    @property
    def summary(self):
        return self.search_description

    @path("")
    def form(self, request):
        from .views import contact_form

        return contact_form(self, request)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        return self.render(request, template="enquiries/contact_page_thanks.html")


class EnquiryQuerySet(models.QuerySet):
    def for_user(self, user):
        """The enquiries `user` may see in the admin: all of them for LLA
        editors, otherwise those to the networks the user edits."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.has_perm("enquiries.view_all_enquiries"):
            return self
        if not user.has_perm("enquiries.view_enquiry"):
            return self.none()
        mine = self.filter(networks__editors__group__user=user).values("pk")
        return self.filter(pk__in=mine)

    def older_than(self, months):
        cutoff = timezone.now() - datetime.timedelta(days=round(months * 30.44))
        return self.filter(created_at__lt=cutoff)


class Enquiry(models.Model):
    """One join request or question, to one or more networks."""

    class Kind(models.TextChoices):
        JOIN = "join", "Join request"
        QUESTION = "question", "General question"

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        JOINED = "joined", "Joined"
        DECLINED = "declined", "Declined"

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # The number of the contact form's showing it came from: one showing
    # makes one enquiry, however often it is sent (enquiries/spam.py).
    form_showing = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.JOIN)
    networks = models.ManyToManyField("networks.NetworkPage", related_name="enquiries")
    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254, db_index=True)
    organisation = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    message = models.TextField(max_length=5000)
    consented_at = models.DateTimeField(
        help_text="When the visitor agreed to their enquiry being stored and "
        "shared with the networks' leads."
    )
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    notes = models.TextField(
        max_length=5000, blank=True, help_text="For the alliance and the leads only."
    )

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "enquiries"
        permissions = [
            ("view_all_enquiries", "Can see enquiries to every network"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} from {self.name}"

    @property
    def network_titles(self):
        return ", ".join(network.title for network in self.networks.all())

    @property
    def delivery_summary(self):
        """“3 of 4 sent”, or the worst state, for the inbox listing."""
        deliveries = list(self.deliveries.all())
        if any(d.status == Delivery.Status.FAILED for d in deliveries):
            return "Failed"
        if any(d.stuck for d in deliveries):
            return "Stuck"
        sent = sum(d.status == Delivery.Status.SENT for d in deliveries)
        return f"{sent} of {len(deliveries)} sent"


class Delivery(models.Model):
    """
    One email an enquiry causes, and what became of it.

    The address is stored so the worker knows where to send; it is shown to
    nobody. The inbox names the person and network instead.
    """

    class Kind(models.TextChoices):
        LEAD = "lead", "To a network lead"
        INBOX = "inbox", "To the alliance inbox (no lead address)"
        CONFIRMATION = "confirmation", "Confirmation to the visitor"
        ALERT = "alert", "Alert to the alliance inbox"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    enquiry = models.ForeignKey(
        Enquiry, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    network = models.ForeignKey(
        "networks.NetworkPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    person = models.ForeignKey(
        "networks.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alerts",
        help_text="For an alert: the delivery that failed.",
    )
    to_address = models.EmailField(max_length=254, blank=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.recipient_label}: {self.get_status_display()}"

    @property
    def stuck(self):
        """
        Claimed by a worker that went quiet long ago (it was killed mid-send):
        the worker's sweep queues it again, and editors may send it again.
        """
        return (
            self.status == self.Status.SENDING
            and self.claimed_at is not None
            and self.claimed_at < stale_cutoff()
        )

    @property
    def recipient_label(self):
        """Who this went to, in words: never the address."""
        if self.kind == self.Kind.LEAD:
            network = f", {self.network.title}" if self.network else ""
            return f"{self.person or 'A lead'}{network}"
        if self.kind == self.Kind.INBOX:
            network = f" for {self.network.title}" if self.network else ""
            return f"Alliance inbox{network}"
        if self.kind == self.Kind.CONFIRMATION:
            return "The visitor (confirmation)"
        return "Alliance inbox (alert)"


def max_attempts():
    return len(settings.ENQUIRY_RETRY_DELAYS) + 1
