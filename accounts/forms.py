"""The member's details asked for at sign-up, on top of allauth's email and password."""

from django import forms

from wagtail.admin.forms.auth import LoginForm

from core.forms import single_line_field

from . import membership


class MemberDetailsForm(forms.Form):
    """allauth's ACCOUNT_SIGNUP_FORM_CLASS: fields before email and password."""

    name = single_line_field(
        "Your name",
        150,
        missing="Enter your name.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation_name = single_line_field(
        "School or organisation",
        200,
        missing="Enter your school or organisation.",
        help_text="Where you work or study. It helps us approve your membership.",
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    job_title = single_line_field(
        "Role",
        120,
        required=False,
        help_text="For example: Year 6 teacher, careers lead (optional).",
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )

    def signup(self, request, user):
        """Called by allauth once the user is saved: they apply for membership."""
        first, _, last = self.cleaned_data["name"].strip().partition(" ")
        user.first_name = first[:150]
        user.last_name = last.strip()[:150]
        user.organisation_name = self.cleaned_data["organisation_name"].strip()
        user.job_title = self.cleaned_data["job_title"].strip()
        user.save(
            update_fields=["first_name", "last_name", "organisation_name", "job_title"]
        )
        membership.request_membership(user)


class AdminLoginForm(LoginForm):
    """
    WAGTAILADMIN_USER_LOGIN_FORM: the admin's login signs in only accounts
    that may use the admin. Anyone else (a member, an applicant, an address
    not yet verified) is pointed at the site's login, which checks what
    the admin's does not: that the email address is verified.
    """

    error_messages = {
        **LoginForm.error_messages,
        "not_staff": (
            "This account cannot use the admin. Members sign in on the site: "
            "go to “Sign in” at the top of any page."
        ),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            raise forms.ValidationError(
                self.error_messages["not_staff"], code="not_staff"
            )
