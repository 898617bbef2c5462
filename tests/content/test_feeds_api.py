"""RSS/Atom feeds (all, per kind, per topic, per agency), the read-only JSON API of
published materials, the sitemap in both languages and robots.txt."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import content as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def materials(shelf_a, shelf_b):
    return {
        "leaflet_a": factories.material(
            shelf_a, "leaflet", title="Tờ rơi A", topics=["bien"]
        ),
        "video_a": factories.material(
            shelf_a, "video", title="Video A", topics=["mang"]
        ),
        "booklet_b": factories.material(
            shelf_b, "booklet", title="Cẩm nang B", topics=["mang"]
        ),
        "draft": factories.material(
            shelf_b, "leaflet", title="Bản nháp B", publish=False
        ),
    }


def _rss_titles(response):
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed
    return {item.findtext("title") for item in root.iter("item")}


def _atom_titles(response):
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed
    ns = "{http://www.w3.org/2005/Atom}"
    return {entry.findtext(f"{ns}title") for entry in root.iter(f"{ns}entry")}


def test_rss_feed_of_all_new_materials(client, materials):
    response = client.get("/tai-lieu/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert _rss_titles(response) == {"Tờ rơi A", "Video A", "Cẩm nang B"}
    assert b"<language>vi</language>" in response.content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("loai=video", {"Video A"}),
        ("chu_de=mang", {"Video A", "Cẩm nang B"}),
        ("co_quan=cong-an", {"Cẩm nang B"}),
    ],
)
def test_feeds_per_kind_topic_and_agency(client, materials, query, expected):
    assert _rss_titles(client.get(f"/tai-lieu/rss/?{query}")) == expected
    assert _atom_titles(client.get(f"/tai-lieu/atom/?{query}")) == expected


def test_api_lists_published_materials_only(client, materials, shelf_a):
    alias = materials["booklet_b"].create_alias(parent=shelf_a, update_slug="dung-lai")
    response = client.get("/api/v2/materials/")
    assert response.status_code == 200
    data = response.json()
    titles = {item["title"] for item in data["items"]}
    assert titles == {"Tờ rơi A", "Video A", "Cẩm nang B"}
    assert alias.pk not in {item["id"] for item in data["items"]}
    leaflet = next(i for i in data["items"] if i["title"] == "Tờ rơi A")
    assert leaflet["kind"] == "leaflet"
    assert leaflet["owner_agency_name"] == "Sở Y tế"
    assert leaflet["download_url"] == f"/thu-vien-tep/tai/{materials['leaflet_a'].pk}/"


def test_api_detail_and_type_filter(client, materials):
    video = materials["video_a"]
    detail = client.get(f"/api/v2/materials/{video.pk}/").json()
    assert detail["embed_player_url"].startswith("https://www.youtube-nocookie.com/")
    assert detail["topic_slugs"] == ["mang"]
    typed = client.get("/api/v2/materials/?type=content.BookletPage").json()
    assert [i["title"] for i in typed["items"]] == ["Cẩm nang B"]
    assert client.get(f"/api/v2/materials/{materials['draft'].pk}/").status_code == 404


def test_api_is_read_only(client, materials):
    assert client.post("/api/v2/materials/", {"title": "x"}).status_code == 405


def test_sitemap_lists_both_languages_without_aliases(client, site, materials, shelf_a):
    from wagtail.models import Locale

    from cms.models import HomePage

    alias = materials["leaflet_a"].create_alias(
        parent=factories.shelf(shelf_a.get_parent()), update_slug="ban-sao"
    )
    english_home = HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
    response = client.get("/sitemap.xml")
    body = response.content.decode()
    assert response.status_code == 200
    assert materials["leaflet_a"].full_url in body
    assert english_home.full_url in body
    assert "/en/" in english_home.full_url
    assert alias.full_url not in body
    assert "Bản nháp" not in body and materials["draft"].slug not in body


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
