"""
Subject access and erasure for one email address:

    manage.py subject_access someone@example.org              # what we hold
    manage.py subject_access someone@example.org --export f.json
    manage.py subject_access someone@example.org --erase

`--erase` asks for confirmation unless `--yes` is given.
"""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from enquiries import records
from networks import records as rosters


class Command(BaseCommand):
    help = "Export, or erase, every enquiry held about one email address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument(
            "--export",
            metavar="FILE",
            help="Write what is held to FILE as JSON ('-' for the terminal).",
        )
        parser.add_argument(
            "--erase", action="store_true", help="Delete everything held."
        )
        parser.add_argument(
            "--yes", action="store_true", help="Erase without asking to confirm."
        )

    def handle(self, *args, email, export=None, erase=False, yes=False, **options):
        try:
            validate_email(email.strip())
        except ValidationError:
            raise CommandError(
                f"“{email}” is not an email address. Give the address the person "
                "used on the contact form."
            ) from None
        held = records.held_about(email)
        on_rosters = rosters.held_about(email)
        count = held.count()
        roster_count = on_rosters.count()
        self.stdout.write(f"{count} enquir{'y' if count == 1 else 'ies'} from {email}.")
        self.stdout.write(
            f"{roster_count} network roster entr{'y' if roster_count == 1 else 'ies'}."
        )
        if export:
            data = json.dumps(
                {
                    "enquiries": records.export(held),
                    "network_rosters": rosters.export(on_rosters),
                },
                indent=2,
                ensure_ascii=False,
            )
            if export == "-":
                self.stdout.write(data)
            else:
                path = Path(export)
                if not path.parent.is_dir():
                    raise CommandError(f"There is no folder {path.parent} to write to.")
                path.write_text(data + "\n", encoding="utf-8")
                self.stdout.write(f"Written to {path}.")
        if erase and (count or roster_count):
            if not yes:
                answer = input(
                    f"Erase {count + roster_count} records and their history? "
                    "Type 'yes': "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Nothing erased.")
            erased = records.erase(held)
            erased_rosters = rosters.erase(on_rosters)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Erased {erased} enquiries and {erased_rosters} roster entries."
                )
            )
