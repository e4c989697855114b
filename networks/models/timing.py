"""When and where something happens: shared by a network's meetings and the
alliance's events, which both have date, start, optional end, place and
online fields."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone


class TimeAndPlace:
    """Times in the site's zone, a place to show, and the checks an editor
    meets. `noun` names the thing in messages ("meeting", "event")."""

    noun = "meeting"

    def check_time_and_place(self):
        if self.end and self.start and self.end <= self.start:
            raise ValidationError({"end": f"The {self.noun} must end after it starts."})
        if not self.place and not self.online:
            raise ValidationError(
                {"place": f"Say where the {self.noun} is, or tick “online”."}
            )

    @property
    def starts_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start))

    @property
    def ends_at(self):
        if self.end:
            return timezone.make_aware(datetime.datetime.combine(self.date, self.end))
        return self.starts_at + datetime.timedelta(hours=1)

    @property
    def where(self):
        if self.online and self.place and self.place.strip().lower() != "online":
            return f"{self.place} (online)"
        return self.place or "Online"
