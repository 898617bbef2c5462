"""The library's bench generator: materials that are live, listed, shelved by agency and
found by search, with real shared files."""

import io

import pytest
from django.test import RequestFactory

from content import bench
from content.models import Audience, MaterialPage, Topic
from search import query
from tests.factories import content as c

pytestmark = pytest.mark.django_db


def test_generated_materials_are_listed_and_searchable(client, site):
    library = c.library(site)
    shelves = [c.shelf(library), c.shelf(library)]
    c.term(Topic, "lao-dong", "Lao động cưỡng bức")
    c.term(Topic, "lua-dao", "Lừa đảo việc làm")
    c.term(Audience, "thanh-nien", "Thanh niên")
    out = io.StringIO()
    bench.generate(scale=0.004, stdout=out)  # 8 materials
    generated = MaterialPage.objects.filter(slug__startswith="tai-lieu-tao-sinh-")
    assert generated.count() == 8
    assert "8/8 materials" in out.getvalue()
    assert {m.get_parent().pk for m in generated} == {s.pk for s in shelves}
    material = generated.first().specific
    assert material.live and material.owner_agency_id and material.topics.exists()
    with material.pdf_file.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert client.get(material.url).status_code == 200
    listing = client.get(library.url).content.decode()
    assert "tai-lieu-tao-sinh-" in listing
    # Indexed in bulk after the saves: search finds them.
    word = material.title.split(":")[0]
    request = RequestFactory().get("/search/", HTTP_HOST="localhost")
    outcome = query.search(word, request)
    assert outcome.total >= 1
    # A second run goes on numbering: no slug clash below the shelves.
    bench.generate(scale=0.001, stdout=out)
    assert generated.all().count() == 10  # a fresh query: the first one is cached
