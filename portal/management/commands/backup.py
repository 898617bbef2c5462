"""Backs up the database and the media folder (encrypted case files included) into
BACKUP_DIR, or the folder given, with one timestamp for both files."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Back up the database and media files (restore with manage.py restore)."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=settings.BACKUP_DIR)

    def handle(self, *args, output_dir, **options):
        folder = Path(output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        database = folder / f"portal-{stamp}.dump"
        media = folder / f"portal-{stamp}.media.tar.gz"
        call_command("dbbackup", output_path=str(database), verbosity=0)
        call_command("mediabackup", output_path=str(media), compress=True, verbosity=0)
        self.stdout.write(f"database: {database}\nmedia:    {media}")
