"""
Running a network: who is in it (its roster), and each meeting as its
members were told of it, with their replies and who came.

None of this is public: rosters, replies and attendance are personal data,
seen in the admin by the network's own editors and the LLA editors, kept to
the retention period in the site settings, and covered by `subject_access`
and `purge_enquiries`.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from .pages import NetworkPage


class RunByQuerySet(models.QuerySet):
    """Rows that belong to a network, seen only by those who run it."""

    def for_user(self, user):
        """The rows of the networks `user` runs (networks_run_by): every
        network's for LLA editors, otherwise those of the networks they edit."""
        return self.filter(network__in=networks_run_by(user))


class RosterQuerySet(RunByQuerySet):
    def receiving(self):
        """Those who get the network's emails: everyone who has not left."""
        return self.exclude(status=RosterMember.Status.LEFT)


def networks_run_by(user):
    """The networks whose roster and meetings `user` manages."""
    if not user.is_authenticated or not user.is_active:
        return NetworkPage.objects.none()
    if user.has_perm("networks.manage_all_rosters"):
        return NetworkPage.objects.all()
    if not user.has_perm("networks.view_rostermember"):
        return NetworkPage.objects.none()
    return NetworkPage.objects.filter(editors__group__user=user).distinct()


class RosterMember(models.Model):
    """A person in a network: gets its invitations and minutes. Not an account."""

    class Status(models.TextChoices):
        INVITED = "invited", "Invited"
        ACTIVE = "active", "Active"
        LEFT = "left", "Left"

    network = models.ForeignKey(
        NetworkPage, on_delete=models.CASCADE, related_name="roster"
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(max_length=254)
    organisation = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    joined = models.DateField(default=timezone.localdate)
    left_at = models.DateTimeField(null=True, blank=True, editable=False)
    # What the person came from: the join request, for instance.
    source_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RosterQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "roster member"
        constraints = [
            models.UniqueConstraint(
                "network", Lower("email"), name="one_roster_row_per_address"
            )
        ]
        permissions = [
            ("manage_all_rosters", "Can manage every network's roster and meetings")
        ]

    def __str__(self):
        return f"{self.name} ({self.network.title})"

    def leave(self):
        if self.status != self.Status.LEFT:
            self.status = self.Status.LEFT
            self.left_at = timezone.now()
            self.save(update_fields=["status", "left_at"])


class MeetingRecord(models.Model):
    """
    A meeting as the roster was last told of it. It outlives the meeting on
    the page (a deleted meeting is cancelled here), and holds the replies
    and attendance. `sequence` counts the changes sent, as iCalendar's
    SEQUENCE: calendars apply an update only if it is higher.
    """

    uid = models.UUIDField()
    network = models.ForeignKey(
        NetworkPage, on_delete=models.CASCADE, related_name="meeting_records"
    )
    sequence = models.PositiveIntegerField(default=0)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    where = models.CharField(max_length=300)
    agenda = models.TextField(blank=True)
    cancelled = models.BooleanField(default=False)
    minutes_sent = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RunByQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "meeting"
        # A copied page's meetings keep their uid: one record per network.
        constraints = [
            models.UniqueConstraint(
                fields=["network", "uid"], name="one_record_per_meeting"
            )
        ]

    def __str__(self):
        when = timezone.localtime(self.starts_at)
        return f"{self.network.title}, {when:%-d %B %Y}"

    @property
    def when(self):
        return f"{timezone.localtime(self.starts_at):%a %-d %b %Y, %H:%M}"

    @property
    def state(self):
        if self.cancelled:
            return "Cancelled"
        return "Held" if self.is_past else "To come"

    @property
    def is_past(self):
        return self.starts_at < timezone.now()

    @property
    def term(self):
        return term_of(timezone.localtime(self.starts_at).date())


def term_of(day):
    """The school term a day falls in, e.g. 'Autumn 2026' or 'Spring 2027'."""
    if day.month >= 9:
        return f"Autumn {day.year}"
    if day.month <= 4 and not (day.month == 4 and day.day > 20):
        return f"Spring {day.year}"
    return f"Summer {day.year}"


def term_start(label):
    season, year = label.split()
    month = {"Autumn": 9, "Spring": 1, "Summer": 4}[season]
    return datetime.date(int(year), month, 21 if season == "Summer" else 1)


class Attendee(models.Model):
    """One roster member and one meeting: what they were sent, said and did."""

    class Reply(models.TextChoices):
        YES = "yes", "Coming"
        NO = "no", "Not coming"

    meeting = models.ForeignKey(
        MeetingRecord, on_delete=models.CASCADE, related_name="attendees"
    )
    member = models.ForeignKey(
        RosterMember, on_delete=models.CASCADE, related_name="meetings"
    )
    # The SEQUENCE last sent to this person; -1 for nothing sent yet.
    sent_sequence = models.IntegerField(default=-1)
    minutes_sent = models.BooleanField(default=False)
    reply = models.CharField(max_length=3, choices=Reply.choices, blank=True)
    replied_at = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"], name="one_attendee_row_per_person"
            )
        ]

    def __str__(self):
        return f"{self.member.name} at {self.meeting}"
