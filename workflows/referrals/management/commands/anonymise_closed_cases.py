"""Anonymises cases closed longer than REFERRAL_RETENTION_DAYS (scheduled daily)."""

from django.core.management.base import BaseCommand

from workflows.referrals.maintenance import anonymise_due


class Command(BaseCommand):
    help = "Erase personal data of cases closed longer than the retention period."

    def handle(self, *args, **options):
        self.stdout.write(f"anonymised: {anonymise_due()}")
