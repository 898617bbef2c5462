"""Public pages: each type renders, listings keep a fixed query count, events export
to iCal, the home page shows the hotline first and the upcoming public events."""

import datetime

import pytest
from wagtail.models import Locale

from tests.factories import cms as f
from tests.factories.directory import AgencyFactory

pytestmark = pytest.mark.django_db


def test_standard_and_section_pages_render_their_blocks(client, site):
    section = f.section(intro="Các bài về phòng ngừa.")
    page = f.standard(parent=section, title="Bạn có đang gặp nguy cơ?")
    html = client.get(page.url).content.decode()
    assert "<h1>Bạn có đang gặp nguy cơ?</h1>" in html
    assert "<h2>Dấu hiệu nhận biết</h2>" in html
    assert "Hứa hẹn việc nhẹ lương cao" in html
    # Breadcrumbs lead back to the section.
    assert f'href="{section.url}"' in html
    listing = client.get(section.url).content.decode()
    assert f'href="{page.url}"' in listing


def test_news_index_lists_news_of_every_agency_without_growing_queries(
    client, site, django_assert_max_num_queries
):
    index = f.news_index()
    agency = AgencyFactory(name="Sở Y tế thử nghiệm", short_name="Sở Y tế")
    section = f.agency_page(agency)
    for _ in range(2):
        f.news(index)
    f.news(section, title="Tin của Sở Y tế", kind="reportage")
    client.get(index.url)  # warms Wagtail's cache of site root paths, as in production
    with django_assert_max_num_queries(15) as few:
        html = client.get(index.url).content.decode()
    assert "Tin của Sở Y tế" in html and "Sở Y tế" in html
    # Counted now: the connection's query log is a bounded deque that the factories
    # below may rotate, which would shift what ``few`` reads later.
    baseline = len(few.captured_queries)
    for _ in range(9):
        f.news(section)
    client.get(index.url)  # new pages renew the cached route and fragments: warm again
    with django_assert_max_num_queries(baseline):
        html = client.get(index.url).content.decode()
    assert 'rel="next"' in html  # 12 items, 10 a page
    reportages = client.get(index.url + "?kind=reportage").content.decode()
    assert "Tin của Sở Y tế" in reportages
    assert "Tin số" not in reportages


def test_news_page_names_its_agency(client, site):
    agency = AgencyFactory(name="Công an tỉnh thử nghiệm", short_name="Công an tỉnh")
    article = f.news(f.agency_page(agency), title="Triệt phá đường dây")
    html = client.get(article.url).content.decode()
    assert "Triệt phá đường dây" in html and "Công an tỉnh" in html


def test_event_index_lists_upcoming_or_past_with_fixed_queries(
    client, site, django_assert_max_num_queries
):
    index = f.event_index()
    f.event(index, title="Hội thảo sắp tới")
    f.event(index, days=-30, title="Tập huấn đã qua")
    client.get(index.url)  # warms Wagtail's cache of site root paths
    with django_assert_max_num_queries(15) as few:
        html = client.get(index.url).content.decode()
    assert "Hội thảo sắp tới" in html and "Tập huấn đã qua" not in html
    baseline = len(few.captured_queries)  # before the factories rotate the query log
    for _ in range(6):
        f.event(index)
    client.get(index.url)  # new pages renew the cached route and fragments: warm again
    with django_assert_max_num_queries(baseline):
        client.get(index.url)
    past = client.get(index.url + "?when=past").content.decode()
    assert "Tập huấn đã qua" in past and "Hội thảo sắp tới" not in past


def test_an_event_downloads_as_ical(client, site):
    index = f.event_index()
    start = datetime.datetime(2031, 3, 8, 8, 0, tzinfo=datetime.UTC)
    event = f.event(
        index,
        title="Hội thảo; phòng, chống mua bán người",
        start=start,
        end=start + datetime.timedelta(hours=4),
        venue="Nhà văn hóa phường",
    )
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    unfolded = body.replace("\r\n ", "")
    assert "DTSTART:20310308T080000Z" in unfolded
    assert "DTEND:20310308T120000Z" in unfolded
    assert "SUMMARY:Hội thảo\\; phòng\\, chống mua bán người" in unfolded
    assert "LOCATION:Nhà văn hóa phường" in unfolded
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    html = client.get(event.url).content.decode()
    assert f'href="{event.url}ical/"' in html


