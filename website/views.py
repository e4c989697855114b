"""Site-wide views that belong to no one app."""

from django.template.response import TemplateResponse
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def csrf_failure(request, reason=""):
    """
    A form refused for its security check (an expired page, blocked cookies).

    Nothing typed is lost: the page offers the same form back, with a fresh
    token, to send again. Passwords are never written back into the page.
    https://docs.djangoproject.com/en/5.2/ref/settings/#csrf-failure-view
    """
    fields = []
    if request.method == "POST":
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken" and "password" not in name.lower()
            for value in values
        ]
    return TemplateResponse(
        request,
        "403_csrf.html",
        {"fields": fields, "action": request.get_full_path()},
        status=403,
    )
