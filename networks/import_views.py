"""
Importing a list of people (CSV or XLSX) into one network's roster, in the
Wagtail admin, in three steps:

1. choose the network, the file, and whether to send welcome emails;
2. preview: what would be added, what is a duplicate, which rows are bad and
   why. Nothing is saved. The good rows travel to step 3 in a signed, salted
   and time-limited hidden field (not the session, so nothing is left behind
   by an import that is never confirmed, and the file is not uploaded again);
3. confirm: the rows are checked against the roster again (someone may have
   been added meanwhile) and saved in one transaction.

Parsing and checking are in roster_import.py. Who may import: anyone with
`networks.add_rostermember`, into the networks `networks_run_by` them.
"""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.views import View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import meetings, roster_import
from .models import NetworkPage, RosterMember, networks_run_by

PAYLOAD_SALT = "networks.roster_import.rows"
PAYLOAD_MAX_AGE = 60 * 60  # seconds: a preview is good for an hour
# The confirm form posts the payload back: it must stay well under Django's
# DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB). Only a list of very long cells gets
# near this; 5,000 ordinary rows make about 100 KB.
MAX_PAYLOAD_CHARS = 2_000_000
SHOWN_TO_ADD = 100
SHOWN_SKIPPED = 500

EXPIRED = (
    "The preview could not be used: it is more than an hour old, or it was "
    "changed on the way. Nothing was saved. Choose the file again."
)
NOT_SAVED = (
    "Someone changed this roster while the list was being saved, so nothing "
    "was saved. Choose the file again to see what is still to add."
)


