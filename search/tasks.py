"""Background work of search, run by the task worker (inline with the immediate
backend in tests and the embedded default)."""

import logging
import os

from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


def sync_document_text(document, *, force=False):
    """Creates or updates the ``DocumentText`` of ``document`` from its metadata, and
    says whether its file needs (re-)extracting."""
    from .models import DocumentText

    file_name = document.file.name or ""
    file_type = os.path.splitext(file_name)[1].lstrip(".").lower()[:10]
    created = document.created_at or timezone.now()
    item = DocumentText.objects.filter(document=document).first()
    needs_text = force or item is None or item.file_name != file_name
    values = {
        "title": document.title[:255],
        "collection_id": document.collection_id,
        "file_name": file_name[:255],
        "file_type": file_type,
        "year": created.year,
    }
    if item is None:
        item = DocumentText(document=document, **values)
    else:
        for name, value in values.items():
            setattr(item, name, value)
    if needs_text:
        item.status = DocumentText.Status.PENDING
    item.save()
    return item, needs_text


@task()
def extract_document_text(document_id: int):
    """Reads the text inside a document's file and stores it beside the document; the
    save re-indexes it. A file that cannot be read is flagged and keeps its metadata."""
    from wagtail.documents import get_document_model

    from .extraction import extract
    from .models import DocumentText

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return "gone"
    item, _ = sync_document_text(document)
    try:
        with document.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError) as error:
        item.status = DocumentText.Status.UNREADABLE
        item.problem = f"file missing: {type(error).__name__}"
        item.text = ""
    else:
        outcome = extract(data, item.file_type)
        item.text = outcome.text
        item.problem = outcome.problem[:255]
        if not outcome.supported:
            item.status = DocumentText.Status.UNSUPPORTED
        elif outcome.problem:
            item.status = DocumentText.Status.UNREADABLE
        else:
            item.status = DocumentText.Status.EXTRACTED
    item.extracted_at = timezone.now()
    item.save()
    if item.is_flagged:
        # The document id only: file names and content can be personal.
        logger.info("Document %s indexed by its metadata only", document_id)
    return item.status
