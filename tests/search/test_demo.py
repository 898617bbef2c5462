"""The search demo loads twice without change and gives staff something to find."""

import pytest
from django.test import RequestFactory

from portal.directory import demo as directory_demo
from search import demo, query
from search.models import DocumentText

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_searchable(site):
    directory_demo.load()
    demo.load()
    demo.load()
    assert DocumentText.objects.count() == 2
    assert set(DocumentText.objects.values_list("status", flat=True)) == {"extracted"}
    from django.contrib.auth import get_user_model

    from portal.directory.roles import PROCESS_STAFF

    user = get_user_model().objects.filter(groups__name=PROCESS_STAFF).first()
    assert user is not None
    request = RequestFactory().get("/search/staff/", HTTP_HOST="localhost")
    request.user = user
    titles = {h.title for h in query.search("hoi nghi", request, public=False).results}
    assert "Biên bản hội nghị liên ngành quý III" in titles
