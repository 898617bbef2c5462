"""The periodic deadline check of the workspace: reminders before a deadline, overdue
notices and escalation to the agency's head after it. Run it every hour (cron)."""

from django.core.management.base import BaseCommand

from workflows.deadlines import check_deadlines


class Command(BaseCommand):
    help = "Sends deadline reminders and escalates overdue workspace tasks."

    def handle(self, *args, **options):
        counts = check_deadlines()
        self.stdout.write(
            f"reminded: {counts['reminded']}, escalated: {counts['escalated']}, "
            f"closed: {counts['closed']}"
        )
