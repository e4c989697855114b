import factory
from factory.django import DjangoModelFactory

from .models import CustomImage


class ImageFactory(DjangoModelFactory):
    """
    An uploaded image, made from a generated 640x480 JPEG.

        image = ImageFactory(description="Partners at a Leaders' Breakfast")
    """

    title = factory.Sequence(lambda n: f"Image {n}")
    description = "A photograph from an alliance event"
    file = factory.django.ImageField(width=640, height=480, format="JPEG")

    class Meta:
        model = CustomImage
