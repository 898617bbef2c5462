"""Escalates transfers the receiving side has not confirmed in time (scheduled daily)."""

from django.core.management.base import BaseCommand

from workflows.referrals.maintenance import escalate_unconfirmed_handovers


class Command(BaseCommand):
    help = "Tell supervisors about hand-overs not confirmed by their deadline."

    def handle(self, *args, **options):
        self.stdout.write(f"escalated: {escalate_unconfirmed_handovers()}")
