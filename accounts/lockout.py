"""
How django-axes tells one login attempt from another: by the email address
(or, on the admin's login, the username) typed, and the visitor's address.
"""

from core.ratelimit import client_ip as _client_ip


def attempted_username(request, credentials):
    """
    AXES_USERNAME_CALLABLE. allauth authenticates with `email`, Wagtail's
    admin login with `username`; both are compared case-insensitively, so
    "Ada@School" cannot get five more tries than "ada@school".
    """
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username")
    if not value and request is not None and request.method == "POST":
        value = request.POST.get("login") or request.POST.get("username")
    return (value or "").strip().lower()[:255]


def client_ip(request):
    """AXES_CLIENT_IP_CALLABLE: the same address the enquiry rate limit uses."""
    return _client_ip(request) or "unknown"
