"""
Telling a network's roster about its meetings.

When a network page is published, `sync()` compares each meeting on the page
with its record (`MeetingRecord`, what the roster was last told):

- a new meeting, still to come: an invitation (METHOD:REQUEST, SEQUENCE 0);
- a change to its date, time, place or agenda: an update (the same UID,
  SEQUENCE plus one), which moves it in people's calendars;
- a meeting cancelled, or deleted from the page: a cancellation
  (METHOD:CANCEL, SEQUENCE plus one);
- minutes added: a short email with a link to them;
- anything else (a draft, an edit nobody would see): nothing.

`sync()` only writes records and queues one task; the publish stays quick
whatever the roster's size. The task (`notify`, in the email worker) writes
one email per person into the outbox (core/outbox.py), which sends, retries
and alerts. Each person's row (`Attendee.sent_sequence`) says what they were
last sent, so a task run twice sends nothing twice.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from django_tasks import task

from core import outbox
from core.models import SiteSettings

from . import calendar, links
from .models import Attendee, MeetingRecord, RosterMember

INVITATION = "Meeting invitation"
UPDATE = "Meeting update"
CANCELLATION = "Meeting cancellation"
MINUTES = "Meeting minutes"
WELCOME = "Welcome to a network"


def _what_members_see(meeting):
    return {
        "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at,
        "where": meeting.where[:300],
        "agenda": meeting.agenda,
    }


def sync(network):
    """Records what changed in `network`'s meetings, and queues the emails."""
    records = {record.uid: record for record in network.meeting_records.all()}
    changed = []
    now = timezone.now()
    for meeting in network.meetings.all():
        seen = _what_members_see(meeting)
        record = records.pop(meeting.uid, None)
        has_minutes = bool(meeting.minutes_id or meeting.minutes_text.strip())
        if record is None:
            if meeting.cancelled or meeting.ends_at < now:
                # Nothing to invite anyone to; kept for attendance and minutes.
                MeetingRecord.objects.create(
                    network=network,
                    uid=meeting.uid,
                    cancelled=meeting.cancelled,
                    minutes_sent=has_minutes,
                    **seen,
                )
                continue
            record = MeetingRecord.objects.create(
                network=network, uid=meeting.uid, **seen
            )
            changed.append(record)
            continue
        fields = []
        if meeting.cancelled != record.cancelled:
            record.cancelled = meeting.cancelled
            fields.append("cancelled")
        if any(getattr(record, name) != value for name, value in seen.items()):
            for name, value in seen.items():
                setattr(record, name, value)
            fields.extend(seen)
        if fields and record.ends_at >= now:
            record.sequence += 1
            fields.append("sequence")
            changed.append(record)
        if has_minutes and not record.minutes_sent and not record.cancelled:
            changed.append(record)
        if fields:
            record.save(update_fields=[*fields, "updated_at"])
    for record in records.values():  # deleted from the page
        if not record.cancelled:
            record.cancelled = True
            if record.ends_at >= now:
                record.sequence += 1
                changed.append(record)
            record.save(update_fields=["cancelled", "sequence", "updated_at"])
    for record_id in {record.pk for record in changed}:
        transaction.on_commit(lambda pk=record_id: notify.enqueue(pk))
    return changed


@task(backend="email")
def notify(record_id: int) -> int:
    """Puts each roster member's email about one meeting in the outbox."""
    record = (
        MeetingRecord.objects.select_related("network").filter(pk=record_id).first()
    )
    if record is None:
        return 0
    network = record.network
    meeting = network.meetings.filter(uid=record.uid).first()
    minutes_ready = bool(
        meeting
        and not record.cancelled
        and (meeting.minutes_id or meeting.minutes_text.strip())
    )
    sent = 0
    reply_to = _reply_to()  # once, not once per person
    members = network.roster.receiving().order_by("pk")
    for member in members.iterator(chunk_size=500):
        sent += _notify_one(record, network, meeting, member, minutes_ready, reply_to)
    if minutes_ready and not record.minutes_sent:
        MeetingRecord.objects.filter(pk=record.pk).update(minutes_sent=True)
    return sent


def _notify_one(record, network, meeting, member, minutes_ready, reply_to):
    with transaction.atomic():
        attendee, _ = Attendee.objects.select_for_update().get_or_create(
            meeting=record, member=member
        )
        sent = 0
        if attendee.sent_sequence < record.sequence or (
            attendee.sent_sequence == -1 and not record.cancelled
        ):
            first = attendee.sent_sequence == -1
            if record.cancelled and first:
                pass  # never invited: nothing to cancel
            elif not record.is_past:
                kind = (
                    CANCELLATION
                    if record.cancelled
                    else INVITATION
                    if first
                    else UPDATE
                )
                outbox.send(
                    _meeting_email(record, network, member, attendee, kind, reply_to),
                    kind=kind,
                    recipient=f"{member.name}, {network.title}",
                    about=record,
                )
                sent += 1
            attendee.sent_sequence = record.sequence
            attendee.save(update_fields=["sent_sequence"])
        if minutes_ready and not attendee.minutes_sent:
            outbox.send(
                _minutes_email(record, network, meeting, member, reply_to),
                kind=MINUTES,
                recipient=f"{member.name}, {network.title}",
                about=record,
            )
            attendee.minutes_sent = True
            attendee.save(update_fields=["minutes_sent"])
            sent += 1
    return sent


def _sender():
    return settings.DEFAULT_FROM_EMAIL


def _organiser_address():
    from email.utils import parseaddr

    return parseaddr(_sender())[1] or "networks@example.org"


