from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from core.content import ContentError
from core.content.loader import load_all, site_is_loaded


class Command(BaseCommand):
    help = (
        "Builds the Leeds Learning Alliance's page tree and content from the "
        "content/ folder. Idempotent: pages that already exist are left exactly "
        "as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has a home page (used by make run).",
        )
        parser.add_argument(
            "--hostname",
            default="127.0.0.1",
            help="Host name of the Wagtail Site record (default: 127.0.0.1).",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=8000,
            help="Port of the Wagtail Site record (default: 8000).",
        )

    def handle(self, *args, if_empty, hostname, port, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        try:
            if if_empty and site_is_loaded():
                self.stdout.write("Content already loaded; nothing to do.")
                return
            self.stdout.write("Loading the Leeds Learning Alliance content…")
            loader = load_all(hostname=hostname, port=port, stdout=self.stdout.write)
        except ContentError as error:
            raise CommandError(f"Nothing was loaded: {error}") from error
        except DatabaseError as error:
            raise CommandError(
                f"Could not load content: {error}. Have you run `manage.py migrate`?"
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {len(loader.created)} pages created, "
                f"{len(loader.kept)} already there and left as they were."
            )
        )
