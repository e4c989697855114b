from django import template

register = template.Library()


@register.simple_tag
def field_widget(field):
    """
    `field`'s widget in the site's style, tied to its hint and error for
    screen readers, and marked invalid when it has an error.
    """
    attrs = {}
    if field.widget_type not in ("checkbox", "radioselect", "checkboxselectmultiple"):
        attrs["class"] = "field__input"
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    # allauth's placeholders repeat the label; a label is shown instead.
    field.field.widget.attrs.pop("placeholder", None)
    return field.as_widget(attrs=attrs)


@register.filter
def minutes(duration):
    """A timedelta as whole minutes, at least one: 15 for 0:15:00."""
    return max(1, round(duration.total_seconds() / 60))