def _message(member, subject, template, context, attachment=None, reply_to=None):
    leave = links.leave_url(member)
    context = {
        **context,
        "member": member,
        "leave_url": leave,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(template, context),
        from_email=_sender(),
        to=[member.email],
        reply_to=[reply_to or _reply_to()],
        headers={
            "List-Unsubscribe": f"<{leave}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    if attachment:
        message.attach(*attachment)
    return message


def _reply_to():
    return SiteSettings.current().alliance_inbox or _organiser_address()


def _when(record):
    start = timezone.localtime(record.starts_at)
    end = timezone.localtime(record.ends_at)
    return f"{start:%A %-d %B %Y}, {start:%H:%M} to {end:%H:%M}"


def _meeting_email(record, network, member, attendee, kind, reply_to=None):
    method = "CANCEL" if kind == CANCELLATION else "REQUEST"
    url = network.full_url or ""
    ics = calendar.invitation(record, member, _organiser_address(), url, method)
    subject = {
        INVITATION: f"Invitation: {network.title} meeting, {_when(record)}",
        UPDATE: f"Changed: {network.title} meeting, now {_when(record)}",
        CANCELLATION: f"Cancelled: {network.title} meeting, {_when(record)}",
    }[kind]
    context = {
        "kind": kind,
        "record": record,
        "network": network,
        "when": _when(record),
        "page_url": url,
        "yes_url": links.rsvp_url(attendee, Attendee.Reply.YES),
        "no_url": links.rsvp_url(attendee, Attendee.Reply.NO),
    }
    return _message(
        member,
        subject,
        "networks/emails/meeting.txt",
        context,
        attachment=(
            "invite.ics" if method == "REQUEST" else "cancel.ics",
            ics,
            f"text/calendar; charset=utf-8; method={method}",
        ),
        reply_to=reply_to,
    )


def _minutes_email(record, network, meeting, member, reply_to=None):
    url = (network.full_url or "") + network.reverse_subpage(
        "minutes", args=[str(record.uid)]
    )
    return _message(
        member,
        f"Minutes: {network.title} meeting, {_when(record)}",
        "networks/emails/minutes.txt",
        {
            "record": record,
            "network": network,
            "when": _when(record),
            "minutes_url": url,
            "members_only": meeting.minutes_members_only,
        },
        reply_to=reply_to,
    )


# Joining ---------------------------------------------------------------------


def add_to_roster(
    network, *, name, email, organisation="", role="", source=None, by=None
):
    """
    Puts a person on `network`'s roster (or back on it, if they had left) and
    sends them a welcome with the network's next meetings. Returns
    (member, created). Someone already on it is left as they are.
    """
    email = email.strip()
    with transaction.atomic():
        member = (
            RosterMember.objects.select_for_update()
            .filter(network=network, email__iexact=email)
            .first()
        )
        if member is not None and member.status != RosterMember.Status.LEFT:
            return member, False
        if member is None:
            member = RosterMember(network=network, email=email)
        member.name = " ".join(name.split())[:200]
        member.organisation = " ".join(organisation.split())[:200]
        member.role = " ".join(role.split())[:200]
        member.status = RosterMember.Status.ACTIVE
        member.left_at = None
        member.joined = timezone.localdate()
        member.added_by = by
        if source is not None:
            member.source = source
        member.save()
        _welcome(network, member, welcome_context(network))
        # Invitations to meetings already announced come with the welcome.
        for record_id in _announced([network.pk]):
            transaction.on_commit(lambda pk=record_id: notify.enqueue(pk))
    return member, True


def _welcome(network, member, context):
    outbox.send(
        _message(
            member,
            f"Welcome to the {network.title}",
            "networks/emails/welcome.txt",
            context,
        ),
        kind=WELCOME,
        recipient=f"{member.name}, {network.title}",
        about=member,
    )


def _announced(network_ids):
    """The meetings still to come that these networks' rosters were told of."""
    return MeetingRecord.objects.filter(
        network__in=network_ids, cancelled=False, starts_at__gte=timezone.now()
    ).values_list("pk", flat=True)


@task(backend="email")
def welcome_members(member_ids: list[int]) -> int:
    """
    Welcomes people added in bulk (an imported list), once each, and invites
    them to the meetings already announced. Safe to run twice.
    """
    from core.models import Email

    members = RosterMember.objects.receiving().filter(pk__in=member_ids)
    welcomed = set(
        Email.objects.about_model(RosterMember)
        .filter(about_id__in=member_ids, kind=WELCOME)
        .values_list("about_id", flat=True)
    )
    sent, contexts = 0, {}
    for member in members.select_related("network").order_by("pk"):
        network = member.network
        if network.pk not in contexts:  # once per network, not per person
            contexts[network.pk] = welcome_context(network)
        if member.pk in welcomed:
            continue
        with transaction.atomic():
            _welcome(network, member, contexts[network.pk])
        sent += 1
    for record_id in _announced(contexts):
        notify.enqueue(record_id)
    return sent


def welcome_context(network):
    """What a welcome to `network` says, the same for everyone it welcomes."""
    upcoming = [
        (meeting, _when(meeting))
        for meeting in network.meetings.filter(
            cancelled=False, date__gte=timezone.localdate()
        ).order_by("date", "start")[:3]
    ]
    return {
        "network": network,
        "page_url": network.full_url or "",
        "upcoming": upcoming,
        "calendar_url": (network.full_url or "") + network.reverse_subpage("calendar"),
    }


def retention_cutoff(months):
    return timezone.now() - datetime.timedelta(days=round(months * 30.44))
