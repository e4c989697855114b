"""The member's own page: who they are, where their membership stands."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from allauth.account.models import EmailAddress

from resources.models import ResourceIndexPage, is_member


@login_required
def overview(request):
    user = request.user
    library = ResourceIndexPage.objects.live().public().first()
    return TemplateResponse(
        request,
        "accounts/overview.html",
        {
            "is_member": is_member(user),
            "emails": EmailAddress.objects.filter(user=user).order_by("-primary"),
            "library": library,
        },
    )
