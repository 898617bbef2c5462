"""Concurrency: two editors publishing one page at once, many downloads of one file."""

import hashlib
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.files.base import ContentFile
from django.db import connection, connections
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_editors_publish_the_same_page_at_once(site):
    if connection.vendor != "postgresql":
        pytest.skip(
            "Concurrent writers need PostgreSQL (.ci/run); SQLite serialises them"
        )
    page_id = site.root_page_id
    barrier = threading.Barrier(2)
    errors = []

    def publish(intro):
        try:
            from cms.models import HomePage

            page = HomePage.objects.get(pk=page_id)
            page.intro = intro
            revision = page.save_revision()
            barrier.wait(timeout=10)
            revision.publish()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=publish, args=(text,))
        for text in ("Phiên bản của biên tập viên A", "Phiên bản của biên tập viên B")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    from cms.models import HomePage

    assert errors == []
    page = HomePage.objects.get(pk=page_id)
    # One of the two versions won, whole; the page stays live and its tree intact.
    assert page.intro in {
        "Phiên bản của biên tập viên A",
        "Phiên bản của biên tập viên B",
    }
    assert page.live
    assert page.live_revision.as_object().intro == page.intro
    assert page.revisions.count() >= 3
    assert HomePage.objects.get(pk=page_id).get_parent() is not None


def test_many_concurrent_downloads_of_one_file(live_server, site, settings, tmp_path):
    # Files on disk, as in the embedded default (documents are sent with sendfile).
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    settings.MEDIA_ROOT = str(tmp_path)
    payload = b"%PDF-1.4\n" + bytes(range(256)) * 4000
    document = get_document_model().objects.create(
        title="Tờ rơi", file=ContentFile(payload, name="to-roi.pdf")
    )
    url = f"{live_server.url}{document.url}"

    def download(_):
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, hashlib.sha256(response.read()).hexdigest()

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(download, range(40)))
    expected = hashlib.sha256(payload).hexdigest()
    assert results == [(200, expected)] * 40
