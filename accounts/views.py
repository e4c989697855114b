"""The member's own page, and the one way in: the site's login."""

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from wagtail.models import Site

from allauth.account.models import EmailAddress

from core.members import is_member
from core.models import SiteSettings


@login_required
def overview(request):
    user = request.user
    library = SiteSettings.of(Site.find_for_request(request)).library_page
    return TemplateResponse(
        request,
        "accounts/overview.html",
        {
            "is_member": is_member(user),
            "emails": EmailAddress.objects.filter(user=user).order_by("-primary"),
            "library": library if library is not None and library.live else None,
        },
    )


def wagtail_login(request):
    """
    Wagtail's front-end login (/_util/login/) sends visitors to the site's.

    Wagtail's is Django's plain LoginView: it would give a session to an
    account whose email address is not verified, which the site's login
    (allauth, with mandatory verification) refuses. Nothing is signed in
    here, whatever is posted; a `next` on this site is passed on.
    """
    login_url = reverse("account_login")
    next_url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(
        REDIRECT_FIELD_NAME, ""
    )
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect_to_login(next_url, login_url)
    return redirect(login_url)
