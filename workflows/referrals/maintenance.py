"""Scheduled work on cases: key rotation, anonymisation after retention, escalation of
hand-overs the receiving side has not confirmed. Each has a management command."""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.audit.models import AuditEvent
from portal.audit.services import record

from .assignment import support_authority
from .crypto import ENCRYPTED_FIELD_TYPES, rotate_bytes
from .models import (
    Case,
    CaseDocument,
    CaseEvent,
    CaseNote,
    Consent,
    Person,
    Relative,
    Service,
)
from .notify import notify_supervisors

logger = logging.getLogger(__name__)

ENCRYPTED_MODELS = [
    Case,
    Person,
    Relative,
    CaseEvent,
    CaseNote,
    CaseDocument,
    Consent,
    Service,
]


def encrypted_fields(model):
    return [f.name for f in model._meta.fields if isinstance(f, ENCRYPTED_FIELD_TYPES)]


def rotate_keys() -> dict[str, int]:
    """Re-encrypts every encrypted field and file under the first key in the list.

    Reading decrypts with any listed key; saving encrypts with the first. The keyed
    digests of ID numbers are recomputed on save too. After it, old keys can go.
    """
    counts = {}
    for model in ENCRYPTED_MODELS:
        fields = encrypted_fields(model)
        extra = ["id_number_digest"] if model is Person else []
        done = 0
        for row in model.objects.iterator(chunk_size=200):
            if fields:
                row.save(update_fields=fields + extra)
            done += 1
        counts[model.__name__] = done
    files = 0
    for document in CaseDocument.objects.iterator(chunk_size=50):
        with document.file.open("rb") as handle:
            token = handle.read()
        storage, name = document.file.storage, document.file.name
        # Same name, new content: write the rotated token, then swap it in.
        storage.delete(name)
        storage.save(name, ContentFile(rotate_bytes(token)))
        files += 1
    counts["files"] = files
    return counts


def anonymise(case, user=None):
    """Erases the personal data of a closed case; its statistics columns stay."""
    with transaction.atomic():
        person = getattr(case, "person", None)
        if person is not None:
            for name in encrypted_fields(Person):
                setattr(person, name, None)
            person.id_document_type = "none"
            person.photo = None
            person.save()
        case.relatives.all().delete()
        case.notes.all().delete()
        for event in case.events.all():
            event.place = None
            event.means = None
            event.save(update_fields=["place", "means"])
        for document in case.documents.all():
            document.file.delete(save=False)
            document.delete()
        case.consents.update(note=None)
        case.services.update(note=None)
        for name in encrypted_fields(Case):
            setattr(case, name, None)
        case.anonymised_at = timezone.now()
        case.save()
        record(None, case.code, AuditEvent.Action.ANONYMISE, "retention", user=user)


def anonymise_due(on=None) -> int:
    count = 0
    for case in Case.objects.due_for_anonymisation(on):
        anonymise(case)
        count += 1
    logger.info("Anonymised %s closed cases", count)
    return count


def escalate_unconfirmed_handovers(on=None) -> int:
    """Tells the supervisors of the sending authority and of the receiving centre that
    a hand-over is past its deadline; each case escalates once."""
    from portal.directory.dates import today

    on = on or today()
    due = Case.objects.filter(
        handover_due__lt=on,
        handover_confirmed_at__isnull=True,
        handover_escalated_at__isnull=True,
        destination_agency__isnull=False,
    )
    count = 0
    for case in due:
        for agency in {support_authority(), case.destination_agency} - {None}:
            notify_supervisors(
                case, agency, _("bàn giao chưa được bên nhận xác nhận đúng hạn")
            )
        case.handover_escalated_at = timezone.now()
        case.save(update_fields=["handover_escalated_at"])
        count += 1
    return count
