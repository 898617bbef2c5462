"""Sharing across agencies: communications staff see other agencies' materials, reuse
one as an alias in their own shelf (one source of truth), and see where each is reused;
originals are for signed-in agency staff only."""

import pytest
from django.urls import reverse

from content.models import MaterialPage
from portal.directory import roles
from tests.factories import content as factories
from tests.factories.directory import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_a(agency_a):
    return member(agency_a, [roles.COMMUNICATIONS_EDITOR])


@pytest.fixture
def leaflet_b(shelf_b):
    return factories.material(shelf_b, "leaflet", title="Tờ rơi của Công an")


def test_staff_see_other_agencies_materials_in_the_shared_library(
    client, editor_a, shelf_a, leaflet_b
):
    factories.material(shelf_a, "leaflet", title="Tờ rơi của chính mình")
    client.force_login(editor_a)
    html = client.get(reverse("content_shared_library")).content.decode()
    assert "Tờ rơi của Công an" in html
    assert "Tờ rơi của chính mình" not in html
    mine = client.get(
        reverse("content_shared_library") + "?scope=mine"
    ).content.decode()
    assert "Tờ rơi của chính mình" in mine


def test_reuse_creates_an_alias_that_follows_the_owners_updates(
    client, editor_a, shelf_a, leaflet_b
):
    client.force_login(editor_a)
    response = client.post(
        reverse("content_reuse", args=[leaflet_b.pk]), {"shelf": shelf_a.pk}
    )
    assert response.status_code == 302
    alias = MaterialPage.objects.child_of(shelf_a).get(alias_of=leaflet_b)
    assert alias.live and alias.owner_agency == leaflet_b.owner_agency
    # The owner updates the original: the reuse shows the new version, no copy to edit.
    leaflet_b.title = "Tờ rơi của Công an (bản 2)"
    leaflet_b.version = "2.0"
    leaflet_b.save_revision().publish()
    alias.refresh_from_db()
    assert alias.title == "Tờ rơi của Công an (bản 2)"
    html = client.get(alias.url).content.decode()
    assert "bản 2" in html
    assert f'<link rel="canonical" href="{leaflet_b.full_url}">' in html
    # And the shared library shows where it is reused.
    listing = client.get(reverse("content_shared_library")).content.decode()
    assert str(shelf_a.agency) in listing.split("Tờ rơi của Công an (bản 2)")[1]


def test_reusing_twice_in_the_same_shelf_is_refused_with_a_message(
    client, editor_a, shelf_a, leaflet_b
):
    client.force_login(editor_a)
    url = reverse("content_reuse", args=[leaflet_b.pk])
    client.post(url, {"shelf": shelf_a.pk})
    response = client.post(url, {"shelf": shelf_a.pk}, follow=True)
    assert "đã được dùng lại trong mục này" in response.content.decode()
    assert MaterialPage.objects.filter(alias_of=leaflet_b).count() == 1


def test_staff_cannot_reuse_into_another_agencys_shelf(
    client, editor_a, shelf_b, library, agency_b
):
    from tests.factories.directory import AgencyFactory

    third = factories.shelf(library, AgencyFactory(slug="bien-phong"))
    material = factories.material(third, "leaflet")
    client.force_login(editor_a)
    response = client.post(
        reverse("content_reuse", args=[material.pk]), {"shelf": shelf_b.pk}
    )
    # The admin turns a refusal into a redirect to its dashboard with a message.
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == "/admin/"
    assert not MaterialPage.objects.filter(alias_of=material).exists()


def test_own_materials_and_drafts_cannot_be_reused(
    client, editor_a, shelf_a, shelf_b, library
):
    from tests.factories.directory import AgencyFactory

    own = factories.material(shelf_a, "leaflet")
    draft = factories.material(shelf_b, "leaflet", publish=False)
    other_shelf = factories.shelf(library, AgencyFactory(slug="khac"))
    client.force_login(editor_a)
    own_response = client.post(
        reverse("content_reuse", args=[own.pk]), {"shelf": shelf_a.pk}, follow=True
    )
    assert "đã thuộc cơ quan của bạn" in own_response.content.decode()
    draft_response = client.post(
        reverse("content_reuse", args=[draft.pk]), {"shelf": shelf_a.pk}, follow=True
    )
    assert "Chỉ dùng lại được tài liệu đã xuất bản" in draft_response.content.decode()
    assert not MaterialPage.objects.filter(alias_of__in=[own, draft]).exists()
    assert other_shelf.get_children().count() == 0


@pytest.mark.parametrize("role", [roles.PROCESS_STAFF, roles.CASE_WORKER])
def test_staff_outside_communications_cannot_open_the_shared_library(
    client, agency_a, role, leaflet_b
):
    user = member(agency_a, [role])
    client.force_login(user)
    assert client.get(reverse("content_shared_library")).status_code in (302, 403)


def test_originals_are_for_signed_in_agency_staff(client, shelf_b, agency_a):
    from tests.factories.directory import UserFactory

    material = factories.material(
        shelf_b, "leaflet", source_file=factories.document("Bản in", "ban-in.pdf")
    )
    url = reverse("content:original", args=[material.pk])
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    client.force_login(UserFactory())  # an account without any agency
    assert client.get(url).status_code == 404
    client.force_login(member(agency_a, [roles.PROCESS_STAFF]))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert 'attachment; filename="ban-in' in response["Content-Disposition"]


def test_the_public_page_links_originals_only_for_staff(client, shelf_b, agency_a):
    material = factories.material(
        shelf_b, "leaflet", source_file=factories.document("Bản in", "ban-in.pdf")
    )
    original_url = reverse("content:original", args=[material.pk])
    assert original_url not in client.get(material.url).content.decode()
    client.force_login(member(agency_a, [roles.COMMUNICATIONS_EDITOR]))
    assert original_url in client.get(material.url).content.decode()


def test_each_agency_edits_only_its_own_shelf(client, agency_a, shelf_a, shelf_b):
    editor = member(agency_a, [roles.COMMUNICATIONS_EDITOR])
    client.force_login(editor)

    def add_leaflet(shelf):
        return client.get(
            reverse("wagtailadmin_pages:add", args=["content", "leafletpage", shelf.pk])
        )

    assert add_leaflet(shelf_a).status_code == 200
    assert add_leaflet(shelf_b).status_code in (302, 403)
    material_b = factories.material(shelf_b, "leaflet")
    edit_b = client.get(reverse("wagtailadmin_pages:edit", args=[material_b.pk]))
    assert edit_b.status_code in (302, 403)


def test_reuse_never_redirects_to_another_site(client, editor_a, shelf_a, leaflet_b):
    client.force_login(editor_a)
    response = client.post(
        reverse("content_reuse", args=[leaflet_b.pk]),
        {"shelf": shelf_a.pk, "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("content_shared_library")
