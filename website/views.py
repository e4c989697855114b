"""Site-wide views that belong to no one app."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

# Fields never written back into the page.
_NOT_RESENT = {"csrfmiddlewaretoken"}


def _sent_from_this_site(request):
    """
    False when the browser says the refused form came from another site.

    The page offers the form back with a fresh token: if another site's form
    could be offered back, one click would send its data with a valid token,
    which is what the security check is there to stop. Browsers say where a
    POST came from (Sec-Fetch-Site, Origin, else Referer); with none of them,
    nothing says another site sent it.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if origin is None:
        referer = request.headers.get("Referer")
        if not referer:
            return True
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    try:
        this_site = f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return False
    return origin == this_site or origin in settings.CSRF_TRUSTED_ORIGINS


def _admin_page_sent_from(request, admin_home):
    """
    The admin page the refused form was on (path and query), from the Referer,
    or None when the browser names no page of this site's admin.
    """
    referer = urlsplit(request.headers.get("Referer", ""))
    try:
        this_host = request.get_host()
    except DisallowedHost:
        return None
    if referer.netloc != this_host or not referer.path.startswith(admin_home):
        return None
    return referer.path + (f"?{referer.query}" if referer.query else "")


def _admin_csrf_failure(request, context, admin_home):
    """
    The same answer in the admin's design, in the middle of an editor's task:
    what happened, the page they came from, the dashboard, or (signed out)
    the admin's sign-in page.
    """
    signed_in = request.user.is_authenticated and request.user.has_perm(
        "wagtailadmin.access_admin"
    )
    came_from = _admin_page_sent_from(request, admin_home)
    login_url = reverse("wagtailadmin_login")
    if came_from and not came_from.startswith(login_url):
        login_url += "?" + urlencode({"next": came_from}, safe="/")
    elif came_from:
        # Sent from the sign-in page: back to it, with where it was going.
        login_url = came_from
    return TemplateResponse(
        request,
        "403_csrf_admin.html",
        {
            **context,
            # Signed out, the page has no menu: it looks like the sign-in page.
            "base_template": (
                "wagtailadmin/generic/base.html"
                if signed_in
                else "wagtailadmin/admin_base.html"
            ),
            "signed_in": signed_in,
            # Sent again signed out, a form would only meet the sign-in page.
            "fields": context["fields"] if signed_in else [],
            "page_title": "Your form was not sent",
            "header_icon": "warning",
            "came_from": came_from,
            "admin_home": admin_home,
            "login_url": login_url,
        },
        status=403,
    )


@never_cache
@requires_csrf_token
def csrf_failure(request, reason=""):
    """
    A form refused for its security check (an expired page, blocked cookies).

    Nothing typed is lost: the page offers the same form back, with a fresh
    token, to send again. Passwords and files cannot come back: the page says
    so. It is never cached, as it holds what the visitor typed. In the admin
    the page is the admin's, not the public site's.
    https://docs.djangoproject.com/en/5.2/ref/settings/#csrf-failure-view
    """
    fields, passwords_dropped, files_dropped = [], False, False
    if request.method == "POST" and _sent_from_this_site(request):
        for name, values in request.POST.lists():
            if "password" in name.lower():
                passwords_dropped = True
            elif name not in _NOT_RESENT:
                fields.extend((name, value) for value in values)
        files_dropped = bool(request.FILES)
    # What will be sent, by field: its name as a label, and its filled values.
    summary = {}
    for name, value in fields:
        if value.strip():
            label = name.replace("_", " ").replace("-", " ").strip().capitalize()
            summary.setdefault(label or name, []).append(value)
    context = {
        "fields": fields,
        "summary": list(summary.items()),
        "passwords_dropped": passwords_dropped,
        "files_dropped": files_dropped,
        "action": request.get_full_path(),
    }
    admin_home = reverse("wagtailadmin_home")
    if request.path.startswith(admin_home):
        return _admin_csrf_failure(request, context, admin_home)
    return TemplateResponse(request, "403_csrf.html", context, status=403)
