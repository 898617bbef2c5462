"""Demo site: the home page in Vietnamese and its English translation, and the site
settings with the national hotline."""

from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage, SiteSettings

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
