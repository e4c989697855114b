"""
How django-allauth fits this site: its emails go through the email queue, and
a sign-up gives away nothing about who already has an account.
"""

from django.contrib.auth.hashers import make_password
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from core.ratelimit import client_ip

from .mail import queue_message


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """
        Verification and password-reset emails go to the outbox, not out in
        the request: with the mail server down, signing up still works, and
        the email follows once the server is back.
        """
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {
                "request": request,
                "email": email,
                "current_site": get_current_site(request),
                **context,
            },
        )
        user = context.get("user")
        what = template_prefix.rsplit("/", 1)[-1].replace("_", " ")
        who = user_display(user) if user is not None else "Someone at this address"
        queue_message(message, recipient=f"{who} ({what})", about=user)

    def clean_email(self, email):
        """
        Django's validator lets through some Unicode spaces and separators
        (U+2028 in the domain, for one), which have no place in a mail header.
        Used by sign-up, adding an address and password reset.
        """
        if any(char.isspace() or not char.isprintable() for char in email):
            raise ValidationError("Enter a valid email address.", code="invalid")
        return super().clean_email(email)

    def respond_email_verification_sent(self, request, user):
        """
        With enumeration prevention, a sign-up with an address that already
        has an account makes no user: allauth emails the owner and answers as
        for a new account, here with `user` None. A new account's sign-up has
        hashed the password (`save_user`), nearly all of its time with Argon2,
        so the clock would tell the two apart (0.02 s against 0.6 s): hash the
        typed password here too, once, with the same hasher. This is the one
        step allauth always takes on that path; its "already exists" email is
        skipped if the address had one in the last few minutes.
        """
        if user is None:
            make_password(request.POST.get("password1", ""))
        return super().respond_email_verification_sent(request, user)

    def get_client_ip(self, request):
        """The visitor's address, trusting as many proxies as the site is told."""
        return client_ip(request) or super().get_client_ip(request)


def user_display(user):
    """ACCOUNT_USER_DISPLAY: how allauth names a user in messages and emails."""
    return user.get_full_name() or user.email or user.username
