"""Demo site: the home page in Vietnamese and its English translation, the site settings
with the national hotline, and the sections of the main agencies with news, past and upcoming events, guidance, a campaign and forms
(those only when the demo directory is loaded, as ``load_demo`` does first).

Idempotent: pages are found by their slug under their parent, and created only when
missing; English translations are made once (``copy_for_translation``)."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, Site

from . import demo_content as C
from .models import (
    AgencyPage,
    EventIndexPage,
    EventPage,
    FormField,
    FormPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    SiteSettings,
    StandardPage,
)

HOME_VI = {
    "title": "Chung tay phòng, chống mua bán người",
    "slug": "trang-chu",
    "intro": "Thông tin, tài liệu truyền thông và hỗ trợ cho người có nguy cơ bị mua bán "
    "và nạn nhân.",
    "body": "<p>Nếu bạn hoặc người thân bị lừa đi làm việc ở nước ngoài, bị giữ giấy tờ, "
    "bị ép buộc lao động hay bị đưa vào các cơ sở lừa đảo trực tuyến, hãy gọi ngay đường "
    "dây nóng. Cuộc gọi miễn phí và được giữ bí mật.</p>",
}
HOME_EN = {
    "title": "Together against human trafficking",
    "intro": "Information, awareness materials and help for people at risk of trafficking "
    "and for victims.",
    "body": "<p>If you or someone close to you was tricked into work abroad, had their "
    "papers taken, is forced to work or was taken into an online scam compound, call the "
    "hotline now. The call is free and confidential.</p>",
}


@transaction.atomic
def load():
    """Creates the home pages once and points the default site at them."""
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        # An emptied database (a flushed test database) has lost Wagtail's root too.
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=vi))
    home = HomePage.objects.filter(locale=vi).first()
    if home is None:
        home = root.add_child(instance=HomePage(locale=vi, **HOME_VI))
        home.save_revision().publish()
    english = home.get_translation_or_none(en)
    if english is None:
        english = home.copy_for_translation(en)
        for field, value in HOME_EN.items():
            setattr(english, field, value)
        english.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk:
        stale = site.root_page
        site.root_page = home
        site.site_name = "Phòng, chống mua bán người"
        site.save()
        # Wagtail's placeholder "Welcome" page is not part of the portal.
        if not isinstance(stale.specific, HomePage):
            stale.delete()
    site_settings = SiteSettings.for_site(site)
    if not site_settings.pk or not site_settings.contact_email:
        site_settings.hotline_number = "111"
        site_settings.contact_email = "lienhe@demo.invalid"
        site_settings.footer_text = "Cổng phối hợp tiếp nhận, bảo vệ, hỗ trợ nạn nhân bị mua bán — bản trình diễn."
        site_settings.save()
    _pages(home, vi, en)


def _child(parent, model, slug, **fields):
    """The live child of ``parent`` with ``slug``, created and published if missing."""
    found = parent.get_children().filter(slug=slug).first()
    if found is not None:
        return found.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def _translate(page, locale, **fields):
    """The translation of ``page`` into ``locale``, made once with the given fields."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale)
    for field, value in fields.items():
        setattr(translated, field, value)
    translated.save_revision().publish()
    return translated.__class__.objects.get(pk=translated.pk)


