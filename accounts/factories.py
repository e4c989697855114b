import factory
from factory.django import DjangoModelFactory

from .membership import members_group
from .models import User


class UserFactory(DjangoModelFactory):
    """
    A site user. Passwords are "password" unless given.

        editor = UserFactory(is_staff=True, groups=[editors_group])
    """

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("password")

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


class MemberFactory(UserFactory):
    """A member of a partner organisation: a user in the Members group."""

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            self.groups.add(members_group(), *(extracted or []))
