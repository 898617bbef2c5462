"""The demo library: 30+ materials of every kind and several agencies with real files,
generated offline, and loading it twice changes nothing."""

import pytest
from django.core.management import call_command

from content.models import (
    MATERIAL_KINDS,
    CommunicationEvent,
    MaterialDailyStat,
    MaterialPage,
)

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        MaterialPage.objects.count(),
        MaterialDailyStat.objects.count(),
        CommunicationEvent.objects.count(),
        sorted(
            MaterialPage.objects.values_list("slug", "live", "alias_of_id"),
            key=lambda row: (row[0], row[2] or 0),
        ),
    )


def test_demo_library_is_complete_and_idempotent(settings):
    settings.DEMO_MODE = True
    call_command("load_demo")
    originals = MaterialPage.objects.filter(alias_of__isnull=True, live=True)
    assert originals.count() >= 30
    assert {m.kind for m in originals} == set(MATERIAL_KINDS)
    assert originals.values("owner_agency").distinct().count() >= 4
    assert MaterialPage.objects.filter(alias_of__isnull=False).exists()
    leaflet = originals.filter(pdf_file__isnull=False).first()
    with leaflet.pdf_file.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    video = next(m.specific for m in originals if m.kind == "video")
    assert video.captions_vi is not None and video.captions_en is not None
    with video.captions_vi.file.open("rb") as handle:
        assert handle.read().decode().startswith("WEBVTT")
    before = _snapshot()
    call_command("load_demo")
    assert _snapshot() == before


def test_generated_pdf_keeps_vietnamese_text():
    from content import demo_files

    pdf = demo_files.make_pdf("Đường dây nóng", "Sở Y tế", ["Nạn nhân được hỗ trợ."])
    assert pdf.startswith(b"%PDF-")
    if demo_files.unicode_font() is None:
        pytest.skip(
            "no Unicode font on this machine: the PDF is written without diacritics"
        )
    # A Unicode font is embedded (a subset of it), so the diacritics are in the PDF.
    assert b"/FontFile2" in pdf


def test_without_a_unicode_font_text_is_folded_not_lost():
    from content.demo_files import fold

    assert fold("Đường dây nóng phòng, chống mua bán người") == (
        "Duong day nong phong, chong mua ban nguoi"
    )
