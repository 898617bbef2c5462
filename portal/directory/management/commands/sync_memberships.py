"""Brings every user's role groups in line with the memberships valid today.

Run it daily (the scheduler of the scale-out stack does): a membership that starts or ends
on a date takes effect without anybody editing it.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from portal.directory.services import sync_user_groups


class Command(BaseCommand):
    help = "Synchronise users' role groups with their memberships valid today."

    def handle(self, *args, **options):
        users = get_user_model().objects.all()
        for user in users.iterator():
            sync_user_groups(user)
        self.stdout.write(f"{users.count()} users synchronised.")
