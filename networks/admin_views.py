"""
Running a network in the Wagtail admin: its roster, its meetings with who
replied and who came, and a report by term.

Every view starts from `networks_run_by(user)`: a network's own editors
(its lead) see and change only their networks' rosters and meetings; LLA
editors (`manage_all_rosters`) see every network's. Rosters are never public.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

import django_filters

from core.spreadsheets import SafeSpreadsheetExportMixin, neutralise_cell

from . import meetings
from .models import (
    Attendee,
    MeetingRecord,
    NetworkPage,
    RosterMember,
    networks_run_by,
)


def _networks(request):
    if request is None:
        return NetworkPage.objects.none()
    return networks_run_by(request.user).order_by("title")


class RosterFilterSet(WagtailFilterSet):
    network = django_filters.ModelChoiceFilter(queryset=_networks)
    status = django_filters.ChoiceFilter(choices=RosterMember.Status.choices)

    class Meta:
        model = RosterMember
        fields = ["network", "status"]


class RosterForm(forms.ModelForm):
    """A roster row; its network is one the user runs."""

    class Meta:
        model = RosterMember
        fields = ["network", "name", "email", "organisation", "role", "status"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if for_user is not None:
            self.fields["network"].queryset = networks_run_by(for_user).order_by(
                "title"
            )
        for name in ("name", "organisation", "role"):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "organisation", "role"):
            if cleaned.get(name):
                cleaned[name] = " ".join(cleaned[name].split())
        network, email = cleaned.get("network"), cleaned.get("email")
        if network and email:
            taken = RosterMember.objects.filter(network=network, email__iexact=email)
            if self.instance.pk:
                taken = taken.exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error("email", "This address is already on that roster.")
        return cleaned


class ScopedMixin:
    def get_base_queryset(self):
        return RosterMember.objects.for_user(self.request.user).select_related(
            "network"
        )

    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs["pk"]))
        return get_object_or_404(self.get_base_queryset(), pk=pk)


class ForUserMixin:
    """The roster form offers only the networks the user runs."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class RosterIndexView(ScopedMixin, SafeSpreadsheetExportMixin, generic.IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("networks.add_rostermember"):
            buttons.append(
                HeaderButton(
                    "Import a list", url=reverse("roster_import"), icon_name="upload"
                )
            )
        return buttons


