"""Each material type renders with its files, metadata and share tags; the library
filters, sorts and pages with URLs that keep the filters, at a bounded query count."""

import re

import pytest
from django.core.exceptions import ValidationError

from content.models import MaterialPage, VideoPage, embed_player_url
from tests.factories import content as factories

pytestmark = pytest.mark.django_db


def test_leaflet_page_shows_download_with_size_and_format_and_share_tags(
    client, shelf_a
):
    leaflet = factories.material(
        shelf_a, "leaflet", title="Cảnh giác việc nhẹ lương cao"
    )
    response = client.get(leaflet.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cảnh giác việc nhẹ lương cao" in html
    assert f'href="/thu-vien-tep/tai/{leaflet.pk}/"' in html
    assert "(PDF, 125\u00a0byte)" in html or "(PDF, 125 byte)" in html
    assert '<meta property="og:title" content="Cảnh giác việc nhẹ lương cao">' in html
    assert 'name="twitter:card" content="summary_large_image"' in html
    assert re.search(r'property="og:image" content="http://[^"]+"', html)
    assert "facebook.com/sharer/sharer.php?u=http" in html


def test_handbook_has_table_of_contents_linking_to_each_chapter(client, shelf_a):
    handbook = factories.material(
        shelf_a,
        "handbook",
        chapters=[
            ("chapter", {"title": "Nhận diện", "body": "<p>Một</p>"}),
            ("chapter", {"title": "Tiếp nhận", "body": "<p>Hai</p>"}),
        ],
    )
    html = client.get(handbook.url).content.decode()
    assert '<a href="#chuong-1">Nhận diện</a>' in html
    assert '<a href="#chuong-2">Tiếp nhận</a>' in html
    assert 'id="chuong-2"' in html and "<p>Hai</p>" in html


@pytest.mark.parametrize("kind", ["booklet", "reportage"])
def test_booklet_and_reportage_render_with_their_fields(client, shelf_a, kind):
    extra = {"page_count": 12} if kind == "booklet" else {"location": "Xã Long Sơn"}
    page = factories.material(
        shelf_a, kind, body="<p>Nội dung đọc trên trang.</p>", **extra
    )
    html = client.get(page.url).content.decode()
    assert "Nội dung đọc trên trang." in html
    assert (
        ("Số trang của bản in: 12" in html)
        if kind == "booklet"
        else ("Xã Long Sơn" in html)
    )


def test_video_page_offers_captions_in_both_languages(client, shelf_a):
    from django.core.files.base import ContentFile
    from wagtailmedia.models import get_media_model

    media = get_media_model()(title="Clip", type="video", duration=3)
    media.file.save(
        "clip.webm", ContentFile(b"\x1a\x45\xdf\xa3" + b"\0" * 64), save=False
    )
    media.save()
    video = factories.material(
        shelf_a,
        "video",
        video=media,
        captions_vi=factories.document("Phụ đề", "p.vi.vtt", factories.VTT_BYTES),
        captions_en=factories.document("Captions", "p.en.vtt", factories.VTT_BYTES),
        transcript="<p>Lời thoại đầy đủ.</p>",
    )
    html = client.get(video.url).content.decode()
    assert (
        f'<track kind="captions" srclang="vi" label="Tiếng Việt" src="/thu-vien-tep/phu-de/{video.pk}/vi.vtt" default>'
        in html
    )
    assert 'srclang="en" label="English"' in html
    assert "Lời thoại đầy đủ." in html
    captions = client.get(f"/thu-vien-tep/phu-de/{video.pk}/vi.vtt")
    assert captions["Content-Type"] == "text/vtt; charset=utf-8"
    assert b"".join(captions.streaming_content).startswith(b"WEBVTT")
    clip = client.get(f"/thu-vien-tep/video/{video.pk}/")
    assert clip.status_code == 200 and clip["Content-Type"] == "video/webm"


def test_a_video_whose_file_was_deleted_still_renders_with_a_message(client, shelf_a):
    video = factories.material(shelf_a, "video", transcript="<p>Lời thoại.</p>")
    VideoPage.objects.filter(pk=video.pk).update(embed_url="")
    response = client.get(video.url)
    assert response.status_code == 200
    assert "Video tạm thời không xem được" in response.content.decode()


def test_trusted_embeds_only_and_without_cookies():
    assert (
        embed_player_url("https://www.youtube.com/watch?v=abcdefghijk")
        == "https://www.youtube-nocookie.com/embed/abcdefghijk"
    )
    assert embed_player_url("https://vimeo.com/123456789").endswith("?dnt=1")
    assert embed_player_url("https://evil.example/watch?v=abcdefghijk") is None


def test_an_untrusted_embed_is_refused_on_save(shelf_a):
    video = factories.material(shelf_a, "video")
    video.embed_url = "https://evil.example/video/1"
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "embed_url" in error.value.message_dict


def test_a_missing_pdf_file_gives_a_clear_page_not_a_crash(client, shelf_a):
    leaflet = factories.material(shelf_a, "leaflet")
    leaflet.pdf_file.file.storage.delete(leaflet.pdf_file.file.name)
    response = client.get(f"/thu-vien-tep/tai/{leaflet.pk}/")
    assert response.status_code == 404
    assert "Tệp tạm thời không có" in response.content.decode()


def test_special_page_groups_materials_of_several_agencies(
    client, library, shelf_a, shelf_b
):
    from content.models import SpecialPageItem

    first = factories.material(shelf_a, "leaflet", title="Tờ rơi của A")
    second = factories.material(shelf_b, "booklet", title="Cẩm nang của B")
    special = factories.material(
        library,
        "special",
        owner_agency=shelf_a.agency,
        with_cover=False,
        pdf_file=None,
    )
    special.items = [SpecialPageItem(material=first), SpecialPageItem(material=second)]
    special.save_revision().publish()
    html = client.get(special.url).content.decode()
    assert "Tờ rơi của A" in html and "Cẩm nang của B" in html


def test_a_material_in_an_agency_shelf_belongs_to_that_agency(shelf_a, agency_b):
    leaflet = factories.material(shelf_a, "leaflet")
    leaflet.owner_agency = agency_b
    with pytest.raises(ValidationError) as error:
        leaflet.full_clean()
    assert "owner_agency" in error.value.message_dict


def test_unpublished_materials_are_not_public(client, shelf_a, library):
    draft = factories.material(shelf_a, "leaflet", title="Bản nháp", publish=False)
    assert client.get(f"/thu-vien/{shelf_a.slug}/{draft.slug}/").status_code == 404
    assert "Bản nháp" not in client.get(library.url).content.decode()
    assert client.get(f"/thu-vien-tep/tai/{draft.pk}/").status_code == 404


class TestLibraryListing:
    def test_filters_by_kind_topic_audience_agency_and_year(
        self, client, library, shelf_a, shelf_b
    ):
        import datetime

        factories.material(
            shelf_a,
            "leaflet",
            title="Tờ rơi ngư dân",
            topics=["bien"],
            audiences=["ngu-dan"],
        )
        factories.material(
            shelf_a,
            "booklet",
            title="Cẩm nang học sinh",
            topics=["mang"],
            audiences=["hoc-sinh"],
        )
        factories.material(
            shelf_b,
            "leaflet",
            title="Tờ rơi công an",
            topics=["mang"],
            date=datetime.date(2025, 5, 1),
        )

        def titles(query):
            html = client.get(f"{library.url}?{query}").content.decode()
            return set(
                re.findall(r'material-card__title"><a href="[^"]+">([^<]+)<', html)
            )

        assert titles("loai=leaflet") == {"Tờ rơi ngư dân", "Tờ rơi công an"}
        assert titles("chu_de=mang") == {"Cẩm nang học sinh", "Tờ rơi công an"}
        assert titles("doi_tuong=ngu-dan") == {"Tờ rơi ngư dân"}
        assert titles("co_quan=cong-an") == {"Tờ rơi công an"}
        assert titles("nam=2025") == {"Tờ rơi công an"}
        assert titles("loai=leaflet&chu_de=mang") == {"Tờ rơi công an"}
        # An unknown value in one filter does not drop the others.
        assert titles("loai=khong-co&chu_de=mang") == {
            "Cẩm nang học sinh",
            "Tờ rơi công an",
        }

    def test_sorting_and_pagination_keep_the_filters(self, client, library, shelf_a):
        for n in range(14):
            factories.material(
                shelf_a,
                "leaflet",
                title=f"Tờ rơi {n:02d}",
                topics=["mang"],
                with_cover=False,
            )
        html = client.get(f"{library.url}?chu_de=mang&sap_xep=ten").content.decode()
        assert html.index("Tờ rơi 00") < html.index("Tờ rơi 11")
        assert "Tờ rơi 13" not in html  # on page 2
        assert 'href="?chu_de=mang&amp;sap_xep=ten&amp;trang=2"' in html
        second = client.get(
            f"{library.url}?chu_de=mang&sap_xep=ten&trang=2"
        ).content.decode()
        assert "Tờ rơi 13" in second

    def test_filter_form_is_an_accessible_get_form(self, client, library):
        html = client.get(library.url).content.decode()
        assert 'method="get"' in html
        for name in [
            "loai",
            "chu_de",
            "doi_tuong",
            "ngon_ngu",
            "co_quan",
            "nam",
            "sap_xep",
        ]:
            assert f'<label for="id_{name}">' in html

    def test_query_count_does_not_grow_with_materials_and_stays_within_15(
        self, client, library, shelf_a, shelf_b, django_assert_max_num_queries
    ):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        def count():
            client.get(library.url)  # warms the per-site and choice caches
            with CaptureQueriesContext(connection) as queries:
                assert client.get(library.url).status_code == 200
            return len(queries)

        for _n in range(2):
            factories.material(shelf_a, "leaflet", topics=["a"], audiences=["b"])
        few = count()
        for n in range(10):
            factories.material(shelf_b if n % 2 else shelf_a, "booklet", topics=["a"])
        assert count() == few
        with django_assert_max_num_queries(15):
            client.get(library.url)


@pytest.mark.parametrize(
    "kind", ["leaflet", "video", "handbook", "booklet", "reportage"]
)
def test_no_material_page_needs_more_than_15_queries(
    client, shelf_a, kind, django_assert_max_num_queries
):
    for _n in range(3):
        factories.material(
            shelf_a, kind, topics=["mang"], audiences=["ngu-dan"], languages=["vi"]
        )
    page = MaterialPage.objects.filter(live=True).last()
    client.get(page.url)  # warms the site and fragment caches
    with django_assert_max_num_queries(15):
        assert client.get(page.url).status_code == 200


def test_agency_shelf_lists_own_and_reused_materials(
    client, shelf_a, shelf_b, django_assert_max_num_queries
):
    factories.material(shelf_a, "leaflet", title="Của A")
    client.get(shelf_a.url)
    with django_assert_max_num_queries(15):
        html = client.get(shelf_a.url).content.decode()
    assert "Của A" in html


@pytest.mark.parametrize(
    "kind", ["leaflet", "video", "handbook", "booklet", "reportage"]
)
def test_the_admin_edit_forms_of_every_kind_open(
    client, django_user_model, shelf_a, kind
):
    from django.urls import reverse

    from content.models import MATERIAL_KINDS

    admin = django_user_model.objects.create_superuser("qt", "qt@example.invalid", "x")
    client.force_login(admin)
    model = MATERIAL_KINDS[kind]
    add = reverse(
        "wagtailadmin_pages:add",
        args=["content", model._meta.model_name, shelf_a.pk],
    )
    assert client.get(add).status_code == 200
    page = factories.material(shelf_a, kind)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code
        == 200
    )