class ImportForm(forms.Form):
    network = forms.ModelChoiceField(
        queryset=NetworkPage.objects.none(),
        empty_label="Choose a network",
        error_messages={
            "required": "Choose the network whose roster the list is for.",
            "invalid_choice": "Choose one of the networks you run.",
        },
    )
    file = forms.FileField(
        label="List of people",
        help_text=(
            "A CSV file (UTF-8) or an Excel workbook (.xlsx), up to 2 MB and "
            "5,000 people. Its first row names the columns: name and email, "
            "and if you like organisation and role. From a workbook, the "
            "first sheet is read."
        ),
        error_messages={"required": "Choose a file to import."},
    )
    welcome = forms.BooleanField(
        label="Send each new person a welcome email",
        help_text="With the network's next meetings and how to leave the list.",
        required=False,
        initial=True,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        networks = networks_run_by(user).order_by("title")
        self.fields["network"].queryset = networks
        if len(networks) == 1:
            self.fields["network"].initial = networks[0].pk
        for name, field in self.fields.items():
            described_by = [f"id_{name}-errors"]
            if field.help_text:
                described_by.insert(0, f"id_{name}-helptext")
            field.widget.attrs["aria-describedby"] = " ".join(described_by)
        self.fields["file"].widget.attrs["accept"] = ".csv,.xlsx"
        self.table = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if name.endswith(".xls"):
            raise forms.ValidationError(
                "Older Excel files (.xls) cannot be read. Save it as an Excel "
                "workbook (.xlsx) or as “CSV UTF-8”, and choose that."
            )
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError("Choose a CSV file or an .xlsx workbook.")
        if upload.size > roster_import.MAX_BYTES:
            raise forms.ValidationError(
                "The file is larger than 2 MB. Split the list into smaller files."
            )
        try:
            self.table = roster_import.read(upload.name, upload.read())
        except roster_import.FileRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None
        return upload


# Handing the rows from the preview to the confirm step --------------------


@dataclass
class Handoff:
    network_id: int
    welcome: bool
    people: list  # [roster_import.Person]


class BadHandoff(Exception):
    """The signed rows are missing, changed, someone else's, or too old."""


def sign_handoff(user, network, welcome, people):
    data = {
        "user": user.pk,
        "network": network.pk,
        "welcome": welcome,
        "rows": [person.as_list() for person in people],
    }
    return signing.dumps(data, salt=PAYLOAD_SALT, compress=True)


def read_handoff(token, user):
    try:
        data = signing.loads(token, salt=PAYLOAD_SALT, max_age=PAYLOAD_MAX_AGE)
        if data["user"] != user.pk:
            raise BadHandoff
        people = [roster_import.Person.from_list(row) for row in data["rows"]]
        return Handoff(int(data["network"]), bool(data["welcome"]), people)
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise BadHandoff from None


# Saving ---------------------------------------------------------------------


def on_roster(network):
    """{email in lower case: status} of everyone on `network`'s roster."""
    rows = RosterMember.objects.filter(network=network).values_list("email", "status")
    return {email.lower(): status for email, status in rows}


@transaction.atomic
def save_people(network, people, *, welcome, by):
    """
    Adds `people` who are still not on the roster; returns (added, skipped).
    With `welcome`, each gets the welcome email (and the invitations to
    meetings already announced) as when added by hand, from the worker.
    """
    plan = roster_import.sort_rows(people, on_roster(network))
    members = [new_member(network, person, by) for person in plan.to_add]
    added = RosterMember.objects.bulk_create(members, batch_size=500)
    if welcome and added:
        # Thousands of welcomes are written by the email worker, not here.
        ids = [member.pk for member in added]
        transaction.on_commit(lambda: meetings.welcome_members.enqueue(ids))
    added = len(added)
    return added, len(people) - added


def new_member(network, person, by):
    return RosterMember(
        network=network,
        name=person.name,
        email=person.email,
        organisation=person.organisation,
        role=person.role,
        status=RosterMember.Status.ACTIVE,
        added_by=by,
    )


def people(count):
    return f"{count:,} {'person' if count == 1 else 'people'}"


def success_message(network, added, skipped, welcome):
    text = f"{people(added)} added to the {network.title}'s roster."
    if skipped:
        text += (
            f" {people(skipped)} skipped: already on the roster, or added "
            "since the preview."
        )
    if added and welcome:
        text += " Welcome emails are on their way."
    return text


# The view -------------------------------------------------------------------


class RosterImportView(WagtailAdminTemplateMixin, View):
    template_name = "networks/admin/roster_import.html"
    page_title = "Import a list"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("networks.add_rostermember"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("roster:index"), "label": "Rosters"},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request):
        return self.show_form(ImportForm(user=request.user))

    def post(self, request):
        if request.POST.get("step") == "confirm":
            return self.confirm()
        return self.preview()

    def show_form(self, form, problem="", status=200):
        context = self.get_context_data(
            form=form,
            problem=problem,
            has_networks=form.fields["network"].queryset.exists(),
        )
        return self.render_to_response(context, status=status)

    def preview(self):
        form = ImportForm(self.request.POST, self.request.FILES, user=self.request.user)
        if not form.is_valid():
            return self.show_form(form)
        network = form.cleaned_data["network"]
        welcome = form.cleaned_data["welcome"]
        plan = roster_import.sort_rows(form.table.rows, on_roster(network))
        payload = sign_handoff(self.request.user, network, welcome, plan.to_add)
        if len(payload) > MAX_PAYLOAD_CHARS:
            form.add_error("file", "The list is too large to import at once. Split it.")
            return self.show_form(form)
        context = self.get_context_data(
            step="preview",
            network=network,
            welcome=welcome,
            plan=plan,
            filename=form.cleaned_data["file"].name,
            ignored_columns=form.table.ignored_columns,
            to_add=plan.to_add[:SHOWN_TO_ADD],
            more_to_add=max(0, len(plan.to_add) - SHOWN_TO_ADD),
            duplicates=plan.duplicates[:SHOWN_SKIPPED],
            more_duplicates=max(0, len(plan.duplicates) - SHOWN_SKIPPED),
            bad=plan.bad[:SHOWN_SKIPPED],
            more_bad=max(0, len(plan.bad) - SHOWN_SKIPPED),
            payload=payload,
        )
        return self.render_to_response(context)

    def confirm(self):
        user = self.request.user
        try:
            handoff = read_handoff(self.request.POST.get("payload", ""), user)
        except BadHandoff:
            return self.show_form(ImportForm(user=user), problem=EXPIRED, status=400)
        network = networks_run_by(user).filter(pk=handoff.network_id).first()
        if network is None:
            raise PermissionDenied
        try:
            added, skipped = save_people(
                network, handoff.people, welcome=handoff.welcome, by=user
            )
        except IntegrityError:
            return self.show_form(ImportForm(user=user), problem=NOT_SAVED, status=409)
        messages.success(
            self.request, success_message(network, added, skipped, handoff.welcome)
        )
        return redirect(f"{reverse('roster:index')}?network={network.pk}")
