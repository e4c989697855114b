"""
The Outbox in the admin: every email the site has sent or is sending, what
failed and what is stuck, with "Send again". Recipients are named in words;
addresses are never shown. LLA editors (`core.view_email`) see it; each
enquiry's own emails also show on that enquiry in the inbox.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

import django_filters

from . import outbox
from .models import Email

STUCK = "stuck"
SEND_AGAIN = "core.send_email_again"


class EmailFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label="Status",
        choices=[*Email.Status.choices, (STUCK, "Stuck (its worker stopped)")],
        method="filter_state",
    )
    kind = django_filters.ChoiceFilter(label="Kind", choices=[], method="filter_kind")
    created_at = django_filters.DateFromToRangeFilter(
        label="Written", widget=DateRangePickerWidget
    )

    class Meta:
        model = Email
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = Email.objects.order_by("kind").values_list("kind", flat=True)
        self.filters["kind"].extra["choices"] = [(k, k) for k in kinds.distinct()]

    def filter_state(self, queryset, name, value):
        return queryset.stuck() if value == STUCK else queryset.filter(status=value)

    def filter_kind(self, queryset, name, value):
        return queryset.filter(kind=value)


class InspectView(generic.InspectView):
    template_name = "core/admin/outbox_inspect.html"

    def get_status_display_value(self):
        return self.object.status_label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_send_again"] = self.object.can_send_again and (
            self.request.user.has_perm(SEND_AGAIN)
        )
        return context


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """An email is written by the site, not in the admin: no adding or editing."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Email, OutboxPermissionPolicy(Email), exact_class=True)


class OutboxViewSet(ModelViewSet):
    model = Email
    icon = "mail"
    menu_label = "Outbox"
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    # Never editable (OutboxPermissionPolicy); a form class is still required.
    exclude_form_fields = []
    inspect_view_enabled = True
    inspect_view_class = InspectView
    inspect_view_fields = [
        "created_at",
        "kind",
        "recipient",
        "subject",
        "status",
        "attempts",
        "last_error",
        "next_attempt_at",
        "sent_at",
        "body",
    ]
    filterset_class = EmailFilterSet
    search_fields = ["subject", "recipient", "kind"]
    list_per_page = 50
    list_display = [
        TitleColumn("subject", label="Subject", url_name="outbox:inspect"),
        "recipient",
        "kind",
        Column("status_label", label="Status"),
        "attempts",
        DateColumn("created_at", label="Written", sort_key="created_at"),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("send-again/<int:pk>/", self.send_again_view, name="send_again"),
        ]

    def send_again_view(self, request, pk):
        if request.method != "POST":
            raise Http404
        if not request.user.has_perm(SEND_AGAIN):
            raise PermissionDenied
        email = get_object_or_404(Email, pk=pk)
        if outbox.send_again(email):
            messages.success(request, f"Sending again: {email.recipient}.")
        else:
            messages.warning(
                request, "That email is neither failed nor stuck: nothing to resend."
            )
        return redirect(reverse("outbox:inspect", args=[email.pk]))


outbox_viewset = OutboxViewSet("outbox")