def _at(days, hour=8):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _pages(home, vi, en):
    from portal.directory.models import Agency

    if not Agency.objects.filter(slug__in=C.AGENCY_PAGES).exists():
        # Without the demo directory (the page tests' bare site) only the home exists.
        return

    risk_fields = dict(C.RISK_VI)
    risk = _child(
        home,
        StandardPage,
        risk_fields.pop("slug"),
        show_in_menus=True,
        body=C.RISK_BODY,
        **risk_fields,
    )
    news_index = _child(
        home,
        NewsIndexPage,
        "tin-tuc",
        title="Tin tức",
        intro="Tin hoạt động của các cơ quan phòng, chống mua bán người.",
        show_in_menus=True,
    )
    event_index = _child(
        home,
        EventIndexPage,
        "su-kien",
        title="Sự kiện",
        intro="Hội nghị, hội thảo, tập huấn và hoạt động truyền thông cộng đồng.",
        show_in_menus=True,
    )
    agencies_section = _child(
        home,
        SectionPage,
        "co-quan",
        title="Cơ quan tham gia",
        intro="Các cơ quan cùng phối hợp phòng, chống mua bán người.",
        show_in_menus=True,
    )
    campaigns = _child(
        home,
        SectionPage,
        "chien-dich",
        title="Chiến dịch truyền thông",
        intro="Các đợt truyền thông cao điểm.",
    )
    campaign_fields = dict(C.CAMPAIGN_VI)
    campaign = _child(
        campaigns, StandardPage, campaign_fields.pop("slug"), **campaign_fields
    )
    _child(
        home,
        FormPage,
        "khao-sat",
        title="Khảo sát hiểu biết về phòng, chống mua bán người",
        kind=FormPage.Kind.SURVEY,
        intro="<p>Ý kiến của bạn giúp các cơ quan làm truyền thông tốt hơn.</p>",
        data_notice="Chúng tôi chỉ lưu các câu trả lời dưới đây, không hỏi tên, số "
        "điện thoại hay địa chỉ. Kết quả chỉ dùng để tổng hợp và được xóa sau 12 tháng.",
        thank_you_text="<p>Cảm ơn bạn đã tham gia khảo sát!</p>",
        form_fields=[
            FormField(
                label="Bạn đã biết đường dây nóng 111 chưa?",
                field_type="radio",
                choices="Đã biết\nChưa biết",
                required=True,
            ),
            FormField(
                label="Bạn muốn nhận thông tin qua kênh nào?",
                field_type="checkboxes",
                choices="Zalo\nFacebook\nLoa phát thanh\nTờ rơi",
                required=False,
            ),
            FormField(label="Góp ý của bạn", field_type="multiline", required=False),
        ],
    )
    _child(
        campaigns,
        FormPage,
        "cau-do",
        title="Câu đố nhanh: nhận biết mua bán người",
        kind=FormPage.Kind.QUIZ,
        intro="<p>Ba câu hỏi dùng tại các buổi truyền thông cộng đồng.</p>",
        data_notice="Chỉ lưu câu trả lời để thống kê số câu đúng; không hỏi thông tin "
        "cá nhân.",
        form_fields=[
            FormField(
                label="Số đường dây nóng quốc gia là số nào?",
                field_type="radio",
                choices="111\n113\n115",
                correct_answer="111",
            ),
            FormField(
                label="Người môi giới giữ hộ chiếu của bạn là dấu hiệu gì?",
                field_type="radio",
                choices="Bình thường\nDấu hiệu nguy cơ",
                correct_answer="Dấu hiệu nguy cơ",
            ),
        ],
    )
    if home.risk_page_id is None:
        home.risk_heading = "Bạn có đang gặp nguy cơ?"
        home.risk_text = C.HOME_RISK_VI
        home.risk_page = risk
        home.featured_page = campaign
        home.featured_text = C.FEATURED_TEXT_VI
        home.save_revision().publish()

    agency_pages = {}
    for slug, (intro_vi, _intro_en) in C.AGENCY_PAGES.items():
        agency = Agency.objects.filter(slug=slug).first()
        if agency is None:
            continue
        existing = AgencyPage.objects.filter(agency=agency, locale=vi).first()
        agency_pages[slug] = existing or _child(
            agencies_section,
            AgencyPage,
            slug,
            title=agency.name,
            agency=agency,
            intro=intro_vi,
        )
    registration = None
    if "ubnd-phuong-vung-tau" in agency_pages:
        registration = _child(
            agency_pages["ubnd-phuong-vung-tau"],
            FormPage,
            "dang-ky-ngay-hoi",
            title="Đăng ký tham gia ngày hội",
            kind=FormPage.Kind.REGISTRATION,
            data_notice="Tên và số điện thoại chỉ dùng để ban tổ chức liên hệ về ngày "
            "hội và được xóa ngay sau sự kiện.",
            form_fields=[
                FormField(label="Họ và tên", field_type="singleline"),
                FormField(label="Số điện thoại", field_type="singleline"),
                FormField(
                    label="Số người đi cùng", field_type="number", required=False
                ),
            ],
        )

    news = {}
    for slug, agency_slug, kind, days_ago, title, summary, _english in C.NEWS:
        parent = agency_pages.get(agency_slug, news_index)
        news[slug] = _child(
            parent,
            NewsPage,
            slug,
            title=title,
            kind=kind,
            date=timezone.localdate() - datetime.timedelta(days=days_ago),
            summary=summary,
            body=[{"type": "paragraph", "value": f"<p>{summary}</p>"}],
        )
    events = {}
    for row in C.EVENTS:
        slug, agency_slug, kind, days, title, venue, summary, public, _english = row
        parent = agency_pages.get(agency_slug, event_index)
        events[slug] = _child(
            parent,
            EventPage,
            slug,
            title=title,
            kind=kind,
            start=_at(days),
            end=_at(days, hour=11),
            venue=venue,
            summary=summary,
            open_to_public=public,
            registration_page=registration
            if slug == "ngay-hoi-cong-dong-vung-tau"
            else None,
        )

    # English translations of the key pages (parents first).
    _translate(risk, en, **C.RISK_EN)
    _translate(news_index, en, title="News", intro="News from the agencies.")
    _translate(
        event_index,
        en,
        title="Events",
        intro="Conferences, seminars, trainings and community events.",
    )
    _translate(
        agencies_section,
        en,
        title="Participating agencies",
        intro="The agencies working together against human trafficking.",
    )
    _translate(campaigns, en, title="Campaigns", intro="Awareness campaigns.")
    campaign_en = _translate(campaign, en, **C.CAMPAIGN_EN)
    for slug, (_intro_vi, intro_en) in C.AGENCY_PAGES.items():
        if slug in agency_pages:
            _translate(agency_pages[slug], en, intro=intro_en)
    for slug, agency_slug, *_rest, english in C.NEWS:
        if english and (agency_slug is None or agency_slug in agency_pages):
            _translate(news[slug], en, title=english[0], summary=english[1])
    for row in C.EVENTS:
        slug, agency_slug, english = row[0], row[1], row[-1]
        if english and (agency_slug is None or agency_slug in agency_pages):
            _translate(events[slug], en, title=english[0], summary=english[1])
    home_en = home.get_translation(en).specific
    if home_en.risk_page_id is None:
        home_en.risk_heading = "Are you at risk?"
        home_en.risk_text = C.HOME_RISK_EN
        home_en.risk_page = risk.get_translation(en)
        home_en.featured_page = campaign_en
        home_en.featured_text = C.FEATURED_TEXT_EN
        home_en.save_revision().publish()
