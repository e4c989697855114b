"""
How django-axes tells one login attempt from another: by the account the
typed name belongs to, and the visitor's address.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from core.ratelimit import client_ip as _client_ip


def attempted_username(request, credentials):
    """
    AXES_USERNAME_CALLABLE: the account an attempt is against, so that every
    way of naming it shares one count of failures.

    One account answers to its username (Wagtail's admin login), its email
    address and any other address it has (allauth's login, and the admin's
    too through allauth's backend). Were each counted apart, the admin login
    alone would give five tries as "admin" and five more as the email
    address. A name that is one account's, in any case, is counted as
    "user:<pk>"; anything else as typed, in lower case ("Ada@School" gets no
    more tries than "ada@school").

    Axes asks two or three times a request, so the answer is kept on it.
    """
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username")
    if not value and request is not None and request.method == "POST":
        value = request.POST.get("login") or request.POST.get("username")
    value = (value or "").strip().lower()[:255]
    if not value:
        return value
    known = getattr(request, "_lockout_keys", None)
    if known is None:
        known = {}
        if request is not None:
            request._lockout_keys = known
    if value not in known:
        known[value] = _account_key(value)
    return known[value]


def _account_key(name):
    """
    "user:<pk>" for the account whose username or address `name` is (in one
    query), else `name`. If it is one account's username and another's
    address, the older account counts it.
    """
    pk = (
        get_user_model()
        .objects.filter(
            Q(username__iexact=name)
            | Q(email__iexact=name)
            | Q(emailaddress__email__iexact=name)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return name if pk is None else f"user:{pk}"


def client_ip(request):
    """AXES_CLIENT_IP_CALLABLE: the same address the enquiry rate limit uses."""
    return _client_ip(request) or "unknown"
