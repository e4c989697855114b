from django.core.management.base import BaseCommand

from core.content.exporter import export
from core.content.source import default_folder


class Command(BaseCommand):
    help = (
        "Writes the site (pages, snippets, documents, settings) into a content "
        "folder in the format load_lla_content reads, so editors' work can be "
        "the next release's content. Default folder: content/."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "folder",
            nargs="?",
            default=None,
            help=f"Where to write (default: {default_folder()}).",
        )

    def handle(self, *args, folder, **options):
        export(folder, stdout=self.stdout.write)
