import pytest

from tests.factories.workflows import Team


@pytest.fixture
def team(db):
    return Team()


@pytest.fixture(autouse=True)
def _urls():
    from workflows.site import ensure_urls

    ensure_urls()
