"""Re-encrypts all case data under the first key of FIELD_ENCRYPTION_KEY.

Put the new key first and keep the old ones after it, run this, then drop old keys.
"""

from django.core.management.base import BaseCommand

from workflows.referrals.maintenance import rotate_keys


class Command(BaseCommand):
    help = "Re-encrypt case fields and files with the first FIELD_ENCRYPTION_KEY."

    def handle(self, *args, **options):
        counts = rotate_keys()
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
