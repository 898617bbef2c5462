"""The reindex command brings the index up to date in place, with a summary."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.search.backends import get_search_backend

from search.models import DocumentText, SearchTestPage
from tests.factories import search as make

pytestmark = pytest.mark.django_db


def test_reindex_restores_a_lost_index_and_summarises(backend, home, indexed):
    page = make.page(home, "Sổ tay truyền thông", "Sổ tay cho cộng đồng.")
    make.document("Biên bản", make.docx_bytes("Biên bản họp"), "bien-ban.docx")
    search_backend = get_search_backend()
    # Lose the entries as a crash or a restored backup would.
    search_backend.delete(page)
    for item in DocumentText.objects.all():
        search_backend.delete(item)
    indexed()
    assert list(search_backend.search("so tay", SearchTestPage.objects.all())) == []

    out = io.StringIO()
    call_command("search_reindex", "--chunk-size", "1", stdout=out)
    indexed()
    output = out.getvalue()
    assert "Summary" in output
    assert "portal_search.SearchTestPage" in output
    assert "0 failed" in output
    assert "100%" in output
    found = search_backend.search("so tay", SearchTestPage.objects.all())
    assert [p.pk for p in found] == [page.pk]
    assert list(search_backend.search("bien ban hop", DocumentText.objects.all()))


def test_reindex_can_re_extract_documents(db):
    doc = make.document("Biên bản", make.docx_bytes("Nội dung"), "bien-ban.docx")
    DocumentText.objects.filter(document=doc).update(text="", status="pending")
    call_command(
        "search_reindex",
        "--extract",
        "--model",
        "portal_search.DocumentText",
        stdout=io.StringIO(),
    )
    assert DocumentText.objects.get(document=doc).text == "Nội dung"


def test_reindex_rejects_unknown_models(db):
    with pytest.raises(CommandError, match="Not an indexed model"):
        call_command(
            "search_reindex", "--model", "referrals.Case", stdout=io.StringIO()
        )
