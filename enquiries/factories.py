from django.utils import timezone

import factory
from factory.django import DjangoModelFactory

from .models import Enquiry


class EnquiryFactory(DjangoModelFactory):
    """
    An enquiry as the contact form saves it; pass the networks it went to:

        enquiry = EnquiryFactory(networks=[equity], kind=Enquiry.Kind.QUESTION)
    """

    name = factory.Faker("name", locale="en_GB")
    email = factory.Sequence(lambda n: f"visitor{n}@school.example")
    organisation = "Leeds Primary School"
    role = "Teacher"
    message = "We would like to join the network."
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Enquiry
        skip_postgeneration_save = True

    @factory.post_generation
    def networks(self, create, networks, **kwargs):
        if create and networks:
            self.networks.set(networks)