class RosterCreateView(ScopedMixin, ForUserMixin, generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        member, _ = meetings.add_to_roster(
            data["network"],
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            by=self.request.user,
        )
        return member

    def get_success_message(self, instance):
        return (
            f"{instance.name} is on the {instance.network.title}'s roster; a "
            "welcome email is on its way."
        )


class RosterEditView(ScopedMixin, ForUserMixin, generic.EditView):
    pass


class RosterDeleteView(ScopedMixin, generic.DeleteView):
    pass


class RosterViewSet(ModelViewSet):
    model = RosterMember
    icon = "group"
    menu_label = "Rosters"
    index_view_class = RosterIndexView
    add_view_class = RosterCreateView
    edit_view_class = RosterEditView
    delete_view_class = RosterDeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = RosterFilterSet
    search_fields = ["name", "email", "organisation", "role"]
    list_per_page = 50
    list_display = [
        TitleColumn("name", url_name="roster:edit"),
        "email",
        "organisation",
        Column("network", label="Network"),
        Column("get_status_display", label="Status"),
        DateColumn("joined", label="Joined", sort_key="joined"),
    ]
    list_export = ["network", "name", "email", "organisation", "role", "status"]
    export_filename = "roster"

    def get_form_class(self, for_update=False):
        return RosterForm


# Meetings, attendance and the report -------------------------------------


class MeetingFilterSet(WagtailFilterSet):
    network = django_filters.ModelChoiceFilter(queryset=_networks)

    class Meta:
        model = MeetingRecord
        fields = ["network"]


class MeetingIndexView(generic.IndexView):
    """Meetings come from network pages: there is nothing to add here."""

    def get_add_url(self):
        return None

    def get_base_queryset(self):
        return (
            MeetingRecord.objects.for_user(self.request.user)
            .select_related("network")
            .annotate(
                coming=Count("attendees", filter=Q(attendees__reply="yes")),
                came=Count("attendees", filter=Q(attendees__attended=True)),
            )
        )


class MeetingViewSet(ModelViewSet):
    """Each meeting as the roster was told of it, with replies and attendance."""

    model = MeetingRecord
    icon = "date"
    menu_label = "Meetings"
    index_view_class = MeetingIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = MeetingFilterSet
    form_fields = ["agenda"]
    list_per_page = 50
    list_display = [
        TitleColumn(
            "__str__",
            label="Meeting",
            get_url=lambda record: reverse("meetings:attendance", args=[record.pk]),
        ),
        Column("when", label="When", sort_key="starts_at"),
        Column("where", label="Where"),
        Column("coming", label="Coming"),
        Column("came", label="Came"),
        Column("state", label="Status"),
    ]

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/attendance/", self.attendance_view, name="attendance"),
            path("report/", self.report_view, name="report"),
        ]

    def _record(self, request, pk):
        if not request.user.has_perm("networks.view_meetingrecord"):
            raise PermissionDenied
        return get_object_or_404(
            MeetingRecord.objects.for_user(request.user).select_related("network"),
            pk=pk,
        )

    def attendance_view(self, request, pk):
        """Who said they would come, and ticking who came, on one screen."""
        record = self._record(request, pk)
        roster = record.network.roster.order_by("name")
        with transaction.atomic():
            for member in roster.exclude(status=RosterMember.Status.LEFT):
                Attendee.objects.get_or_create(meeting=record, member=member)
        attendees = (
            record.attendees.select_related("member")
            .exclude(~Q(attended=True), member__status=RosterMember.Status.LEFT)
            .order_by("member__name")
        )
        if request.method == "POST":
            if not request.user.has_perm("networks.change_meetingrecord"):
                raise PermissionDenied
            came = set(request.POST.getlist("came"))
            for attendee in attendees:
                attended = str(attendee.pk) in came
                if attendee.attended != attended:
                    attendee.attended = attended
                    attendee.save(update_fields=["attended"])
            messages.success(
                request, f"Attendance saved: {len(came)} came to {record}."
            )
            return redirect(reverse("meetings:attendance", args=[record.pk]))
        return TemplateResponse(
            request,
            "networks/admin/attendance.html",
            {
                "record": record,
                "attendees": attendees,
                "header_title": f"Attendance: {record}",
                "page_title": f"Attendance: {record}",
                "header_icon": "date",
                "coming": sum(1 for a in attendees if a.reply == "yes"),
                "not_coming": sum(1 for a in attendees if a.reply == "no"),
                "index_url": reverse("meetings:index"),
            },
        )

    def report_view(self, request):
        """Meetings, invited, accepted and attended, by network and term."""
        if not request.user.has_perm("networks.view_meetingrecord"):
            raise PermissionDenied
        rows = report_rows(networks_run_by(request.user))
        if request.GET.get("export") == "csv":
            return _csv(rows)
        return TemplateResponse(
            request,
            "networks/admin/report.html",
            {
                "rows": rows,
                "header_title": "Network report",
                "page_title": "Network report",
                "page_subtitle": "Meetings, invited, accepted and attended, by term",
                "header_icon": "table",
            },
        )


REPORT_HEADINGS = ["Network", "Term", "Meetings", "Invited", "Accepted", "Attended"]


def report_rows(networks):
    records = (
        MeetingRecord.objects.filter(network__in=networks, cancelled=False)
        .select_related("network")
        .annotate(
            invited=Count("attendees", filter=Q(attendees__sent_sequence__gte=0)),
            accepted=Count("attendees", filter=Q(attendees__reply="yes")),
            attended=Count("attendees", filter=Q(attendees__attended=True)),
        )
        .order_by("network__title", "starts_at")
    )
    totals = {}
    for record in records:
        key = (record.network.title, record.term)
        row = totals.setdefault(key, [0, 0, 0, 0])
        row[0] += 1
        row[1] += record.invited
        row[2] += record.accepted
        row[3] += record.attended
    return [[*key, *counts] for key, counts in totals.items()]


def _csv(rows):
    import csv

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="network-report.csv"'
    writer = csv.writer(response)
    writer.writerow(REPORT_HEADINGS)
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return response


class RunningNetworks(ViewSetGroup):
    items = (
        RosterViewSet("roster"),
        MeetingViewSet("meetings"),
    )
    menu_icon = "group"
    menu_label = "Running networks"
    menu_name = "running-networks"
    menu_order = 260


def next_meetings(user, limit=5):
    """
    Each network's next meeting that `user` runs, soonest first, with its
    replies counted: for the dashboard.
    """
    records = (
        MeetingRecord.objects.for_user(user)
        .filter(cancelled=False, starts_at__gte=timezone.now())
        .select_related("network")
        .annotate(
            coming=Count("attendees", filter=Q(attendees__reply="yes")),
            not_coming=Count("attendees", filter=Q(attendees__reply="no")),
            invited=Count("attendees", filter=Q(attendees__sent_sequence__gte=0)),
        )
        .order_by("starts_at")
    )
    soonest = {}
    for record in records[:200]:
        soonest.setdefault(record.network_id, record)
    return list(soonest.values())[:limit]
