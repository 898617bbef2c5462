"""The audit log is append-only, and every view, change, export and print of a case
writes one event that supervisors can read."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.audit.models import AppendOnlyError, AuditEvent
from tests.factories.referrals import (
    AUTHORITY_WORKER,
    BORDER_GUARD,
    SUPERVISOR,
    case_url,
    open_case,
    sign_in,
)

pytestmark = pytest.mark.django_db


def test_audit_events_cannot_be_changed_or_deleted():
    event = AuditEvent.objects.create(case_code="HS-TEST-0001", action="view")
    event.detail = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(detail="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).detail == ""


def test_audit_events_and_cases_are_in_no_admin(client, directory):
    from wagtail.snippets.models import get_snippet_models

    from workflows.referrals.models import Case, Person

    for model in (AuditEvent, Case, Person):
        assert model not in get_snippet_models()
    sign_in(client, "admin")
    html = client.get("/admin/").content.decode()
    assert "audit" not in html.lower()
    assert "referrals" not in html.lower()


def test_every_read_change_export_and_print_is_logged(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    sign_in(client, AUTHORITY_WORKER)
    client.get(case_url(case), REMOTE_ADDR="10.1.2.3")
    client.get(case_url(case, "print_case"))
    client.post(case_url(case, "add_note"), {"text": "Ghi chép hư cấu"})
    upload = SimpleUploadedFile("a.pdf", b"%PDF-1.4\n", "application/pdf")
    client.post(
        case_url(case, "add_document"), {"kind": "other", "title": "T", "file": upload}
    )
    document = case.documents.get()
    client.get(case_url(case, "document", document.pk))
    client.post(
        case_url(case, "export_case"),
        {"password": "mat-khau-du-dai-1", "requested_by_person": "on"},
    )
    events = AuditEvent.objects.for_case(case.code)
    actions = list(
        events.filter(username=AUTHORITY_WORKER).values_list("action", flat=True)
    )
    for action in ("view", "print", "change", "download", "export"):
        assert action in actions, action
    assert events.filter(username=BORDER_GUARD, action="create").exists()
    assert events.filter(ip_address="10.1.2.3").exists()


def test_supervisors_read_the_access_log_and_workers_may_not(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    sign_in(client, AUTHORITY_WORKER)
    client.get(case_url(case))
    assert client.get(case_url(case, "access_log")).status_code == 403
    sign_in(client, SUPERVISOR)
    response = client.get(case_url(case, "access_log"))
    assert response.status_code == 200
    html = response.content.decode()
    assert AUTHORITY_WORKER in html
    assert BORDER_GUARD in html
    assert AuditEvent.objects.filter(
        case_code=case.code, username=SUPERVISOR, action="access_log"
    ).exists()


def test_viewflows_own_pages_are_logged_and_never_cached(client, directory):
    from viewflow.workflow.models import Task

    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    task = Task.objects.filter(
        process__artifact_object_id=case.pk, flow_task_type="HUMAN"
    ).first()
    sign_in(client, BORDER_GUARD)
    response = client.get(
        task.flow_task.reverse("detail", args=[task.process_id, task.pk])
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert AuditEvent.objects.filter(
        case_code=case.code, action="view", detail="flow:detail"
    ).exists()


def test_the_database_itself_refuses_to_change_an_event():
    from django.db import DatabaseError, connection, transaction

    event = AuditEvent.objects.create(case_code="HS-TEST-0002", action="view")
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE audit_auditevent SET detail = 'forged' WHERE id = %s", [event.pk]
        )
    assert AuditEvent.objects.get(pk=event.pk).detail == ""
