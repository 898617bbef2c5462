"""Exports are password-encrypted PDFs for the person's request; statistics suppress
small counts so that no cell can be recovered from the totals."""

import io

import pytest
from pypdf import PdfReader

from portal.audit.models import AuditEvent
from tests.factories.referrals import (
    BORDER_GUARD,
    SUPERVISOR,
    case_url,
    open_case,
    sign_in,
)
from workflows.referrals.models import Case
from workflows.referrals.stats import SUPPRESSED, public_statistics, suppress

pytestmark = pytest.mark.django_db


def test_a_participant_exports_an_encrypted_pdf_and_it_is_logged(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    response = client.post(
        case_url(case, "export_case"),
        {"password": "mat-khau-cho-nguoi-do", "requested_by_person": "on"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert case.code in response["Content-Disposition"]
    data = response.content
    assert "Hư Cấu".encode() not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong password")
    assert reader.decrypt("mat-khau-cho-nguoi-do")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Nguyễn Thị Hư Cấu" in text
    assert case.code in text
    assert AuditEvent.objects.filter(case_code=case.code, action="export").count() == 1


def test_an_export_needs_a_long_password_and_the_persons_request(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    response = client.post(case_url(case, "export_case"), {"password": "short"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert not AuditEvent.objects.filter(case_code=case.code, action="export").exists()


def test_supervisors_cannot_export(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    sign_in(client, SUPERVISOR)
    assert client.get(case_url(case, "export_case")).status_code == 403


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"a": 50, "b": 20, "c": 0}, {"a": "50", "b": "20", "c": "0"}),
        # One small cell: the next smallest is hidden too, so total − rest ≠ the cell.
        ({"a": 50, "b": 20, "c": 3}, {"a": "50", "b": SUPPRESSED, "c": SUPPRESSED}),
        ({"a": 5, "b": 7, "c": 40}, {"a": SUPPRESSED, "b": SUPPRESSED, "c": "40"}),
        ({"a": 4, "b": 0}, {"a": SUPPRESSED, "b": SUPPRESSED}),
    ],
)
def test_small_counts_are_suppressed_with_their_complement(counts, expected):
    assert suppress(counts) == expected


def test_no_row_leaves_exactly_one_cell_recoverable(client, directory):
    for index in range(13):
        open_case(
            client,
            BORDER_GUARD,
            "bdbp-tphcm",
            id_number=f"0791990010{index:02d}",
            sex="male" if index < 2 else "female",
        )
    stats = public_statistics()
    assert stats["total"] == "13"
    for row in ("by_channel", "by_sex", "by_age", "by_exploitation"):
        hidden = [cell for cell in stats[row] if cell.shown == SUPPRESSED]
        assert len(hidden) != 1, row
    sex = {cell.value: cell.shown for cell in stats["by_sex"]}
    assert sex["male"] == SUPPRESSED and sex["female"] == SUPPRESSED


def test_the_public_statistics_page_shows_aggregates_only(client, directory, site):
    open_case(client, BORDER_GUARD, "bdbp-tphcm")
    client.logout()
    response = client.get("/thong-ke-nan-nhan/")
    assert response.status_code == 200
    html = response.content.decode()
    assert SUPPRESSED.replace("<", "&lt;") in html
    assert Case.objects.get().code not in html
    assert "Hư Cấu" not in html
