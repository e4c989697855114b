"""
Deletes enquiries older than the retention period: `manage.py purge_enquiries`.

Run it daily (see docs/enquiries.md). `--dry-run` says what it would delete.
"""

from django.core.management.base import BaseCommand, CommandError

from enquiries import records
from networks import records as rosters

BATCH = 500


class Command(BaseCommand):
    help = "Delete enquiries older than the retention period in the enquiry settings."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            help="Use this retention period instead of the site setting.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be deleted, and delete nothing.",
        )

    def handle(self, *args, months=None, dry_run=False, **options):
        if months is not None and months < 1:
            raise CommandError("--months must be 1 or more.")
        expired = records.expired(months)
        total = expired.count()
        period = f"{months} months" if months else "the retention period"
        left = rosters.expired(months)
        if dry_run:
            self.stdout.write(f"{total} enquiries are older than {period}.")
            self.stdout.write(
                f"{left.count()} people left a network longer ago than {period}."
            )
            return
        removed = rosters.erase(left)
        if removed:
            self.stdout.write(
                f"Removed {removed} people who left a network longer ago than {period}."
            )
        if not total:
            self.stdout.write(f"No enquiries are older than {period}.")
            return
        done = 0
        while True:
            batch = records.expired(months).values_list("pk", flat=True)[:BATCH]
            ids = list(batch)
            if not ids:
                break
            done += records.erase(records.Enquiry.objects.filter(pk__in=ids))
            self.stdout.write(f"  deleted {done} of {total}")
        self.stdout.write(
            self.style.SUCCESS(f"Deleted {done} enquiries older than {period}.")
        )
