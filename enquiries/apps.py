from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    """Join requests and enquiries: the contact form, delivery and the inbox."""

    name = "enquiries"
    verbose_name = "Enquiries"