def test_the_ical_feed_holds_upcoming_public_events_only(client, site):
    index = f.event_index()
    f.event(index, title="Ngày hội cộng đồng")
    f.event(index, title="Họp nội bộ", open_to_public=False)
    f.event(index, days=-3, title="Tọa đàm đã qua")
    body = client.get(index.url + "ical/").content.decode().replace("\r\n ", "")
    assert body.count("BEGIN:VEVENT") == 1
    assert "Ngày hội cộng đồng" in body


def test_an_event_needs_a_place_or_a_link_and_ends_after_it_starts(site):
    from django.core.exceptions import ValidationError

    from cms.models import EventPage

    now = datetime.datetime(2031, 1, 1, tzinfo=datetime.UTC)
    event = EventPage(
        title="Sai", slug="sai", start=now, end=now - datetime.timedelta(hours=1)
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {"end", "venue"}


def test_home_shows_hotline_first_risk_guidance_and_upcoming_events(
    client, site, django_assert_max_num_queries
):
    risk = f.standard(title="Bạn có đang gặp nguy cơ?")
    home = f.home()
    home.risk_text = "<ul><li>Bị giữ giấy tờ tùy thân</li></ul>"
    home.risk_page = risk
    home.save_revision().publish()
    index = f.event_index()
    f.event(index, title="Ngày hội phòng chống mua bán người")
    f.event(index, days=-2, title="Sự kiện đã qua")
    client.get("/")  # warms Wagtail's cache of site root paths
    with django_assert_max_num_queries(15):
        html = client.get("/").content.decode()
    assert html.index('href="tel:111"') < html.index("<h1")
    assert "Bị giữ giấy tờ tùy thân" in html
    assert f'href="{risk.url}"' in html
    assert "Ngày hội phòng chống mua bán người" in html
    assert "Sự kiện đã qua" not in html


def test_agency_page_shows_directory_contacts_and_only_its_own_publications(
    client, site, django_assert_max_num_queries
):
    mine = AgencyFactory(
        name="Sở Y tế thử nghiệm", phone="0254 3852 000", email="syt@example.invalid"
    )
    other = AgencyFactory(name="Công an thử nghiệm")
    page = f.agency_page(mine)
    f.news(page, title="Tin của Sở")
    f.event(page, title="Tập huấn của Sở")
    f.news(f.agency_page(other), title="Tin của Công an")
    client.get(page.url)  # warms Wagtail's cache of site root paths
    with django_assert_max_num_queries(15):
        html = client.get(page.url).content.decode()
    assert "0254 3852 000" in html and "syt@example.invalid" in html
    assert "Tin của Sở" in html and "Tập huấn của Sở" in html
    assert "Tin của Công an" not in html


def test_one_agency_page_per_agency_and_language(site):
    from django.core.exceptions import ValidationError

    from cms.models import AgencyPage

    agency = AgencyFactory()
    f.agency_page(agency)
    twin = AgencyPage(title="Bản sao", slug="ban-sao", agency=agency)
    twin.locale = Locale.objects.get(language_code="vi")
    with pytest.raises(ValidationError):
        twin.clean()


def test_menu_shows_home_children_marked_for_menus(client, site):
    f.news_index(show_in_menus=True)
    f.event_index(show_in_menus=False)
    html = client.get("/").content.decode()
    nav = html[html.index('class="site-nav"') : html.index("</nav>")]
    assert "Tin tức" in nav and "Sự kiện" not in nav


def test_language_switch_lands_on_the_translation_or_the_other_home(client, site):
    page = f.standard(title="Dấu hiệu nguy cơ", slug="dau-hieu")
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Warning signs"
    english.save_revision().publish()
    english.refresh_from_db()
    html = client.get(page.url).content.decode()
    assert f'href="{english.url}" lang="en"' in html
    back = client.get(english.url).content.decode()
    assert f'href="{page.url}" lang="vi"' in back
    untranslated = f.standard(title="Chỉ có tiếng Việt", slug="chi-tieng-viet")
    assert 'href="/en/" lang="en"' in client.get(untranslated.url).content.decode()


def test_the_language_names_are_composed_unicode(client, site):
    html = client.get("/en/").content.decode()
    assert ">Tiếng Việt</a>" in html  # NFC, as typed


def test_the_footer_shows_the_social_links_of_the_site_settings(client, site):
    from cms.models import SiteSettings

    settings_ = SiteSettings.for_site(site)
    settings_.facebook_url = "https://facebook.example/pcmbn"
    settings_.secondary_hotline = "02543852000"
    settings_.save()
    html = client.get("/").content.decode()
    footer = html[html.index("site-footer") :]
    assert 'href="https://facebook.example/pcmbn"' in footer
    assert 'href="tel:02543852000"' in footer
