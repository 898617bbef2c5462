"""Public search at /search/ and /en/search/: published public pages of the language
being read, facets, snippets, pagination, the no-result page and bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from cms.models import SiteSettings
from tests.factories import search as make

pytestmark = pytest.mark.django_db


def facet(label, count):
    return f'{label} <span class="search-facets__count">({count})</span>'


@pytest.fixture
def pages(backend, home, indexed):
    made = {
        "published": make.page(
            home,
            "Nhận diện nạn nhân bị mua bán",
            "Dấu hiệu nhận diện.",
            topic="Nhận diện",
        ),
        "draft": make.page(home, "Bản nháp nạn nhân", "Chưa xuất bản.", live=False),
        "private": make.page(home, "Trang riêng nạn nhân", "Chỉ cán bộ."),
    }
    PageViewRestriction.objects.create(
        page=made["private"], restriction_type=PageViewRestriction.LOGIN
    )
    indexed()
    return made


def test_search_page_has_an_accessible_form(client, site):
    html = client.get("/search/").content.decode()
    assert 'role="search"' in html
    assert '<label class="search-form__label" for="search-page-q">' in html
    assert 'id="search-page-q"' in html


def test_only_published_public_pages_are_found(client, pages):
    response = client.get("/search/", {"q": "nan nhan"})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "<mark>Nhận</mark> diện <mark>nạn</mark> <mark>nhân</mark> bị mua bán" in html
    )
    assert "Bản nháp" not in html
    assert "Trang riêng" not in html
    assert 'role="status"' in html


def test_results_are_in_the_language_being_read(client, pages, home, indexed):
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    make.page(english_home, "Victims of trafficking", "Support for victims.")
    indexed()
    vi = client.get("/search/", {"q": "victims"}).content.decode()
    en = client.get("/en/search/", {"q": "victims"}).content.decode()
    assert "Victims of trafficking" not in vi
    assert "<mark>Victims</mark> of trafficking" in en
    assert '<html lang="en">' in en


def test_facets_by_kind_and_topic_filter_the_results(client, pages, home, indexed):
    make.page(home, "Phòng ngừa mua bán người", "Tuyên truyền.", topic="Phòng ngừa")
    indexed()
    html = client.get("/search/", {"q": "mua ban"}).content.decode()
    assert facet("Phòng ngừa", 1) in html and facet("Nhận diện", 1) in html
    assert facet("Trang thử nghiệm tìm kiếm", 2) in html  # the kind facet
    response = client.get("/search/", {"q": "mua ban", "topic": "Phòng ngừa"})
    html = response.content.decode()
    assert "Phòng ngừa <mark>mua</mark> <mark>bán</mark> người" in html
    assert "Nhận diện nạn nhân" not in html
    assert 'aria-current="true"' in html


def test_pagination(client, backend, home, indexed):
    for n in range(12):
        make.page(home, f"Tờ rơi tuyên truyền số {n}", "Tờ rơi.")
    indexed()
    first = client.get("/search/", {"q": "to roi"}).content.decode()
    assert "Kết quả cho “to roi”: 12" in first
    assert "Trang 1 / 2" in first and 'rel="next"' in first
    second = client.get("/search/", {"q": "to roi", "page": 2}).content.decode()
    assert "Trang 2 / 2" in second and 'rel="prev"' in second
    assert second.count('class="search-result"') == 2


def test_nothing_found_offers_the_hotline_and_popular_pages(client, pages, site):
    settings_ = SiteSettings.for_site(site)
    settings_.hotline_number = "18001567"
    settings_.save()
    html = client.get("/search/", {"q": "khongcotukhoanay"}).content.decode()
    assert "Không tìm thấy kết quả" in html
    assert html.count('href="tel:18001567"') >= 2
    assert "Trang được quan tâm" in html


def test_snippets_are_escaped(client, backend, home, indexed):
    make.page(
        home, "Cảnh báo lừa đảo", "<script>alert('x')</script> việc nhẹ lương cao"
    )
    indexed()
    html = client.get("/search/", {"q": "luong cao"}).content.decode()
    assert "<script>alert" not in html
    assert "<mark>lương</mark> <mark>cao</mark>" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 10_000},
        {"q": "nạn " * 3000},
        {"q": "' OR 1=1; DROP TABLE wagtailcore_page; --"},
        {"q": 'title:(nan AND "nhan'},
        {"q": "nan* ~2 ^3 +mua -ban || && ! {} [] / \\"},
        {"q": '"""'},
        {"q": "\x00\x1f"},
        {"q": "nan nhan", "kind": "khong.ton-tai"},
        {"q": "nan nhan", "topic": "x" * 500},
        {"q": "nan nhan", "page": "999999"},
        {"q": "nan nhan", "page": "-3"},
        {"q": "nan nhan", "page": "abc"},
    ],
)
def test_bad_input_gives_a_normal_page(client, pages, params):
    for prefix in ("", "/en"):
        response = client.get(f"{prefix}/search/", params)
        assert response.status_code == 200


