import factory
from factory.django import DjangoModelFactory

from .models import Email


class EmailFactory(DjangoModelFactory):
    """
    An email in the outbox, queued unless told otherwise; `about` is what it
    is about (an enquiry, a user):

        EmailFactory(about=enquiry, recipient="Alice Lead, Network A",
                     status=Email.Status.FAILED, attempts=6)
    """

    kind = "Enquiry to a network lead"
    recipient = "A lead"
    to_address = factory.Sequence(lambda n: f"lead{n}@example.org")
    from_email = "Leeds Learning Alliance <noreply@example.org>"
    subject = "Join request"
    body = "We would like to join the network."

    class Meta:
        model = Email
