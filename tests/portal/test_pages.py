"""Base pages: both languages with the hotline, the error pages, the health check."""

import pytest
from django.test import override_settings
from django.urls import path

from cms.models import SiteSettings
from portal import urls as portal_urls

pytestmark = pytest.mark.django_db


def test_home_page_in_vietnamese_shows_the_hotline_first(client, site):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert 'href="tel:111"' in html
    assert "Chung tay phòng, chống mua bán người" in html
    # The hotline comes before the page's own heading.
    assert html.index("tel:111") < html.index("<h1")
    assert 'href="#main"' in html and 'id="main"' in html


def test_home_page_in_english(client, site):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Together against human trafficking" in html
    assert "Call the hotline" in html or "hotline" in html.lower()
    assert 'href="tel:111"' in html


def test_the_language_switch_lands_on_the_same_page(client, site):
    html = client.get("/").content.decode()
    assert 'hreflang="en"' in html
    assert 'href="/en/"' in html


def test_the_hotline_is_a_site_setting(client, site):
    settings_ = SiteSettings.for_site(site)
    settings_.hotline_number = "18001567"
    settings_.save()
    assert 'href="tel:18001567"' in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [("", "Không tìm thấy trang"), ("/en", "Page not found")],
)
def test_404_is_the_projects_own_page_in_both_languages(client, site, prefix, heading):
    response = client.get(f"{prefix}/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert heading in html
    assert 'href="tel:111"' in html


def _boom(request):
    raise RuntimeError("boom")


def _forbidden(request):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied


def _bad(request):
    from django.core.exceptions import SuspiciousOperation

    raise SuspiciousOperation("bad")


urlpatterns = [
    path("boom/", _boom),
    path("forbidden/", _forbidden),
    path("bad/", _bad),
    *portal_urls.urlpatterns,
]
handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"


@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize(
    ("url", "status", "text"),
    [
        ("/boom/", 500, "Đã có lỗi xảy ra"),
        ("/forbidden/", 403, "Không có quyền truy cập"),
        ("/bad/", 400, "Yêu cầu không hợp lệ"),
    ],
)
def test_error_pages_are_the_projects_own(client, url, status, text):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == status
    html = response.content.decode()
    assert text in html
    assert 'href="tel:111"' in html
    assert "viewflow" not in html.lower()


@override_settings(ROOT_URLCONF=__name__, LANGUAGE_CODE="en")
def test_error_page_in_english(client, settings):
    client.raise_request_exception = False
    response = client.get("/boom/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 500


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_is_503_when_the_database_fails(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
