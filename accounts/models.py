from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """
    The site's user: editors, network leads and members.

    Custom from the first migration so that member details (approval, the
    partner organisation a member belongs to) can be added without swapping
    the user model later.
    """

    email = models.EmailField("email address", blank=True)

    class Meta:
        db_table = "accounts_user"

    def __str__(self):
        return self.get_full_name() or self.username
