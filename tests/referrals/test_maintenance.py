"""Key rotation, anonymisation after the retention period, hand-over escalation."""

import datetime

import pytest
from cryptography.fernet import Fernet
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from portal.audit.models import AuditEvent
from portal.directory.dates import today
from tests.factories.referrals import (
    AUTHORITY_WORKER,
    BORDER_GUARD,
    case_url,
    open_case,
    sign_in,
)
from workflows.referrals.models import Case, Person, Stage

pytestmark = pytest.mark.django_db


def _raw_name(person):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT full_name FROM referrals_person WHERE id = %s", [person.pk]
        )
        return cursor.fetchone()[0]


def test_key_rotation_re_encrypts_fields_and_files(client, directory, settings):
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    case = open_case(
        client,
        BORDER_GUARD,
        "bdbp-tphcm",
        photo=SimpleUploadedFile("p.png", b"\x89PNG\r\n\x1a\nfictional", "image/png"),
    )
    person = case.person
    before = _raw_name(person)
    new_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_case_keys", stdout=open("/dev/null", "w"))
    after = _raw_name(person)
    assert after != before
    # Only the new key is needed now.
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    Fernet(new_key.encode()).decrypt(after.encode())
    person = Person.objects.get(pk=person.pk)
    assert person.full_name == "Nguyễn Thị Hư Cấu"
    assert person.photo.read().endswith(b"fictional")
    # The duplicate digest follows the new key: the same number is still found.
    duplicate = open_case(client, BORDER_GUARD, "bdbp-tphcm", confirm_duplicate="on")
    assert duplicate.person.id_number_digest == person.id_number_digest


def test_closed_cases_are_anonymised_after_the_retention_period(
    client, directory, settings
):
    settings.REFERRAL_RETENTION_DAYS = 30
    old = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    recent = open_case(client, BORDER_GUARD, "bdbp-tphcm", id_number="079199000002")
    Case.objects.filter(pk=old.pk).update(
        stage=Stage.CLOSED, closed_on=today() - datetime.timedelta(days=31)
    )
    Case.objects.filter(pk=recent.pk).update(
        stage=Stage.CLOSED, closed_on=today() - datetime.timedelta(days=5)
    )
    call_command("anonymise_closed_cases", stdout=open("/dev/null", "w"))
    old = Case.objects.get(pk=old.pk)
    assert old.anonymised_at is not None
    assert old.person.full_name is None
    assert old.person.id_number is None
    assert old.person.id_number_digest == ""
    assert not old.notes.exists()
    # Statistics stay.
    assert old.sex == "female" and old.exploitation_types == ["forced_criminality"]
    assert Case.objects.get(pk=recent.pk).person.full_name == "Nguyễn Thị Hư Cấu"
    assert AuditEvent.objects.filter(case_code=old.code, action="anonymise").exists()
    # Running it again changes nothing; an anonymised case takes no more changes.
    call_command("anonymise_closed_cases", stdout=open("/dev/null", "w"))
    sign_in(client, BORDER_GUARD)
    assert client.get(case_url(old, "add_note")).status_code == 403


def test_an_unconfirmed_handover_stays_visible_and_escalates(
    client, directory, django_capture_on_commit_callbacks
):
    from portal.directory.models import Agency

    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    centre = Agency.objects.get(slug="ttctxh-ba-ria")
    case.add_participant(centre, "destination")
    Case.objects.filter(pk=case.pk).update(
        destination_agency=centre,
        stage=Stage.HANDOVER,
        handover_due=today() - datetime.timedelta(days=1),
    )
    sign_in(client, AUTHORITY_WORKER)
    listing = client.get(case_url(case).rsplit("case/", 1)[0]).content.decode()
    assert "Chưa xác nhận bàn giao" in listing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("escalate_handovers", stdout=open("/dev/null", "w"))
    recipients = {r for message in mail.outbox for r in message.to}
    assert "quang.giamsat@demo.invalid" in recipients
    assert all(case.code in message.subject for message in mail.outbox)
    assert Case.objects.get(pk=case.pk).handover_escalated_at is not None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("escalate_handovers", stdout=open("/dev/null", "w"))
    assert mail.outbox == []