def test_unknown_facet_values_are_ignored_not_fatal(client, pages):
    html = client.get("/search/", {"q": "nan nhan", "kind": "nope"}).content.decode()
    assert (
        "<mark>Nhận</mark> diện <mark>nạn</mark> <mark>nhân</mark> bị mua bán" in html
    )


def test_out_of_range_page_shows_the_last_page(client, pages):
    html = client.get("/search/", {"q": "nan nhan", "page": "50"}).content.decode()
    assert "diện <mark>nạn</mark> <mark>nhân</mark>" in html


def test_autocomplete_is_json(client, pages):
    response = client.get("/search/suggest/", {"q": "nhan di"})
    assert response.status_code == 200
    titles = [r["title"] for r in response.json()["results"]]
    assert titles == ["Nhận diện nạn nhân bị mua bán"]
    assert client.get("/search/suggest/", {"q": "x" * 10_000}).status_code == 200


def _search_cost(client, text):
    client.get("/search/", {"q": text})  # warms the caches the application keeps
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/search/", {"q": text}).status_code == 200
    return len(queries)


def test_results_page_query_count_does_not_grow_with_hits(
    client, backend, home, site, indexed
):
    from tests.factories import content

    shelf = content.shelf(content.library(site))

    def add(start, stop, kinds):
        for n in range(start, stop):
            make.page(
                home, f"Cẩm nang hỗ trợ {n}", "Cẩm nang.", topic=f"Chủ đề {n % 3}"
            )
            content.material(
                shelf,
                kinds[n % len(kinds)],
                title=f"Cẩm nang tài liệu {n}",
                topics=[f"chu-de-{n % 4}"],
                audiences=["ngu-dan"],
                with_cover=False,
            )
        indexed()

    add(0, 2, ["leaflet"])
    few = _search_cost(client, "cam nang")
    # More hits, and more kinds of material: every kind is read in the same query.
    add(2, 20, ["leaflet", "video", "booklet", "handbook", "reportage"])
    many = _search_cost(client, "cam nang")
    assert few == many <= 15


def test_a_new_view_restriction_hides_a_page_at_once(client, pages):
    assert "Nhận diện" in client.get("/search/", {"q": "nan nhan"}).text
    PageViewRestriction.objects.create(
        page=pages["published"], restriction_type=PageViewRestriction.LOGIN
    )
    assert "Nhận diện nạn nhân" not in client.get("/search/", {"q": "nan nhan"}).text


def test_the_english_page_is_in_english(client, pages):
    html = client.get("/en/search/", {"q": "khongco"}).content.decode()
    assert "No results found" in html
    assert "Need help now? Call the hotline" in html
    assert (
        '<label class="search-form__label" for="search-page-q">Search</label>' in html
    )
