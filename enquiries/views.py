"""The contact form's page: show it, check it, save it, thank the visitor."""

import logging

from django.conf import settings
from django.db import DatabaseError, IntegrityError
from django.http import HttpResponseRedirect

from core.db import retry_while_busy
from core.privacy import public
from core.ratelimit import client_ip
from networks.models import NetworkPage

from . import delivery, spam
from .forms import EnquiryForm
from .models import Enquiry

logger = logging.getLogger(__name__)


def contact_form(page, request):
    if request.method == "POST":
        return _post(page, request)
    form = EnquiryForm(initial={"networks": _preselected(request, notices := [])})
    return _render(page, request, form, notices)


def _preselected(request, notices):
    """`?network=<slug>` (as a network's “Join this network” sends) ticks it."""
    slugs = [slug for slug in request.GET.getlist("network") if slug][:20]
    if not slugs:
        return []
    found = dict(
        public(NetworkPage.objects.live())
        .filter(slug__in=slugs)
        .values_list("slug", "pk")
    )
    for slug in slugs:
        if slug not in found:
            notices.append(
                f"We could not find a network called “{slug[:100]}”. "
                "Choose one from the list below."
            )
    return [str(found[slug]) for slug in slugs if slug in found]


def _post(page, request):
    form = EnquiryForm(request.POST)
    stamp, showing = spam.check_stamp(request.POST.get(spam.STAMP_FIELD))
    if spam.honeypot_filled(request.POST):
        return _dropped(page, "honeypot")
    if stamp is spam.Stamp.FORGED:
        return _dropped(page, "no or forged timestamp")
    notices = []
    if stamp is spam.Stamp.EXPIRED:
        notices.append(
            "This form was open for a long time, so for your security it was "
            "not sent. Check your details below and send it again."
        )
    # Errors first: a person who presses Send at once on an unfinished form
    # is told what is missing, not thanked.
    if not form.is_valid() or notices:
        return _render(page, request, form, notices)
    if stamp is spam.Stamp.TOO_FAST:
        return _dropped(page, stamp.value)

    wait = spam.rate_limited(client_ip(request))
    if wait:
        minutes = max(1, round(wait / 60))
        notice = (
            "We have received a lot of enquiries from your connection recently. "
            f"Please send this again in {minutes} minute{'s' if minutes != 1 else ''}: "
            "what you typed is kept below."
        )
        response = _render(page, request, form, [notice], status=429)
        response["Retry-After"] = str(wait)
        return response

    if showing and Enquiry.objects.filter(form_showing=showing).exists():
        # Sent twice (a double click, Back and send): it is already with us.
        return _thanks(page)
    try:
        # Twenty people pressing Send at once on SQLite queue for its write
        # lock; one who loses out a few times waits longer, not gets an error.
        retry_while_busy(
            delivery.submit,
            form,
            showing=showing,
            give_up_after=settings.ENQUIRY_SAVE_PATIENCE,
            pause=0.05,
        )
    except IntegrityError:
        if not Enquiry.objects.filter(form_showing=showing).exists():
            raise
        return _thanks(page)  # the same form, sent twice at once
    except DatabaseError:
        logger.exception("Contact form: an enquiry could not be saved")
        notice = (
            "Sorry, we could not save your enquiry just now. What you typed is "
            "kept below: please send it again in a minute."
        )
        return _render(page, request, form, [notice], status=503)
    return _thanks(page)


def _dropped(page, reason):
    """Spam: answered as if it had worked, with nothing stored or sent."""
    logger.info("Contact form: a submission was dropped as spam (%s)", reason)
    return _thanks(page)


def _thanks(page):
    return HttpResponseRedirect(page.url + page.reverse_subpage("thanks"))


def _render(page, request, form, notices, status=200):
    context = {
        "form": form,
        "notices": notices,
        "stamp": spam.new_stamp(),
        "honeypot": form[spam.HONEYPOT_FIELD],
    }
    response = page.render(
        request,
        context_overrides=context,
        template="enquiries/contact_page.html",
    )
    response.status_code = status
    return response
