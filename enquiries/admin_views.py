"""
The enquiries inbox in the Wagtail admin.

LLA editors (with `view_all_enquiries`) see every enquiry; a network's editors
see only enquiries to their network, in the listing, the export, the editor
and the dashboard alike, because every view starts from
`Enquiry.objects.for_user()`. Enquiries arrive only through the contact form:
nobody can add one here, and only those with `delete_enquiry` can erase one.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

import django_filters

from core import outbox
from core.models import Email
from core.spreadsheets import SafeSpreadsheetExportMixin
from networks import meetings
from networks.models import NetworkPage, RosterMember, networks_run_by

from .models import Enquiry


class EnquiryPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, except that no one adds an enquiry by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Enquiry, EnquiryPermissionPolicy(Enquiry), exact_class=True)


def _networks_for(request):
    if request is None:
        return NetworkPage.objects.none()
    user = request.user
    if not user.has_perm("enquiries.view_all_enquiries"):
        # A network editor filters by their own networks only, even where an
        # enquiry they can see also went to another network.
        return (
            NetworkPage.objects.filter(editors__group__user=user)
            .distinct()
            .order_by("title")
        )
    visible = Enquiry.objects.for_user(user)
    return (
        NetworkPage.objects.filter(enquiries__in=visible).distinct().order_by("title")
    )


STUCK = "stuck"


class EnquiryFilterSet(WagtailFilterSet):
    network = django_filters.ModelChoiceFilter(
        label="Network",
        field_name="networks",
        queryset=_networks_for,
        distinct=True,
    )
    kind = django_filters.ChoiceFilter(label="Kind", choices=Enquiry.Kind.choices)
    status = django_filters.ChoiceFilter(label="Status", choices=Enquiry.Status.choices)
    delivery = django_filters.ChoiceFilter(
        label="Email delivery",
        choices=[*Email.Status.choices, (STUCK, "Stuck (its worker stopped)")],
        method="filter_delivery",
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Received", widget=DateRangePickerWidget
    )

    class Meta:
        model = Enquiry
        fields = []

    def filter_delivery(self, queryset, name, value):
        emails = Email.objects.about_model(Enquiry)
        matching = emails.stuck() if value == STUCK else emails.filter(status=value)
        return queryset.filter(pk__in=matching.values("about_id"))


class ScopedMixin:
    """Every object view finds its enquiry among those the user may see."""

    def get_base_object_queryset(self):
        return Enquiry.objects.for_user(self.request.user)

    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs["pk"]))
        return get_object_or_404(self.get_base_object_queryset(), pk=pk)


class IndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    """The inbox; its CSV and XLSX exports never hold a cell that runs."""

    def get_base_queryset(self):
        return (
            Enquiry.objects.for_user(self.request.user)
            .prefetch_related("networks", "emails")
            .order_by("-created_at", "-pk")
        )


class EditView(ScopedMixin, generic.EditView):
    pass


class DeleteView(ScopedMixin, generic.DeleteView):
    pass


class HistoryView(ScopedMixin, generic.history.HistoryView):
    pass


class UsageView(ScopedMixin, generic.usage.UsageView):
    pass


class EnquiryDetailsPanel(Panel):
    """What the visitor sent, and what became of each email, read-only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "enquiries/admin/details_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            enquiry = self.instance
            context["enquiry"] = enquiry
            context["emails"] = enquiry.emails.order_by("pk")
            context["can_retry"] = self.request.user.has_perm(
                "enquiries.change_enquiry"
            )
            context["rosters"] = _rosters(self.request.user, enquiry)
            return context


def _rosters(user, enquiry):
    """
    (network, roster row or None) for each network of the enquiry whose
    roster `user` runs: where "Add to the network" can put the person.
    """
    if enquiry.pk is None or not user.has_perm("networks.add_rostermember"):
        return []
    networks = networks_run_by(user).filter(enquiries=enquiry).order_by("title")
    on_roster = {
        member.network_id: member
        for member in RosterMember.objects.filter(
            network__in=networks, email__iexact=enquiry.email
        )
    }
    return [(network, on_roster.get(network.pk)) for network in networks]


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    icon = "mail"
    menu_label = "Enquiries"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView
    filterset_class = EnquiryFilterSet
    search_fields = ["name", "email", "organisation", "role", "message", "notes"]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "name",
            label="From",
            url_name="enquiries:edit",
        ),
        "organisation",
        Column("network_titles", label="Networks"),
        Column("get_kind_display", label="Kind"),
        Column("get_status_display", label="Status"),
        Column("delivery_summary", label="Emails"),
        DateColumn("created_at", label="Received", sort_key="created_at"),
    ]
    list_export = [
        "created_at",
        "kind",
        "network_titles",
        "name",
        "email",
        "organisation",
        "role",
        "message",
        "status",
        "notes",
        "delivery_summary",
    ]
    export_headings = {
        "created_at": "Received",
        "network_titles": "Networks",
        "delivery_summary": "Emails",
    }
    export_filename = "enquiries"
    edit_handler = ObjectList(
        [
            EnquiryDetailsPanel(heading="The enquiry"),
            FieldPanel("status"),
            FieldPanel("notes"),
        ]
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<int:pk>/", self.retry_view, name="retry"),
            path(
                "add-to-network/<int:pk>/",
                self.add_to_network_view,
                name="add_to_network",
            ),
        ]

    def add_to_network_view(self, request, pk):
        """
        “Add to the network” on a join request: the person goes on the
        network's roster, with the fields they sent, and is welcomed.
        """
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm("networks.add_rostermember"):
            raise PermissionDenied
        enquiry = get_object_or_404(Enquiry.objects.for_user(request.user), pk=pk)
        network = get_object_or_404(
            networks_run_by(request.user).filter(enquiries=enquiry),
            pk=request.POST.get("network", "").strip() or 0,
        )
        member, added = meetings.add_to_roster(
            network,
            name=enquiry.name,
            email=enquiry.email,
            organisation=enquiry.organisation,
            role=enquiry.role,
            source=enquiry,
            by=request.user,
        )
        if added:
            if enquiry.status in (Enquiry.Status.NEW, Enquiry.Status.CONTACTED):
                enquiry.status = Enquiry.Status.JOINED
                enquiry.save(update_fields=["status"])
            messages.success(
                request,
                f"{member.name} is on the {network.title}'s roster, and a "
                "welcome email with its next meetings is on its way.",
            )
        else:
            messages.info(
                request, f"{member.name} is already on the {network.title}'s roster."
            )
        return redirect(reverse(self.get_url_name("edit"), args=[enquiry.pk]))

    def retry_view(self, request, pk):
        """“Send again” on a failed or stuck email, from the enquiry's edit form."""
        if request.method != "POST":
            raise Http404
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        enquiry = get_object_or_404(Enquiry.objects.for_user(request.user), pk=pk)
        failed = get_object_or_404(
            enquiry.emails, pk=request.POST.get("email", "").strip() or 0
        )
        if outbox.send_again(failed):
            messages.success(request, f"Sending again: {failed.recipient}.")
        else:
            messages.warning(
                request, "That email is neither failed nor stuck: nothing to resend."
            )
        return redirect(reverse(self.get_url_name("edit"), args=[enquiry.pk]))


enquiry_viewset = EnquiryViewSet("enquiries")
