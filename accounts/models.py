from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """
    The site's user: editors, network leads and members.

    Editors are made in the Wagtail admin and never apply for membership.
    An educator signs up on the site, and is a member once their verified
    email address is at a partner organisation's domain, or once an LLA editor
    approves them (accounts/membership.py). Access itself is the Members group:
    see `resources.models.is_member`.
    """

    class Membership(models.TextChoices):
        NONE = "none", "Not applied"
        PENDING = "pending", "Waiting for approval"
        APPROVED = "approved", "Member"
        DECLINED = "declined", "Declined"

    email = models.EmailField("email address", blank=True)
    organisation_name = models.CharField(
        "school or organisation",
        max_length=200,
        blank=True,
        help_text="As the person gave it when they signed up.",
    )
    job_title = models.CharField("role", max_length=120, blank=True)
    organisation = models.ForeignKey(
        "networks.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="The partner organisation whose email domain let them in.",
    )
    membership = models.CharField(
        max_length=10, choices=Membership.choices, default=Membership.NONE
    )
    membership_requested_at = models.DateTimeField(null=True, blank=True)
    membership_decided_at = models.DateTimeField(null=True, blank=True)
    membership_decided_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when a partner's email domain decided it.",
    )

    class Meta:
        db_table = "accounts_user"
        permissions = [("review_members", "Can approve or decline members")]
        indexes = [models.Index(fields=["membership", "membership_requested_at"])]

    def __str__(self):
        return self.get_full_name() or self.email or self.username
