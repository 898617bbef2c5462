"""Site settings: hotlines, contacts and social links shown on every page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

NATIONAL_HOTLINE = "111"


@register_setting(icon="mobile-alt")
class SiteSettings(BaseSiteSetting):
    """Hotlines, contacts and social links shown on every page of a site."""

    hotline_number = models.CharField(
        _("số đường dây nóng"),
        max_length=20,
        default=NATIONAL_HOTLINE,
        help_text=_(
            "Số hiện đầu mọi trang, ví dụ 111 (Tổng đài quốc gia bảo vệ trẻ em)."
        ),
    )
    hotline_hours = models.CharField(
        _("thời gian trực"),
        max_length=80,
        blank=True,
        default="24/7",
        help_text=_("Ví dụ: 24/7, miễn phí."),
    )
    secondary_hotline = models.CharField(
        _("đường dây nóng của tỉnh"),
        max_length=20,
        blank=True,
        help_text=_("Số điện thoại trực của cơ quan đầu mối tại tỉnh, nếu có."),
    )
    contact_email = models.EmailField(_("thư điện tử liên hệ"), blank=True)
    facebook_url = models.URLField(_("trang Facebook"), blank=True)
    zalo_url = models.URLField(_("trang Zalo OA"), blank=True)
    youtube_url = models.URLField(_("kênh YouTube"), blank=True)
    footer_text = models.CharField(
        _("dòng chân trang"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: cơ quan chủ quản của cổng thông tin."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("hotline_number"),
                FieldPanel("hotline_hours"),
                FieldPanel("secondary_hotline"),
            ],
            heading=_("Đường dây nóng"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("facebook_url"),
                FieldPanel("zalo_url"),
                FieldPanel("youtube_url"),
                FieldPanel("footer_text"),
            ],
            heading=_("Liên hệ và mạng xã hội"),
        ),
    ]

    class Meta:
        verbose_name = _("cài đặt trang")
