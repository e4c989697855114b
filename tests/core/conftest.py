"""Fixtures for the admin tests: every listing and report with a row to show."""

import datetime

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Workflow

import pytest
from allauth.account.models import EmailAddress

from accounts.factories import UserFactory
from accounts.models import User
from enquiries.factories import EnquiryFactory
from networks.models import NetworkPage
from resources.models import DownloadCount, ResourcePage
from search.models import SearchMiss


@pytest.fixture
def admin_with_rows(lla_site):
    """The LLA content, and a row in every listing and report the project adds."""
    superuser = UserFactory(is_superuser=True, email="admin@lla.example")
    now = timezone.now()
    applicant = None
    for status in User.Membership.values[1:]:
        person = UserFactory(
            email=f"{status}@school.example",
            membership=status,
            membership_requested_at=now,
            organisation_name="Armley Primary School",
        )
        EmailAddress.objects.create(user=person, email=person.email, verified=True)
        applicant = applicant or person
    network = NetworkPage.objects.live().order_by("title").first()
    EnquiryFactory(networks=[network])

    SearchMiss.objects.create(
        query_string="forest school", scope="site", date=now.date(), hits=2
    )
    Query.get("phonics").add_hit()
    resource = ResourcePage.objects.live().order_by("pk").first()
    DownloadCount.objects.create(resource=resource, date=now.date(), count=3)

    # Locked, in moderation, and not published for a long while: a row in
    # each of Wagtail's reports that the project serves.
    page = Page.objects.get(pk=resource.pk).specific
    page.locked, page.locked_by, page.locked_at = True, superuser, now
    page.save()
    page.save_revision(user=superuser, log_action=True)
    Workflow.objects.filter(active=True).first().start(page, superuser)
    Page.objects.filter(pk=network.pk).update(
        last_published_at=now - datetime.timedelta(days=400)
    )
    return superuser, applicant
