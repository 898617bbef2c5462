"""Victim case data is never indexed, in any backend: `manage.py check` fails if a model
of a confidential app is searchable, the backends refuse such objects, and search's
registry refuses such sources."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import models
from django.test.utils import isolate_apps
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from search.checks import (
    check_confidential_apps_not_indexed,
    confidential_indexed_models,
)
from search.models import DocumentText
from search.registry import SearchSource, register
from tests.factories import search as make

pytestmark = pytest.mark.django_db


def test_the_project_as_it_stands_passes_the_check():
    assert check_confidential_apps_not_indexed() == []


def test_referrals_are_confidential_by_default(settings):
    assert "referrals" in settings.SEARCH_CONFIDENTIAL_APPS


@isolate_apps("search")
def test_an_indexed_or_searchable_case_model_is_caught():
    class VictimCase(index.Indexed, models.Model):
        code = models.CharField(max_length=20)
        search_fields = [index.SearchField("code")]

        class Meta:
            app_label = "referrals"

    class CaseNote(models.Model):
        text = models.TextField()
        search_fields = [index.SearchField("text")]

        class Meta:
            app_label = "referrals"

    class CaseStage(models.Model):
        name = models.CharField(max_length=20)

        class Meta:
            app_label = "referrals"

    class Leaflet(index.Indexed, models.Model):
        title = models.CharField(max_length=20)

        class Meta:
            app_label = "content"

    found = confidential_indexed_models(
        [VictimCase, CaseNote, CaseStage, Leaflet], {"referrals"}
    )
    assert found == [VictimCase, CaseNote]


def test_manage_py_check_fails_when_a_confidential_app_is_indexed(settings):
    # Pretend the search app itself were confidential: its DocumentText is indexed.
    settings.SEARCH_CONFIDENTIAL_APPS = ["portal_search"]
    errors = check_confidential_apps_not_indexed()
    assert {e.id for e in errors} == {"portal_search.E001"}
    assert any(e.obj is DocumentText for e in errors)
    with pytest.raises(SystemCheckError, match="portal_search.E001"):
        call_command("check")


def test_the_backends_refuse_objects_of_confidential_apps(backend, settings, indexed):
    settings.SEARCH_CONFIDENTIAL_APPS = ["portal_search"]
    make.document("Hồ sơ nạn nhân", make.docx_bytes("Nguyễn Thị A"), "ho-so.docx")
    indexed()
    search_backend = get_search_backend()
    assert list(search_backend.search("nguyen", DocumentText.objects.all())) == []
    assert list(search_backend.search("ho so", DocumentText.objects.all())) == []
    # Bulk indexing (the reindex command) is refused too.
    search_backend.add_bulk(DocumentText, list(DocumentText.objects.all()))
    indexed()
    assert list(search_backend.search("nguyen", DocumentText.objects.all())) == []


def test_the_registry_refuses_confidential_sources(settings):
    settings.SEARCH_CONFIDENTIAL_APPS = ["portal_search"]
    with pytest.raises(ImproperlyConfigured, match="confidential"):
        register(
            SearchSource(
                key="cases",
                label="Hồ sơ",
                model=DocumentText,
                queryset=lambda request: DocumentText.objects.all(),
                describe=lambda items, request: [],
            )
        )
