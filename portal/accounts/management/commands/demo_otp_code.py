"""Prints the current second-factor code of a demo account (demo settings only).

The demo stays easy to try: `python manage.py demo_otp_code thu.hoso`.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.accounts import otp


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo account (DEMO_MODE only)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError("Only available with demo settings (DEMO_MODE=True).")
        user = get_user_model().objects.filter(username=username).first()
        device = otp.confirmed_device(user) if user else None
        if device is None:
            raise CommandError(f"{username} has no second-factor device.")
        self.stdout.write(otp.current_code(device))
