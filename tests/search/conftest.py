"""Search tests run once per configured backend: the database backend always (SQLite
FTS5 or PostgreSQL, by DATABASE_URL), Elasticsearch when ELASTICSEARCH_URL is set."""

import os

import pytest
from wagtail.search.backends import get_search_backend

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")

BACKENDS = [
    pytest.param("database", id="database"),
    pytest.param(
        "elasticsearch",
        id="elasticsearch",
        marks=pytest.mark.skipif(
            not ES_URL,
            reason="ELASTICSEARCH_URL is not set: no Elasticsearch server here; "
            "the docker-compose stack provides one",
        ),
    ),
]


@pytest.fixture(params=BACKENDS)
def backend(request, settings, db):
    """The configured backend for this run; Elasticsearch gets a fresh test index."""
    if request.param == "elasticsearch":
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {
                "BACKEND": "search.backends.elasticsearch",
                "URLS": [ES_URL],
                "INDEX": "portal-test",
                "TIMEOUT": 10,
            }
        }
        get_search_backend().reset_indexes()
    return request.param


@pytest.fixture
def indexed():
    """Call after creating data: makes the index searchable (Elasticsearch refreshes)."""

    def ready():
        backend = get_search_backend()
        if hasattr(backend, "refresh_indexes"):
            backend.refresh_indexes()

    return ready


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture(autouse=True)
def _vietnamese():
    """Calls made outside a request read in Vietnamese, whatever a previous request left
    active in this thread."""
    from django.utils import translation

    with translation.override("vi"):
        yield
