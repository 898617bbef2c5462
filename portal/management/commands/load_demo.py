"""Loads the demo data of every app that has a ``demo`` module, in INSTALLED_APPS order.

Idempotent: each loader creates what is missing and updates what differs, so running the
command twice changes nothing.
"""

import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Loads fictional demo data: directory, pages, materials, processes."

    def add_arguments(self, parser):
        parser.add_argument(
            "--print-accounts",
            action="store_true",
            help="Print the demo accounts and their password at the end.",
        )

    def handle(self, *args, print_accounts=False, **options):
        if not getattr(settings, "DEMO_MODE", False):
            raise CommandError(
                "Demo data is only loaded with demo settings (DEMO_MODE=True), never in "
                "production."
            )
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.demo"
            if importlib.util.find_spec(module_name) is None:
                continue
            module = importlib.import_module(module_name)
            if hasattr(module, "load"):
                module.load()
                self.stdout.write(f"demo: {app_config.label} loaded")
        if print_accounts:
            self._print_accounts()

    def _print_accounts(self):
        from portal.directory import demo

        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password for all: {demo.DEMO_PASSWORD}):")
        for username, role_codes, agency in demo.accounts():
            self.stdout.write(f"  {username:<18} {role_codes:<40} {agency}")
