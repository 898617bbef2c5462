"""Restores a backup made by ``manage.py backup`` into this instance (an empty one,
migrated to the same version): the database first, then the media files."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Restore the database and media files from a backup (the newest by default)."

    def add_arguments(self, parser):
        parser.add_argument("--from-dir", default=settings.BACKUP_DIR)
        parser.add_argument(
            "--stamp",
            help="The backup's timestamp, e.g. 20261128-213000 (default: newest)",
        )

    def handle(self, *args, from_dir, stamp=None, **options):
        folder = Path(from_dir)
        dumps = sorted(folder.glob(f"portal-{stamp or '*'}.dump"))
        if not dumps:
            raise CommandError(f"No backup portal-{stamp or '*'}.dump in {folder}")
        database = dumps[-1]
        media = database.with_name(database.name.replace(".dump", ".media.tar.gz"))
        if not media.exists():
            raise CommandError(f"The media backup {media.name} is missing")
        call_command(
            "dbrestore", input_path=str(database), interactive=False, verbosity=0
        )
        call_command(
            "mediarestore",
            input_path=str(media),
            uncompress=True,
            interactive=False,
            replace=True,
            verbosity=0,
        )
        self.stdout.write(f"restored {database.name} and {media.name}")
