"""
Run once per test session by tests/faults/stack.py, after the LLA content is
loaded: the accounts the fault tests sign in with.
"""

import django

django.setup()

from django.contrib.auth.models import Group  # noqa: E402

from allauth.account.models import EmailAddress  # noqa: E402

from accounts.models import User  # noqa: E402
from resources.models import MEMBERS_GROUP  # noqa: E402
from tests.faults.stack import MEMBER_EMAIL, MEMBER_PASSWORD  # noqa: E402

member = User.objects.create_user("member", MEMBER_EMAIL, MEMBER_PASSWORD)
member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
EmailAddress.objects.create(
    user=member, email=MEMBER_EMAIL, verified=True, primary=True
)
