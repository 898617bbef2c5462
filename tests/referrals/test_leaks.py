"""Nothing leaks: unique markers planted in every personal field are found nowhere but
on the participants' own pages — not in logs, mail, the search index, pages for
anyone else, the CMS admin, error pages, URLs, the raw database or the media folder."""

import logging
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from tests.factories.referrals import (
    AUTHORITY_WORKER,
    BORDER_GUARD,
    case_url,
    do_task,
    open_case,
    sign_in,
)
from workflows.referrals.crypto import ENCRYPTED_FIELD_TYPES
from workflows.referrals.models import (
    Case,
    CaseDocument,
    CaseEvent,
    CaseNote,
    Consent,
    Person,
    Relative,
    Service,
)

pytestmark = pytest.mark.django_db(transaction=True)

MARK = "QZXMARK"
PERSONAL_MODELS = [
    Case,
    Person,
    Relative,
    CaseEvent,
    CaseNote,
    CaseDocument,
    Consent,
    Service,
]


def m(field):
    """A marker unique to one field, easy to grep for."""
    return f"{MARK}{field.upper()}"


@pytest.fixture
def media(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path


@pytest.fixture
def planted(client, directory, media, caplog, settings):
    """A case with a marker in every personal field, made through the pages."""
    caplog.set_level(logging.DEBUG)
    settings.ADMINS = [("Admin", "admin@example.invalid")]
    case = open_case(
        client,
        BORDER_GUARD,
        "bdbp-tphcm",
        full_name=m("name"),
        aliases=m("alias"),
        id_number=m("idnumber"),
        address=m("address"),
        phone=m("phone"),
        narrative=m("narrative"),
        photo=SimpleUploadedFile(
            "p.png", b"\x89PNG\r\n\x1a\n" + m("photo").encode(), "image/png"
        ),
    )
    client.post(
        case_url(case, "add_relative"),
        {
            "relation": "child",
            "accompanying": "on",
            "full_name": m("relname"),
            "birth_date": "2020-01-01",
            "phone": m("relphone"),
            "notes": m("relnotes"),
        },
    )
    client.post(
        case_url(case, "add_event"),
        {
            "kind": "exploitation",
            "occurred_on": "2025-01-01",
            "place": m("place"),
            "means": m("means"),
            "exploitation_type": "forced_criminality",
        },
    )
    client.post(
        case_url(case, "add_document"),
        {
            "kind": "other",
            "title": m("doctitle"),
            "file": SimpleUploadedFile(
                "d.pdf", b"%PDF-1.4\n" + m("doccontent").encode(), "application/pdf"
            ),
        },
    )
    client.post(
        case_url(case, "add_service"),
        {
            "kind": "medical",
            "status": "delivered",
            "delivered_on": "2025-01-02",
            "amount": "100000",
            "note": m("servicenote"),
        },
    )
    do_task(
        client,
        BORDER_GUARD,
        case,
        "essential_needs",
        {"services": ["food"], "note": m("needsnote")},
    )
    case = Case.objects.get(pk=case.pk)
    for field in ("identification_reasons", "wishes", "escort", "support_plan"):
        setattr(case, field, m(field))
    case.follow_up_notes = m("followup")
    case.save()
    Consent.objects.create(
        case=case, purpose="disclose", decision="given", note=m("consentnote")
    )
    return case


def _rows_of_every_table():
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                yield table, row


def _as_text(value):
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("latin-1")
    return str(value)


def test_every_personal_field_is_planted_and_encrypted(planted):
    """The test covers every encrypted field: a new one without a marker fails here."""
    for model in PERSONAL_MODELS:
        encrypted = [
            f for f in model._meta.fields if isinstance(f, ENCRYPTED_FIELD_TYPES)
        ]
        for row in model.objects.filter(
            **({"pk": planted.pk} if model is Case else {"case": planted})
        ):
            for field in encrypted:
                value = getattr(row, field.attname)
                if model is Relative and field.name == "birth_date":
                    continue
                if model is Person and field.name == "birth_date":
                    continue
                if model is CaseNote or model is Service or model is Consent:
                    if not value:
                        continue
                if (
                    model is CaseDocument
                    and row.kind == "photo"
                    and field.name == "title"
                ):
                    continue
                assert value and MARK in str(value), (model.__name__, field.name)


def test_participants_read_the_data_back(client, planted):
    sign_in(client, BORDER_GUARD)
    html = client.get(case_url(planted)).content.decode()
    for field in (
        "name",
        "idnumber",
        "phone",
        "address",
        "narrative",
        "relname",
        "place",
    ):
        assert m(field) in html


def test_the_raw_database_and_the_media_folder_reveal_nothing(planted, media):
    leaks = [
        (table, _as_text(value)[:80])
        for table, row in _rows_of_every_table()
        for value in row
        if MARK in _as_text(value)
    ]
    assert leaks == []
    files = [p for p in Path(media).rglob("*") if p.is_file()]
    assert len(files) == 2  # the photo and the document, encrypted
    for path in files:
        data = path.read_bytes()
        assert MARK.encode() not in data
        assert not data.startswith((b"%PDF", b"\x89PNG"))
        assert "referrals/" in str(path) and path.suffix == ".bin"


def test_logs_mail_and_urls_carry_no_personal_data(client, planted, caplog):
    sign_in(client, AUTHORITY_WORKER)
    response = client.get(case_url(planted))
    assert MARK in response.content.decode()  # the authority takes part: it reads it
    assert MARK not in caplog.text
    for message in mail.outbox:
        assert MARK not in message.subject + message.body
        assert planted.code in message.subject
    assert MARK not in response.request["PATH_INFO"]


def test_pages_for_everybody_else_show_nothing(client, planted, site):
    for username in ("admin", "lan.bientap", "an.trungtam", "phuc.xa", "hoa.quytrinh"):
        sign_in(client, username)
        for url in (
            case_url(planted),
            case_url(planted, "print_case"),
            case_url(planted).rsplit("case/", 1)[0],
            "/",
            "/thong-ke-nan-nhan/",
            "/admin/",
            f"/admin/search/?q={m('name')}",
            "/accounts/",
        ):
            response = client.get(url)
            assert MARK not in response.content.decode(), (username, url)


def test_the_search_index_holds_no_case(planted):
    from wagtail.search.index import get_indexed_models
    from wagtail.search.models import IndexEntry

    assert not IndexEntry.objects.filter(content_type__app_label="referrals").exists()
    indexed = set(get_indexed_models())
    assert not indexed & set(PERSONAL_MODELS)


def test_an_error_page_shows_and_logs_no_personal_data(
    client, planted, caplog, monkeypatch
):
    from workflows.referrals import case_views

    def explode(self, form):
        raise RuntimeError("boom")

    monkeypatch.setattr(case_views.AddNoteView, "save", explode)
    sign_in(client, BORDER_GUARD)
    client.raise_request_exception = False
    response = client.post(case_url(planted, "add_note"), {"text": m("errornote")})
    assert response.status_code == 500
    assert m("errornote") not in response.content.decode()
    assert "boom" in caplog.text  # the error is logged…
    assert m("errornote") not in caplog.text  # …without what was typed
    for message in mail.outbox:
        assert m("errornote") not in message.body
