"""
The pages a roster member's email links to: reply to an invitation, and
leave a network. No account is needed; the link is the key (networks/links.py).

Opening a link changes nothing (mail scanners open links): the page shows a
button, and pressing it does the change. A bad link says why and changes
nothing. These pages are never cached.
"""

import datetime

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .links import BadLink, attendee_from, member_from
from .models import Attendee, RosterMember

PROBLEMS = {
    "invalid": "This link is not one we sent, or it was changed on the way. "
    "Nothing has been changed. Use the link in the email as it came, or ask "
    "the network's lead.",
    "expired": "This link has expired. Nothing has been changed. A newer email "
    "from the network has a fresh link.",
    "gone": "This link is for a meeting or a list entry that no longer exists. "
    "Nothing has been changed.",
    "past": "This meeting is over, so replies are closed. Nothing has been changed.",
}


def _problem(request, reason):
    response = render(
        request,
        "networks/links/problem.html",
        {"problem": PROBLEMS[reason]},
        status=410 if reason in ("expired", "gone", "past") else 400,
    )
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def rsvp(request, token):
    try:
        attendee, reply = attendee_from(token)
    except BadLink as error:
        return _problem(request, error.reason)
    meeting = attendee.meeting
    if meeting.ends_at + datetime.timedelta(days=7) < timezone.now():
        return _problem(request, "past")
    if request.method == "POST" and not meeting.cancelled:
        chosen = request.POST.get("reply", reply)
        if chosen not in Attendee.Reply.values:
            chosen = reply
        attendee.reply = chosen
        attendee.replied_at = timezone.now()
        attendee.save(update_fields=["reply", "replied_at"])
        reply, done = chosen, True
    else:
        done = False
    return render(
        request,
        "networks/links/rsvp.html",
        {
            "attendee": attendee,
            "meeting": meeting,
            "network": meeting.network,
            "reply": reply,
            "done": done,
            "cancelled": meeting.cancelled,
        },
    )


# One-click leaving from a mail app (RFC 8058) posts with no CSRF token.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def leave(request, token):
    try:
        member = member_from(token)
    except BadLink as error:
        return _problem(request, error.reason)
    if request.method == "POST":
        member.leave()
    return render(
        request,
        "networks/links/leave.html",
        {
            "member": member,
            "network": member.network,
            "left": member.status == RosterMember.Status.LEFT,
        },
    )
