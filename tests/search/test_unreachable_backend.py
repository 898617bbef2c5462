"""Elasticsearch configured but unreachable: search answers from the database backend
with a logged warning, never an error page."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

UNREACHABLE = {
    "default": {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX": "unreachable",
        "TIMEOUT": 1,
    },
    "fallback": {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": "portal_vietnamese",
    },
}


def test_search_falls_back_to_the_database(client, site, caplog):
    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE):
        response = client.get("/search/", {"q": "chung tay phong chong"})
        assert response.status_code == 200
        assert 'role="search"' in response.content.decode()
        assert "answering from the database" in caplog.text
        suggestions = client.get("/search/", {"q": "chung"})
        assert suggestions.status_code == 200
