"""The data generator and the benchmark work end to end (on a small N here)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from search import query
from search.models import SearchTestPage

pytestmark = pytest.mark.django_db


def test_generator_creates_valid_indexed_pages_and_can_remove_them(site, rf):
    call_command(
        "search_generate", "--count", "30", "--batch", "12", stdout=io.StringIO()
    )
    generated = SearchTestPage.objects.filter(slug__startswith="tai-lieu-")
    assert generated.count() == 30
    parent = Page.objects.get(slug="du-lieu-thu-nghiem-tim-kiem")
    assert parent.numchild == 30
    # The tree is valid: treebeard finds the children through their paths.
    assert parent.get_children().count() == 30
    assert Page.find_problems() == ([], [], [], [], [])
    request = rf.get("/search/", HTTP_HOST="localhost")
    # Every generated title ends with "(số N)": the bulk-inserted pages are searchable.
    titles = [hit.title for hit in query.search("so 7", request).results]
    assert any(title.endswith("(số 7)") for title in titles)

    # Running again adds, with fresh paths.
    call_command("search_generate", "--count", "5", stdout=io.StringIO())
    assert parent.get_children().count() == 35

    call_command("search_generate", "--delete", stdout=io.StringIO())
    assert not SearchTestPage.objects.filter(slug__startswith="tai-lieu-").exists()


def test_bench_prints_percentiles(site):
    call_command("search_generate", "--count", "20", stdout=io.StringIO())
    out = io.StringIO()
    call_command("search_bench", "--repeat", "1", stdout=out)
    output = out.getvalue()
    assert "p50=" in output and "p95=" in output
    assert "Plan for 'hộ chiếu'" in output
    assert "typical queries" in output and "most common words" in output
