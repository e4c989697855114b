"""
The alliance's networks: a page for each, the people who lead them, the
organisations in them, and their meetings.

A lead's contact address is stored for routing enquiries and is never
rendered: no template, preview or feed reads `Person.contact_email`.
"""

import uuid

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from core.blocks import BodyBlock
from core.members import is_member
from core.page_forms import PageFormMixin
from core.privacy import public
from core.tree import child_of
from home import navigation

from ..blocks import ProgrammeBlock
from .timing import TimeAndPlace


class Area(models.TextChoices):
    """The areas visitors filter networks by on "Our networks"."""

    PHASE = "phase", "Phases of education"
    INCLUSION = "inclusion", "Inclusion and equity"
    PATHWAYS = "pathways", "Pathways and careers"
    CLIMATE = "climate", "Climate and sustainability"
    DIGITAL = "digital", "Digital"
    WORKFORCE = "workforce", "Workforce"


class Status(models.TextChoices):
    FORMING = "forming", "Forming"
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"


# Snippets -------------------------------------------------------------------


def validate_domains(value):
    for domain in Organisation.parse_domains(value):
        try:
            validate_email(f"someone@{domain}")
        except ValidationError:
            raise ValidationError(
                f"“{domain}” is not an email domain. Enter one domain per line, "
                "such as leedstrinity.ac.uk, without the @."
            ) from None


