"""
Join requests and enquiries.

An `Enquiry` is saved before anything is sent. Each email it causes (one to
each lead of each chosen network, one confirmation to the visitor, an alert to
the alliance inbox when one finally fails) is an `Email` in the outbox
(core/outbox.py), with its own status, attempts and last error. So an enquiry
is never lost to a mail server being down, and the inbox shows what reached
whom.
"""

import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.models import Email
from core.outbox import ALERT
from core.page_forms import PageFormMixin


class ContactPage(PageFormMixin, RoutablePageMixin, Page):
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
    # Every email the enquiry caused, in the outbox; deleted with it.
    emails = GenericRelation(
        "core.Email",
        content_type_field="about_type",
        object_id_field="about_id",
        related_query_name="enquiry",
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
        emails = [email for email in self.emails.all() if email.kind != ALERT]
        if any(email.status == Email.Status.FAILED for email in emails):
            return "Failed"
        if any(email.stuck for email in emails):
            return "Stuck"
        sent = sum(email.status == Email.Status.SENT for email in emails)
        return f"{sent} of {len(emails)} sent"
