"""Bad input: clear messages, nothing lost, no other case revealed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.directory.dates import today
from tests.factories.referrals import (
    AUTHORITY_WORKER,
    BORDER_GUARD,
    INTAKE,
    POLICE,
    case_url,
    open_case,
    sign_in,
    start_url,
)
from workflows.referrals.models import Case

pytestmark = pytest.mark.django_db


def _post_intake(client, username, agency_slug, **overrides):
    from portal.directory.models import Agency

    sign_in(client, username)
    data = {**INTAKE, "received_on": today().isoformat(), **overrides}
    data["agency"] = Agency.objects.get(slug=agency_slug).pk
    return client.post(start_url(), data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("birth_date", "2999-01-01", "Ngày sinh ở tương lai"),
        ("birth_date", "1850-01-01", "Tuổi tính ra hơn 120"),
        ("received_on", "2999-01-01", "Ngày này ở tương lai"),
        ("received_on", "31/02/2025", "Nhập một ngày hợp lệ"),
    ],
)
def test_impossible_dates_are_refused_and_the_form_keeps_the_rest(
    client, directory, field, value, message
):
    response = _post_intake(client, BORDER_GUARD, "bdbp-tphcm", **{field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html or "Enter a valid date" in html
    assert INTAKE["full_name"] in html  # nothing typed is lost
    assert not Case.objects.exists()


def test_an_upload_that_is_not_what_it_claims_is_refused(client, directory):
    fake = SimpleUploadedFile("anh.png", b"MZ\x90\x00not an image", "image/png")
    response = _post_intake(client, BORDER_GUARD, "bdbp-tphcm", photo=fake)
    assert response.status_code == 200
    assert "Nội dung tệp không phải PNG" in response.content.decode()
    assert not Case.objects.exists()
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    response = client.post(
        case_url(case, "add_document"),
        {
            "kind": "other",
            "title": "Giấy",
            "file": SimpleUploadedFile("giay.pdf", b"<html>", "application/pdf"),
        },
    )
    assert response.status_code == 200
    assert "Nội dung tệp không phải PDF" in response.content.decode()
    assert 'value="Giấy"' in response.content.decode()
    exe = SimpleUploadedFile("x.exe", b"MZ", "application/octet-stream")
    response = client.post(
        case_url(case, "add_document"), {"kind": "other", "title": "X", "file": exe}
    )
    assert "Chỉ nhận tệp PDF, JPG, JPEG, PNG" in response.content.decode()
    assert not case.documents.exists()


def test_a_duplicate_id_warns_without_revealing_a_case_the_user_may_not_see(
    client, directory
):
    first = open_case(client, BORDER_GUARD, "bdbp-tphcm", id_number="0791-9900 0777")
    # Another agency, not in the first case: warned, but not told which case.
    response = _post_intake(
        client, "hai.canhsatbien", "vung-csb-3", id_number="079199000777"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Có thể trùng hồ sơ" in html
    assert first.code not in html
    assert "bạn không xem được" in html
    assert Case.objects.count() == 1
    # The police, once a participant of the first case, see which one.
    first.add_participant(
        __import__("portal.directory.models", fromlist=["Agency"]).Agency.objects.get(
            slug="cong-an-tphcm"
        ),
        "task",
    )
    response = _post_intake(client, POLICE, "cong-an-tphcm", id_number="079199000777")
    assert first.code in response.content.decode()
    # Confirming that it is a different person saves the case.
    response = _post_intake(
        client,
        POLICE,
        "cong-an-tphcm",
        id_number="079199000777",
        confirm_duplicate="on",
    )
    assert response.status_code == 302
    assert Case.objects.count() == 2


def test_a_worker_cannot_open_a_case_for_an_agency_not_theirs(client, directory):
    response = _post_intake(client, AUTHORITY_WORKER, "cong-an-tphcm")
    assert response.status_code == 200
    assert not Case.objects.exists()


def test_the_persons_record_can_be_corrected_and_bad_dates_are_refused(
    client, directory
):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    url = case_url(case, "edit_person")
    form = client.get(url)
    assert "Nguyễn Thị Hư Cấu" in form.content.decode()
    data = {
        "full_name": "Nguyễn Thị Hư Cấu Đã Sửa",
        "birth_date": "2999-01-01",
        "sex": "female",
        "nationality": "Việt Nam",
        "id_document_type": "passport",
        "id_number": "C1234567",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Ngày sinh ở tương lai" in response.content.decode()
    assert "Hư Cấu Đã Sửa" in response.content.decode()
    response = client.post(url, {**data, "birth_date": "1999-04-05"})
    assert response.status_code == 302
    case.person.refresh_from_db()
    assert case.person.full_name == "Nguyễn Thị Hư Cấu Đã Sửa"
    from workflows.referrals.crypto import identifier_digest

    assert case.person.id_number_digest == identifier_digest("C1234567")
