"""Uploads are checked by content, not by name: a refused file gets a clear message and
the rest of the form is kept."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from content.validators import sniff
from tests.factories import content as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "quantri", "q@example.invalid", "x"
    )
    client.force_login(user)
    return client


def _upload_document(client, name, data, title="Tờ rơi tháng 5"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def test_a_non_pdf_named_pdf_is_refused_and_the_title_kept(admin_client):
    from wagtail.documents import get_document_model

    response = _upload_document(
        admin_client, "to-roi.pdf", b"MZ\x90\x00 not a pdf at all"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "có đuôi .pdf nhưng nội dung không phải PDF" in html
    assert 'value="Tờ rơi tháng 5"' in html
    assert not get_document_model().objects.exists()


def test_a_real_pdf_is_accepted(admin_client):
    from wagtail.documents import get_document_model

    response = _upload_document(admin_client, "to-roi.pdf", factories.PDF_BYTES)
    assert response.status_code == 302
    assert get_document_model().objects.get().title == "Tờ rơi tháng 5"


def test_an_oversized_document_is_refused(admin_client, settings):
    settings.CONTENT_MAX_DOCUMENT_SIZE = 100
    response = _upload_document(admin_client, "lon.pdf", factories.PDF_BYTES)
    assert "Tệp quá lớn" in response.content.decode()


def test_captions_must_be_webvtt(admin_client):
    response = _upload_document(admin_client, "phu-de.vtt", b"1\n00:00 hello\n")
    assert "nội dung không phải WebVTT" in response.content.decode()
    ok = _upload_document(
        admin_client, "phu-de.vtt", factories.VTT_BYTES, title="Phụ đề"
    )
    assert ok.status_code == 302


def _upload_image(client, name, data, title="Ảnh bìa tờ rơi"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def test_an_svg_with_script_is_refused_and_the_title_kept(admin_client):
    from wagtail.images import get_image_model

    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(1)</script><rect width='10' height='10'/></svg>"
    )
    response = _upload_image(admin_client, "logo.svg", svg)
    html = response.content.decode()
    assert "Ảnh SVG chứa mã lệnh" in html
    assert 'value="Ảnh bìa tờ rơi"' in html
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
        b'<a x:href="javascript:alert(1)"><rect/></a></svg>',
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
    ],
)
def test_other_scripting_svgs_are_refused(svg):
    from django.core.exceptions import ValidationError

    from content.validators import validate_svg

    with pytest.raises(ValidationError):
        validate_svg(svg)


def test_a_clean_svg_is_accepted():
    from content.validators import validate_svg

    validate_svg(
        b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'
    )


def test_a_corrupt_image_is_refused(admin_client):
    data = factories.png_bytes(size=(200, 200))
    truncated = data[: len(data) // 2]
    response = _upload_image(admin_client, "hong.png", truncated)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ảnh bị hỏng" in html or "không" in html.lower()
    assert 'value="Ảnh bìa tờ rơi"' in html


def test_a_chosen_document_that_is_not_a_pdf_is_refused_on_the_material(shelf_a):
    from django.core.exceptions import ValidationError

    leaflet = factories.material(shelf_a, "leaflet")
    leaflet.pdf_file = factories.document("Giả PDF", "gia.pdf", b"GIF89a not a pdf")
    with pytest.raises(ValidationError) as error:
        leaflet.full_clean()
    assert "không phải PDF" in str(error.value.message_dict["pdf_file"])


def test_video_upload_checks_content(admin_client):
    from wagtailmedia.models import get_media_model

    response = admin_client.post(
        reverse("wagtailmedia:add", args=["video"]),
        {
            "title": "Clip",
            "file": SimpleUploadedFile("clip.mp4", b"<html>not a video</html>"),
            "collection": 1,
            "duration": 3,
        },
    )
    assert "nội dung không phải MP4" in response.content.decode()
    assert not get_media_model().objects.exists()


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7", "pdf"),
        (b"PK\x03\x04rest", "zip"),
        (b"\x1a\x45\xdf\xa3", "webm"),
        (b"\0\0\0\x18ftypmp42", "mp4"),
        (b"WEBVTT\n\n", "vtt"),
        ("Văn bản thường".encode(), "text"),
        (b"\x00\x01\x02\xff", None),
    ],
)
def test_sniffing_reads_the_first_bytes(head, kind):
    assert sniff(head) == kind


def test_sniff_is_not_fooled_by_a_long_text_cut_in_a_character():
    text = ("đ" * 3000).encode()[:4095]
    assert sniff(io.BytesIO(text).read()) == "text"
