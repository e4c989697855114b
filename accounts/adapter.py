"""How django-allauth fits this site: its emails go through the email queue."""

from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from core.ratelimit import client_ip

from .mail import queue_message


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """
        Verification and password-reset emails are queued, not sent in the
        request: with the mail server down, signing up still works, and the
        email follows once the server is back.
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
        queue_message(message)

    def clean_email(self, email):
        """
        Django's validator lets through some Unicode spaces and separators
        (U+2028 in the domain, for one), which have no place in a mail header.
        Used by sign-up, adding an address and password reset.
        """
        if any(char.isspace() or not char.isprintable() for char in email):
            raise ValidationError("Enter a valid email address.", code="invalid")
        return super().clean_email(email)

    def get_client_ip(self, request):
        """The visitor's address, trusting as many proxies as the site is told."""
        return client_ip(request) or super().get_client_ip(request)


def user_display(user):
    """ACCOUNT_USER_DISPLAY: how allauth names a user in messages and emails."""
    return user.get_full_name() or user.email or user.username
