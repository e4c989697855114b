"""
Members in the Wagtail admin: who is waiting for approval, and the approve
and decline buttons. Only those with `accounts.review_members` (LLA editors)
see it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet

import django_filters
from allauth.account.models import EmailAddress

from . import membership
from .models import User

PERMISSION = "accounts.review_members"


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


class MemberFilterSet(WagtailFilterSet):
    membership = django_filters.ChoiceFilter(
        label="Status",
        choices=[c for c in User.Membership.choices if c[0] != User.Membership.NONE],
        empty_label="Waiting for approval",
        method="filter_membership",
    )

    class Meta:
        model = User
        fields = []

    def filter_membership(self, queryset, name, value):
        return queryset.filter(membership=value)


class DecisionColumn(Column):
    """Approve and decline buttons, each a small POST form."""

    cell_template_name = "accounts/admin/decision_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["approve_url"] = reverse("members:approve", args=[instance.pk])
        context["decline_url"] = reverse("members:decline", args=[instance.pk])
        context["next_url"] = request.get_full_path()
        # Wagtail renders a cell's template with a plain dict, without the
        # request, so no context processor runs: without this the forms'
        # {% csrf_token %} draws nothing and every first press is refused.
        context["csrf_token"] = get_token(request)
        return context


class PendingMembersView(generic.IndexView):
    model = User
    # Not Wagtail's user permissions: `review_members`, checked in dispatch.
    permission_required = None
    any_permission_required = None
    page_title = "Members"
    header_icon = "group"
    index_url_name = "members:index"
    index_results_url_name = "members:index_results"
    filterset_class = MemberFilterSet
    search_fields = ["first_name", "last_name", "email", "organisation_name"]
    paginate_by = 50
    default_ordering = "membership_requested_at"
    columns = [
        Column("__str__", label="Name"),
        Column("email", label="Email"),
        BooleanColumn("email_verified", label="Email verified"),
        Column("organisation_name", label="School or organisation"),
        Column("job_title", label="Role"),
        DateColumn(
            "membership_requested_at",
            label="Signed up",
            sort_key="membership_requested_at",
        ),
        Column("get_membership_display", label="Status"),
        DecisionColumn("decision", label="Decision"),
    ]

    def dispatch(self, request, *args, **kwargs):
        _check(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        verified = EmailAddress.objects.filter(user_id=OuterRef("pk"), verified=True)
        applicants = User.objects.exclude(membership=User.Membership.NONE)
        if not self.request.GET.get("membership"):
            # Unfiltered, the listing is the people waiting for a decision.
            applicants = applicants.filter(membership=User.Membership.PENDING)
        return applicants.annotate(email_verified=Exists(verified))


@require_POST
def decide(request, pk, decision):
    _check(request)
    applicants = User.objects.exclude(membership=User.Membership.NONE)
    user = get_object_or_404(applicants, pk=pk)
    if decision == "approve":
        changed = membership.approve(user, by=request.user)
        done = f"{user} is now a member, and has been emailed."
        text = done if changed else f"{user} was already a member."
    else:
        changed = membership.decline(user, by=request.user)
        done = f"{user} has been declined, and has been emailed."
        text = done if changed else f"{user} was already declined."
    messages.success(request, text)
    next_url = request.POST.get("next", "")
    if not next_url.startswith(reverse("members:index")):
        next_url = reverse("members:index")
    return redirect(next_url)


class MembersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class MembersViewSet(ViewSet):
    name = "members"
    icon = "group"
    menu_label = "Members"
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "members"

    def get_urlpatterns(self):
        return [
            path("", PendingMembersView.as_view(), name="index"),
            path(
                "results/",
                PendingMembersView.as_view(results_only=True),
                name="index_results",
            ),
            path("<int:pk>/approve/", decide, {"decision": "approve"}, name="approve"),
            path("<int:pk>/decline/", decide, {"decision": "decline"}, name="decline"),
        ]

    menu_item_class = MembersMenuItem


members_viewset = MembersViewSet()
