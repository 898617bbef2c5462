"""The case list costs the same number of queries for 2 cases as for 12."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.referrals import BORDER_GUARD, case_url, open_case, sign_in

pytestmark = pytest.mark.django_db


def _list_queries(client, case):
    sign_in(client, BORDER_GUARD)
    url = case_url(case).rsplit("case/", 1)[0]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_case_list_query_count_does_not_grow_with_rows(
    client, directory, django_assert_max_num_queries
):
    first = open_case(client, BORDER_GUARD, "bdbp-tphcm", id_number="079100000001")
    open_case(client, BORDER_GUARD, "bdbp-tphcm", id_number="079100000002")
    _list_queries(client, first)  # warm the caches (content types, site settings)
    few, _html = _list_queries(client, first)
    for index in range(10):
        open_case(client, BORDER_GUARD, "bdbp-tphcm", id_number=f"07920000{index:04d}")
    many, html = _list_queries(client, first)
    assert many <= few
    assert html.count("/case/HS-") == 12
    sign_in(client, BORDER_GUARD)
    with django_assert_max_num_queries(few):
        client.get(case_url(first).rsplit("case/", 1)[0])


def test_the_list_filters_by_stage(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    sign_in(client, BORDER_GUARD)
    url = case_url(case).rsplit("case/", 1)[0]
    assert case.code in client.get(url + "?stage=essential_needs").content.decode()
    assert case.code not in client.get(url + "?stage=closed").content.decode()


def test_the_case_pages_speak_english_too(client, directory):
    case = open_case(client, BORDER_GUARD, "bdbp-tphcm")
    sign_in(client, BORDER_GUARD)
    response = client.get("/en" + case_url(case))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Case {case.code}" in html
    assert "Forced criminality (online scams, scam compounds)" in html
