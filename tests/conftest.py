"""Shared fixtures: a clean cache, e-mail outbox and the demo site root for page tests."""

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def _clear_cache():
    # Every cache, the per-process renditions cache included: ids are reused between
    # tests, and a rendition kept from another test would point at its file.
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def site(db):
    """The default site with its Vietnamese home page and English translation."""
    from wagtail.models import Site

    from cms import demo

    demo.load()
    return Site.objects.get(is_default_site=True)
