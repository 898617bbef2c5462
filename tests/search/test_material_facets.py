"""Materials in public search: their topics, audiences and owner agency fill the
facets (stable slugs, labels in the language being read), at a fixed query cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from content.models import Audience, Topic
from search import query
from search.sources import describe_public_pages
from tests.factories import content as make
from tests.factories.directory import AgencyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelves(site):
    library = make.library(site)
    health = AgencyFactory(name="Sở Y tế tỉnh", short_name="Sở Y tế", slug="so-y-te")
    police = AgencyFactory(name="Công an tỉnh", slug="cong-an-tinh")
    Topic.objects.create(slug="nhan-dien", name="Nhận diện", name_en="Identification")
    Audience.objects.create(slug="ngu-dan", name="Ngư dân", name_en="Fishermen")
    return {
        "health": make.shelf(library, health),
        "police": make.shelf(library, police),
    }


@pytest.fixture
def materials(backend, shelves, indexed):
    made = [
        make.material(
            shelves["health"],
            "leaflet",
            title="Tờ rơi nhận diện nạn nhân",
            topics=["nhan-dien"],
            audiences=["ngu-dan"],
        ),
        make.material(
            shelves["police"],
            "video",
            title="Video nạn nhân trở về",
            topics=["nhan-dien"],
        ),
    ]
    indexed()
    return made


def facet_labels(outcome, name):
    return {(f.value, f.label, f.count) for f in outcome.facets[name]}


def test_materials_fill_topic_audience_and_agency_facets(materials, rf):
    names = ("kind", "topic", "audience", "agency")
    outcome = query.search("nan nhan", rf.get("/search/"), facet_names=names)
    # Every kind is read from the shared material table, yet keeps its own kind.
    assert {
        ("content.leafletpage", "Tờ rơi", 1),
        ("content.videopage", "Video", 1),
    } <= facet_labels(outcome, "kind")
    assert facet_labels(outcome, "topic") == {("nhan-dien", "Nhận diện", 2)}
    assert facet_labels(outcome, "audience") == {("ngu-dan", "Ngư dân", 1)}
    assert facet_labels(outcome, "agency") == {
        ("so-y-te", "Sở Y tế", 1),
        ("cong-an-tinh", "Công an tỉnh", 1),
    }
    only_fishermen = query.search(
        "nan nhan",
        rf.get("/search/"),
        facet_names=names,
        filters={"audience": ["ngu-dan"]},
    )
    assert [hit.title for hit in only_fishermen.results] == [
        "Tờ rơi nhận diện nạn nhân"
    ]


def test_facet_labels_follow_the_language_values_do_not(materials):
    with translation.override("en"):
        values = materials[0].search_facet_values()
    assert values["topic"] == [("nhan-dien", "Identification")]
    assert values["audience"] == [("ngu-dan", "Fishermen")]


def test_the_search_page_links_facets_by_slug(client, materials):
    html = client.get("/search/", {"q": "nan nhan"}).content.decode()
    assert "topic=nhan-dien" in html and "Nhận diện" in html
    assert "agency=so-y-te" in html
    filtered = client.get("/search/", {"q": "nan nhan", "agency": "cong-an-tinh"})
    assert "Video <mark>nạn</mark> <mark>nhân</mark> trở về" in filtered.text
    assert "Tờ rơi nhận diện" not in filtered.text


def _describe_cost(rf, pages):
    hits = list(Page.objects.filter(pk__in=[p.pk for p in pages]))
    with CaptureQueriesContext(connection) as queries:
        results = describe_public_pages(hits, rf.get("/search/"))
    assert len(results) == len(hits) and all(r.facets["topic"] for r in results)
    return len(queries)


def test_describing_materials_costs_the_same_for_2_or_12_hits(shelves, rf):
    kinds = ["leaflet", "video", "booklet", "handbook"]
    pages = [
        make.material(
            shelves["health" if n % 2 else "police"],
            kinds[n % len(kinds)],
            topics=["nhan-dien"],
            audiences=["ngu-dan"],
            with_cover=False,
        )
        for n in range(12)
    ]
    _describe_cost(rf, pages[:1])  # warms the cached root paths of the site (URLs)
    # One query for every kind of material, two for topics and audiences, the site.
    assert _describe_cost(rf, pages[:2]) == _describe_cost(rf, pages) == 4
