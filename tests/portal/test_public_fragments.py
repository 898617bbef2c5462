"""Pieces of public pages and page routes cached for anonymous visitors
(``portal.caching``, ``{% public_fragment %}``, ``portal.routing``): a warm page costs a
query or two, a change shows at once, and signed-in users never get the shared copy."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.models import Page, PageViewRestriction

from cms.models import SiteSettings
from portal.caching import content_version
from tests.factories import cms as f
from tests.factories import content as c

pytestmark = pytest.mark.django_db


def test_a_warm_home_page_costs_one_query(client, site, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(2):
        response = client.get("/")
    assert response.status_code == 200


def test_publishing_shows_at_once_on_a_warm_page(client, site):
    home = f.home()
    assert home.title in client.get("/").content.decode()
    home.title = "Chung tay phòng, chống mua bán người"
    home.save_revision().publish()
    assert "Chung tay phòng, chống mua bán người" in client.get("/").content.decode()


def test_a_new_menu_page_shows_in_the_cached_header(client, site):
    client.get("/")
    f.section(title="Hỏi đáp thường gặp", show_in_menus=True)
    assert "Hỏi đáp thường gặp" in client.get("/").content.decode()


def test_new_site_settings_show_in_the_cached_footer(client, site):
    client.get("/")
    settings_ = SiteSettings.for_site(site)
    settings_.hotline_number = "1900 6789"
    settings_.save()
    assert 'href="tel:1900 6789"' in client.get("/").content.decode()


def test_signed_in_users_never_get_the_anonymous_header(client, site):
    anonymous = client.get("/").content.decode()
    assert "Đăng nhập cán bộ" in anonymous
    user = get_user_model().objects.create_user("can.bo", password="x" * 12)
    client.force_login(user)
    signed_in = client.get("/").content.decode()
    assert "Đăng nhập cán bộ" not in signed_in
    # …and the anonymous copy is not replaced by theirs.
    client.logout()
    assert "Đăng nhập cán bộ" in client.get("/").content.decode()


def test_an_unpublished_page_is_gone_even_from_a_warm_route(client, site):
    page = f.standard(title="Trang sẽ gỡ")
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_a_route_cached_before_a_silent_change_still_checks_liveness(client, site):
    page = f.standard(title="Trang đổi trạng thái")
    url = page.url
    assert client.get(url).status_code == 200
    # An update that sends no signal leaves the cached route in place: the page is
    # still loaded and checked.
    Page.objects.filter(pk=page.pk).update(live=False)
    assert client.get(url).status_code == 404


def test_a_new_view_restriction_applies_to_a_warm_route(client, site):
    page = f.standard(title="Trang nội bộ")
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(page.url)
    assert response.status_code == 302
    assert "Trang nội bộ" not in response.content.decode()


def test_sub_routes_of_routable_pages_still_work(client, site):
    index = f.event_index()
    event = f.event(index, title="Hội thảo có lịch")
    for _ in range(2):  # cold, then warm
        assert client.get(event.url).status_code == 200
        response = client.get(event.url + "ical/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")


def test_a_material_card_follows_its_material(client, site):
    library = c.library(site)
    material = c.material(c.shelf(library), title="Tờ rơi cũ")
    assert "Tờ rơi cũ" in client.get(library.url).content.decode()
    material.title = "Tờ rơi mới"
    material.save_revision().publish()
    listing = client.get(library.url).content.decode()
    assert "Tờ rơi mới</a>" in listing and "Tờ rơi cũ</a>" not in listing


def test_replacing_an_image_renews_the_fragments(client, site):
    library = c.library(site)
    material = c.material(c.shelf(library), title="Tờ rơi có ảnh")
    assert "Tờ rơi có ảnh" in client.get(library.url).content.decode()
    version = content_version()
    # A new file for the cover: the cards that show it are drawn again.
    cover = material.cover_image
    cover.file.save("bia-moi.png", ContentFile(c.png_bytes("#a3141e")), save=False)
    cover.width, cover.height = 40, 25
    cover.save()
    assert content_version() != version
    assert "Tờ rơi có ảnh" in client.get(library.url).content.decode()
