"""The directory in the CMS admin: listing, search, filters; agency administrators see only
their own agency's memberships."""

import pytest

from portal.directory import roles as R
from tests.factories.directory import AgencyFactory, UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def sysadmin():
    return member(AgencyFactory(), [R.SYSTEM_ADMINISTRATOR], username="sysadmin")


@pytest.mark.parametrize(
    "model",
    [
        "agency",
        "membership",
        "functionassignment",
        "function",
        "administrativeunit",
        "legalreference",
    ],
)
def test_the_system_administrator_manages_every_directory_list(client, sysadmin, model):
    client.force_login(sysadmin)
    assert client.get(f"/admin/directory/{model}/").status_code == 200
    assert client.get(f"/admin/directory/{model}/create/").status_code == 200


def test_agencies_can_be_searched_and_filtered(client, sysadmin):
    AgencyFactory(name="Sở Y tế", kind="health")
    AgencyFactory(name="Công an tỉnh", kind="police")
    client.force_login(sysadmin)
    html = client.get("/admin/directory/agency/?q=Công an").content.decode()
    assert "Công an tỉnh" in html and "Sở Y tế" not in html
    html = client.get("/admin/directory/agency/?kind__exact=health").content.decode()
    assert "Sở Y tế" in html and "Công an tỉnh" not in html
    assert client.get("/admin/directory/agency/?validity=current").status_code == 200


def test_an_agency_administrator_sees_only_their_agencys_members(client):
    mine, other = AgencyFactory(name="Sở Y tế"), AgencyFactory(name="Sở Ngoại vụ")
    admin = member(mine, [R.AGENCY_ADMINISTRATOR], username="ha")
    member(mine, [R.PROCESS_STAFF], user=UserFactory(username="colleague"))
    member(other, [R.PROCESS_STAFF], user=UserFactory(username="stranger"))
    client.force_login(admin)
    html = client.get("/admin/directory/membership/").content.decode()
    assert "colleague" in html
    assert "stranger" not in html
    assert client.get("/admin/directory/agency/create/").status_code in (302, 403)


def test_a_communications_editor_cannot_manage_the_directory(client):
    editor = member(AgencyFactory(), [R.COMMUNICATIONS_EDITOR])
    client.force_login(editor)
    assert client.get("/admin/directory/agency/").status_code in (302, 403)


def test_an_agency_administrator_cannot_reach_another_agencys_records(client):
    mine, other = AgencyFactory(name="Sở Y tế"), AgencyFactory(name="Sở Ngoại vụ")
    admin = member(mine, [R.AGENCY_ADMINISTRATOR], username="ha")
    stranger = member(other, [R.PROCESS_STAFF], user=UserFactory(username="stranger"))
    foreign = stranger.memberships.get()
    client.force_login(admin)
    assert (
        client.get(f"/admin/directory/membership/edit/{foreign.pk}/").status_code == 404
    )
    assert (
        client.get(f"/admin/directory/membership/delete/{foreign.pk}/").status_code
        == 404
    )
    assert client.get(f"/admin/directory/agency/edit/{other.pk}/").status_code == 404
    assert client.get(f"/admin/directory/agency/edit/{mine.pk}/").status_code == 200
    # The form offers only their own agency and only role groups.
    form = client.get("/admin/directory/membership/create/").context["form"]
    assert list(form.fields["agency"].queryset) == [mine]
    assert set(form.fields["roles"].queryset.values_list("name", flat=True)) == set(
        R.ROLES
    )
