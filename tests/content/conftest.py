"""Fixtures of the library tests: a library with two agencies' shelves."""

import pytest

from tests.factories import content as factories
from tests.factories.directory import AgencyFactory


@pytest.fixture
def library(site):
    return factories.library(site)


@pytest.fixture
def agency_a(db):
    return AgencyFactory(
        name="Sở Y tế thử nghiệm", short_name="Sở Y tế", slug="so-y-te"
    )


@pytest.fixture
def agency_b(db):
    return AgencyFactory(
        name="Công an thử nghiệm", short_name="Công an", slug="cong-an"
    )


@pytest.fixture
def shelf_a(library, agency_a):
    return factories.shelf(library, agency_a)


@pytest.fixture
def shelf_b(library, agency_b):
    return factories.shelf(library, agency_b)