class Organisation(PreviewableMixin, RevisionMixin, index.Indexed, models.Model):
    """A partner, associate or supporting organisation of the alliance."""

    class Kind(models.TextChoices):
        PARTNER = "partner", "Partner"
        ASSOCIATE = "associate", "Associate"
        SUPPORTING = "supporting", "Supporting organisation"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PARTNER)
    description = models.TextField(max_length=600, blank=True)
    website = models.URLField(blank=True)
    logo = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email_domains = models.TextField(
        blank=True,
        validators=[validate_domains],
        help_text=(
            "Email domains its staff use, one per line (e.g. leedstrinity.ac.uk). "
            "People who sign up with a verified address at one of these become "
            "members without waiting for approval."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("email_domains"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @staticmethod
    def parse_domains(value):
        return [
            line.strip().lower().lstrip("@")
            for line in (value or "").splitlines()
            if line.strip()
        ]

    @property
    def domains(self):
        return self.parse_domains(self.email_domains)

    def get_preview_template(self, request, mode_name):
        return "networks/previews/organisation.html"


class Person(PreviewableMixin, RevisionMixin, index.Indexed, models.Model):
    """
    Someone who leads or chairs a network. Their contact address routes
    enquiries to them and is never shown on the site.
    """

    name = models.CharField(max_length=200)
    job_title = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    photo = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(
        blank=True,
        help_text=(
            "Where enquiries to their networks are sent. Never shown on the site."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        # Only those who may change people see the address, even in the admin.
        FieldPanel("contact_email", permission="networks.change_person"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "networks/previews/person.html"


# Pages ------------------------------------------------------------------------


class NetworkIndexPage(PageFormMixin, RoutablePageMixin, Page):
    """ "Our networks": the network of networks, its phases, and every network."""

    intro = RichTextField(
        blank=True, help_text="What the network of networks is, and how it grows."
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.NetworkPage"]
    max_count = 1

    class Meta:
        verbose_name = "network index page"

    @property
    def summary(self):
        return "Every Leeds Learning Alliance network, and how the networks grow."

    def networks(self):
        return (
            public(child_of(NetworkPage.objects.live(), self))
            .order_by("title")
            .prefetch_related("leads__person__organisation")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        networks = list(self.networks())
        area = request.GET.get("area", "")
        # Only areas with a network are offered, so no filter leads nowhere.
        used = {network.area for network in networks}
        areas = [(value, label) for value, label in Area.choices if value in used]
        if area and area not in used:
            area = ""
        context.update(
            networks=[n for n in networks if not area or n.area == area],
            areas=areas,
            selected_area=area,
            selected_area_label=dict(Area.choices).get(area, ""),
            total=len(networks),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Every network's meetings, for calendar apps."""
        from ..calendar import meetings_calendar

        meetings = Meeting.objects.filter(
            network__in=self.networks().values("pk")
        ).select_related("network")
        return calendar_response(
            meetings_calendar(meetings, request, name="Leeds Learning Alliance"),
            "lla-networks.ics",
        )


# The Wagtail hook that serves a network's resource feed (see NetworkPage.feed).
NETWORK_FEED_HOOK = "serve_network_resource_feed"


class NetworkPage(PageFormMixin, RoutablePageMixin, Page):
    """One network: its purpose, leads, member organisations and meetings."""

    summary = models.TextField(
        max_length=300, help_text="One or two sentences on what the network is for."
    )
    body = StreamField(BodyBlock(), blank=True)
    area = models.CharField(max_length=20, choices=Area.choices)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    meeting_rhythm = models.CharField(
        max_length=100, blank=True, help_text="For example “Half-termly”."
    )
    programmes = StreamField(
        [("programme", ProgrammeBlock())],
        blank=True,
        help_text="Named programmes the network runs, e.g. a festival.",
    )
    organisations = ParentalManyToManyField(
        Organisation, blank=True, related_name="networks"
    )
    search_keywords = models.CharField(
        max_length=255,
        blank=True,
        help_text="Other words people search for, e.g. NEET apprenticeships.",
    )
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("area"), FieldPanel("status"), FieldPanel("meeting_rhythm")],
            heading="About the network",
        ),
        InlinePanel("leads", heading="Leads and chairs", label="Lead or chair"),
        FieldPanel("organisations", heading="Member organisations"),
        FieldPanel("body"),
        FieldPanel("programmes"),
        InlinePanel("meetings", heading="Meetings", label="Meeting"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("search_keywords")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("programmes"),
        index.SearchField("search_keywords", boost=2),
        index.FilterField("area"),
        index.FilterField("status"),
        index.RelatedFields(
            "leads", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
    ]

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "network page"

    @property
    def editors_group(self):
        """The group whose members may edit this network only (see NetworkGroup)."""
        link = NetworkGroup.objects.filter(network=self).select_related("group")
        link = link.first()
        return link.group if link else None

    @cached_property
    def ordered_leads(self):
        return list(
            self.leads.select_related("person__organisation", "person__photo").order_by(
                "sort_order"
            )
        )

    @cached_property
    def member_organisations(self):
        return list(self.organisations.order_by("name"))

    @cached_property
    def _meetings(self):
        return list(self.meetings.select_related("minutes").order_by("date", "start"))

    @property
    def upcoming_meetings(self):
        """Meetings from today on, soonest first: one leaves on the day after."""
        today = timezone.localdate()
        return [meeting for meeting in self._meetings if meeting.date >= today]

    @property
    def past_meetings(self):
        """Meetings before today, most recent first."""
        today = timezone.localdate()
        return [meeting for meeting in reversed(self._meetings) if meeting.date < today]

    def join_url(self, request=None):
        """The contact form (Settings › Site settings) with this network chosen."""
        contact_url = navigation.site_page_url(request, "contact_page")
        return f"{contact_url}?network={self.slug}" if contact_url else ""

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["area_label"] = self.get_area_display()
        # The meetings fragment is kept per day: a meeting is past the day after.
        context["today"] = timezone.localdate()
        context["join_url"] = self.join_url(request)
        context["user_is_member"] = is_member(request.user)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """This network's meetings, for calendar apps."""
        from ..calendar import meetings_calendar

        return calendar_response(
            meetings_calendar(
                self.meetings.select_related("network"), request, name=self.title
            ),
            f"{self.slug}.ics",
        )

    @path("minutes/<uuid:uid>/", name="minutes")
    def minutes(self, request, uid):
        """
        A meeting's minutes: its text, or its document. Minutes marked for
        members ask anyone else to sign in, and are never kept by a cache.
        """
        meeting = self.meetings.filter(uid=uid).select_related("minutes").first()
        if meeting is None or not (meeting.minutes_id or meeting.minutes_text):
            raise Http404("No minutes for this meeting.")
        if meeting.minutes_members_only and not is_member(request.user):
            response = TemplateResponse(
                request,
                "networks/minutes_members_only.html",
                {"page": self, "meeting": meeting},
                status=403,
            )
        elif meeting.minutes_text:
            response = TemplateResponse(
                request, "networks/minutes.html", {"page": self, "meeting": meeting}
            )
        else:
            return redirect(meeting.minutes.url)
        if meeting.minutes_members_only:
            patch_cache_control(response, private=True, no_store=True)
        return response

    @path("resources/feed/", name="feed")
    def feed(self, request):
        """
        New and updated public resources filed under this network, as Atom.
        The library keeps the resources, so it serves the feed: resources
        registers its function for the NETWORK_FEED_HOOK Wagtail hook
        (resources/wagtail_hooks.py), and networks never imports resources.
        """
        for serve in hooks.get_hooks(NETWORK_FEED_HOOK):
            return serve(self, request)
        raise Http404("No library is installed to list this network's resources.")

    @property
    def feed_url(self):
        url = self.url  # None in the preview of a page not yet saved
        return url and url + self.reverse_subpage("feed")


def calendar_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class NetworkGroup(models.Model):
    """
    Links a network to the group whose members may edit it, and only it.

    Kept off the page itself: Wagtail copies every page field into an alias,
    so a page field would hand an alias (or a copy) the original's group.
    Here each network page, alias or copy, gets a group of its own.
    """

    network = models.OneToOneField(
        NetworkPage, on_delete=models.CASCADE, related_name="editors"
    )
    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="network_editors"
    )

    def __str__(self):
        return self.group.name


class NetworkLead(Orderable):
    """A person's role on one network, e.g. lead or co-chair."""

    network = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="leads")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=100, default="Network lead")

    panels = [FieldPanel("person"), FieldPanel("role")]

    def __str__(self):
        return f"{self.person} ({self.role}, {self.network})"


class Meeting(TimeAndPlace, Orderable):
    """
    One meeting of a network. Minutes are attached as a document afterwards.

    Publishing the page tells the network's roster (networks/meetings.py): an
    invitation for a new meeting, an update when its time or place changes, a
    cancellation when it is cancelled or deleted. `uid` is the meeting's
    identity in people's calendars, kept through every revision.
    """

    network = ParentalKey(
        NetworkPage, on_delete=models.CASCADE, related_name="meetings"
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    date = models.DateField()
    start = models.TimeField(help_text="Start time, e.g. 16:00.")
    end = models.TimeField(null=True, blank=True)
    place = models.CharField(
        max_length=255,
        blank=True,
        help_text="Where it meets, or a note such as “Online (Teams link sent "
        "to members)”.",
    )
    online = models.BooleanField(default=False)
    agenda = models.TextField(
        max_length=2000, blank=True, verbose_name="agenda summary"
    )
    cancelled = models.BooleanField(
        default=False,
        help_text="Tick to cancel: the roster is told, and calendars drop it.",
    )
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    minutes_text = models.TextField(
        "minutes (text)",
        max_length=20000,
        blank=True,
        help_text="Or type the minutes here. The roster is emailed a link "
        "once minutes are published.",
    )
    minutes_members_only = models.BooleanField(
        "minutes for signed-in members only", default=False
    )
    example = models.BooleanField(
        "example meeting",
        default=False,
        help_text="An example shipped with the site: replace it with a real one.",
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("start"),
        FieldPanel("end"),
        FieldPanel("place"),
        FieldPanel("online"),
        FieldPanel("agenda"),
        FieldPanel("cancelled"),
        FieldPanel("example"),
        MultiFieldPanel(
            [
                FieldPanel("minutes"),
                FieldPanel("minutes_text"),
                FieldPanel("minutes_members_only"),
            ],
            heading="Minutes",
        ),
    ]

    class Meta(Orderable.Meta):
        ordering = ["date", "start"]

    def __str__(self):
        return f"{self.network.title}, {self.date:%-d %B %Y}"

    def clean(self):
        self.check_time_and_place()

    @property
    def minutes_path(self):
        """Where the minutes are, below the network page's own address."""
        return f"minutes/{self.uid}/"


class OrganisationIndexPage(PageFormMixin, Page):
    """A directory of the alliance's partners and associates, with their networks."""

    intro = models.TextField(max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "organisation directory page"

    @property
    def summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        live_networks = public(NetworkPage.objects.live()).order_by("title")
        organisations = Organisation.objects.prefetch_related(
            models.Prefetch("networks", queryset=live_networks, to_attr="live_networks")
        )
        groups = {kind: [] for kind, _ in Organisation.Kind.choices}
        for organisation in organisations:
            groups[organisation.kind].append(organisation)
        context["groups"] = [
            (label, groups[kind]) for kind, label in Organisation.Kind.choices
        ]
        context["organisation_count"] = sum(len(g) for g in groups.values())
        return context
