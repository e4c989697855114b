"""Form fields every form on the site shares: one line, a limit, plain English."""

from django import forms
from django.core.validators import RegexValidator

# Line breaks (of every kind Python's email package would honour) in a
# one-line field: never needed, and the raw material of header injection.
single_line = RegexValidator(
    r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]",
    inverse_match=True,
    message="Use a single line: remove the line break.",
    code="line_break",
)


def too_long(limit):
    """The error for text over `limit` characters, with how many were typed."""
    return (
        f"Use {limit:,} characters or fewer (you have used %(show_value)s characters)."
    )


def single_line_field(label, limit, *, required=True, missing="", **kwargs):
    """A one-line text field with a length limit and plain-English errors."""
    return forms.CharField(
        label=label,
        max_length=limit,
        required=required,
        validators=[single_line],
        error_messages={"required": missing, "max_length": too_long(limit)},
        **kwargs,
    )
