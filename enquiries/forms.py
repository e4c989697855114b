"""The contact form. Every field has a length limit and a plain-English error."""

from django import forms

from core.forms import single_line_field, too_long
from core.privacy import public
from networks.models import NetworkPage

from .models import Enquiry
from .spam import HONEYPOT_FIELD


def network_choices():
    """The live, public networks, as (id, title): ids, never addresses."""
    return [
        (str(pk), title)
        for pk, title in public(NetworkPage.objects.live())
        .order_by("title")
        .values_list("pk", "title")
    ]


class EnquiryForm(forms.Form):
    networks = forms.MultipleChoiceField(
        label="Which networks is this for?",
        help_text="Choose one or more.",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one network.",
            "invalid_choice": (
                "Choose networks from the list: one you sent is not a network we have."
            ),
            "invalid_list": "Choose networks from the list.",
        },
    )
    kind = forms.ChoiceField(
        label="What would you like to do?",
        choices=[
            (Enquiry.Kind.JOIN, "Join the network"),
            (Enquiry.Kind.QUESTION, "Ask a question"),
        ],
        initial=Enquiry.Kind.JOIN,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose whether you want to join or ask a question.",
            "invalid_choice": "Choose whether you want to join or ask a question.",
        },
    )
    name = single_line_field("Your name", 200, missing="Enter your name.")
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="The network's lead replies to this address.",
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@school.org.uk.",
            "max_length": too_long(254),
        },
    )
    organisation = single_line_field(
        "Organisation",
        200,
        missing="Enter the school, college or organisation you work for.",
        help_text="Your school, college or organisation.",
    )
    role = single_line_field("Your role", 200, required=False, help_text="Optional.")
    message = forms.CharField(
        label="Your message",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": "Enter a message.",
            "max_length": too_long(5000),
        },
    )
    consent = forms.BooleanField(
        label=(
            "I agree to the Leeds Learning Alliance storing my enquiry and "
            "sharing it with the leads of the networks I have chosen."
        ),
        error_messages={
            "required": "Tick the box to agree, so that we can pass your "
            "enquiry to the networks' leads."
        },
    )
    # Spam traps: see spam.py. Neither is stored.
    website = forms.CharField(label="Leave this empty", required=False)
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = [
        "networks",
        "kind",
        "name",
        "email",
        "organisation",
        "role",
        "message",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["networks"].choices = network_choices()
        autocomplete = {
            "name": "name",
            "email": "email",
            "organisation": "organization",
            "role": "organization-title",
        }
        for name, token in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        self.fields[HONEYPOT_FIELD].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1"}
        )

    def clean_email(self):
        # Django's validator lets through some Unicode spaces and separators
        # (U+2028 in the domain, for one), which have no place in a header.
        email = self.cleaned_data["email"]
        if any(char.isspace() or not char.isprintable() for char in email):
            raise forms.ValidationError(
                self.fields["email"].error_messages["invalid"], code="invalid"
            )
        return email

    def clean_networks(self):
        ids = [int(pk) for pk in self.cleaned_data["networks"]]
        return list(NetworkPage.objects.filter(pk__in=ids).order_by("title"))

    @property
    def visible_fields_with_errors(self):
        """(field, first error) in form order, for the error summary."""
        return [
            (self[name], errors[0])
            for name, errors in self.errors.items()
            if name in self.fields
        ]
