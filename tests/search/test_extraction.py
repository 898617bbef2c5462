"""Text inside PDF and DOCX files is extracted by the task worker, stored beside the
document and searchable; unreadable files are flagged and keep their metadata."""

import pytest

from search.extraction import extract
from search.models import DocumentText
from tests.factories import search as make

pytestmark = pytest.mark.django_db


def test_pdf_text_is_extracted():
    outcome = extract(make.pdf_bytes("Bien ban hoi nghi lien nganh"), "pdf")
    assert outcome.ok
    assert "Bien ban hoi nghi lien nganh" in outcome.text


def test_docx_text_is_extracted_with_diacritics():
    data = make.docx_bytes("Dự thảo kế hoạch", "Đào tạo cán bộ tư pháp")
    outcome = extract(data, "docx")
    assert outcome.text == "Dự thảo kế hoạch Đào tạo cán bộ tư pháp"


@pytest.mark.parametrize(
    ("data", "file_type"),
    [
        (b"not a pdf at all", "pdf"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "pdf"),
        (b"PK\x03\x04 broken zip", "docx"),
        (b"", "docx"),
    ],
)
def test_broken_files_are_reported_not_raised(data, file_type):
    outcome = extract(data, file_type)
    assert not outcome.ok
    assert outcome.problem
    assert outcome.text == ""


def test_other_types_are_unsupported():
    assert not extract(b"\x00\x01", "xlsx").supported


def test_saving_a_document_extracts_its_text_in_the_task_worker(db):
    doc = make.document(
        "Tài liệu hội nghị", make.docx_bytes("Biên bản hội nghị"), "bien-ban.docx"
    )
    item = DocumentText.objects.get(document=doc)
    assert item.status == DocumentText.Status.EXTRACTED
    assert item.text == "Biên bản hội nghị"
    assert item.file_type == "docx"
    assert item.extracted_at is not None


def test_saving_enqueues_the_extraction_and_the_index_update(db, settings):
    from django_tasks import default_task_backend

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    default_task_backend.clear()
    doc = make.document("Báo cáo", make.pdf_bytes("Bao cao"), "bao-cao.pdf")
    names = [r.task.name for r in default_task_backend.results]
    assert "extract_document_text" in names
    assert "insert_or_update_object_task" in names
    # Nothing was extracted inline: the worker does it.
    assert DocumentText.objects.get(document=doc).status == DocumentText.Status.PENDING


def test_an_unreadable_file_is_flagged_and_indexed_by_its_metadata(db):
    doc = make.document("Hồ sơ bị hỏng", b"garbage", "hong.pdf")
    item = DocumentText.objects.get(document=doc)
    assert item.status == DocumentText.Status.UNREADABLE
    assert item.is_flagged
    assert item.problem.startswith("PDF")
    assert item.title == "Hồ sơ bị hỏng"


def test_replacing_the_file_extracts_again(db):
    doc = make.document("Dự thảo", make.docx_bytes("Bản một"), "du-thao.docx")
    from django.core.files.base import ContentFile

    doc.file.save("du-thao-2.docx", ContentFile(make.docx_bytes("Bản hai")), save=True)
    assert DocumentText.objects.get(document=doc).text == "Bản hai"
