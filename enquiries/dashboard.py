"""A panel on the admin dashboard: new enquiries per network, month by month."""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from wagtail.admin.ui.components import Component

from networks.admin_views import next_meetings
from networks.models import NetworkPage

from .models import Enquiry

MONTHS = 12
BAR_WIDTH, BAR_GAP, CHART_HEIGHT = 8, 2, 28


def last_months(today=None, count=MONTHS):
    """The first day of each of the last `count` months, oldest first."""
    today = today or timezone.localdate()
    year, month = today.year, today.month
    firsts = []
    for _ in range(count):
        firsts.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def monthly_counts(user, today=None):
    """
    [(network, [count per month], total)] for the networks whose enquiries
    `user` may see, over the last twelve months, and the month labels.
    """
    months = last_months(today)
    start = timezone.make_aware(datetime.datetime.combine(months[0], datetime.time.min))
    visible = Enquiry.objects.for_user(user)
    through = Enquiry.networks.through.objects.filter(
        enquiry__in=visible, enquiry__created_at__gte=start
    )
    counts = {}
    for row in (
        through.annotate(month=TruncMonth("enquiry__created_at"))
        .values("networkpage_id", "month")
        .annotate(n=Count("pk"))
    ):
        month = row["month"]
        month = month.date() if isinstance(month, datetime.datetime) else month
        counts[row["networkpage_id"], month] = row["n"]

    if not user.is_authenticated:
        networks = NetworkPage.objects.none()
    elif user.has_perm("enquiries.view_all_enquiries"):
        networks = NetworkPage.objects.all()
    else:
        networks = NetworkPage.objects.filter(editors__group__user=user)
    rows = []
    for network in networks.order_by("title").only("pk", "title"):
        values = [counts.get((network.pk, month), 0) for month in months]
        rows.append((network, values, sum(values)))
    return months, rows


def sparkline(values, peak):
    """Bars for one network, scaled to the busiest month of all networks."""
    bars = []
    for index, value in enumerate(values):
        height = round(CHART_HEIGHT * value / peak) if peak else 0
        if value and height < 2:
            height = 2
        bars.append(
            {
                "x": index * (BAR_WIDTH + BAR_GAP),
                "y": CHART_HEIGHT - height,
                "height": height,
                "value": value,
            }
        )
    return bars


class EnquiriesPanel(Component):
    name = "enquiries"
    order = 50
    template_name = "enquiries/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        months, rows = monthly_counts(self.user)
        peak = max((max(values) for _, values, _ in rows), default=0)
        labels = [month.strftime("%b %Y") for month in months]
        return {
            "months": labels,
            "rows": [
                {
                    "network": network,
                    "bars": sparkline(values, peak),
                    "total": total,
                    "described": ", ".join(
                        f"{label}: {value}"
                        for label, value in zip(labels, values, strict=True)
                    ),
                }
                for network, values, total in rows
            ],
            "width": MONTHS * (BAR_WIDTH + BAR_GAP) - BAR_GAP,
            "height": CHART_HEIGHT,
            "bar_width": BAR_WIDTH,
            "total": sum(total for _, _, total in rows),
            "next_meetings": next_meetings(self.user),
        }
