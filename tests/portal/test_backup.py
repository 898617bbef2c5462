"""Backup and restore round trip: pages, directory, users and media files come back
identical in an emptied instance."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.models import Page

from portal.directory.models import Agency, Membership

pytestmark = pytest.mark.django_db(transaction=True)


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "title", "url_path", "live")),
        "agencies": sorted(Agency.objects.values_list("slug", "name", "valid_to")),
        "memberships": Membership.objects.count(),
        "file": default_storage.open("cases/encrypted.bin").read(),
    }


def test_backup_then_restore_into_an_empty_instance(settings, tmp_path):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip(
            "The round trip runs on PostgreSQL, the production database (.ci/run). "
            "SQLite backups are binary copies of the database file, which the test "
            "suite's in-memory database does not have."
        )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.DEMO_MODE = True
    call_command("load_demo")
    default_storage.save("cases/encrypted.bin", ContentFile(b"\x00ciphertext\xff"))
    before = _snapshot()

    call_command("backup", output_dir=str(tmp_path / "backups"))
    call_command("flush", interactive=False)
    default_storage.delete("cases/encrypted.bin")
    assert Agency.objects.count() == 0

    call_command("restore", from_dir=str(tmp_path / "backups"))
    assert _snapshot() == before
