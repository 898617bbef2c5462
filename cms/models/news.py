"""News: articles and reportages, listed together by the news index."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock

from .pages import attach_owner_agencies, public_q

NEWS_PER_PAGE = 10


class NewsIndexPage(Page):
    """Lists the published news of every agency in its language, newest first."""

    intro = models.TextField(
        _("đoạn mở đầu"), blank=True, help_text=_("Giới thiệu ngắn về trang tin tức.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("trang danh sách tin tức")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = (
            NewsPage.objects.live()
            .filter(public_q(request))
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
        )
        kind = request.GET.get("kind")
        if kind in NewsPage.Kind.values:
            news = news.filter(kind=kind)
        else:
            kind = ""
        page_obj = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        attach_owner_agencies(page_obj.object_list, self.locale_id)
        context.update(
            page_obj=page_obj,
            news=page_obj.object_list,
            kind=kind,
            kinds=NewsPage.Kind.choices,
        )
        return context


class NewsPage(Page):
    """A news article or a reportage, published by an agency or by the portal."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Tin bài")
        REPORTAGE = "reportage", _("Phóng sự")

    kind = models.CharField(
        _("loại tin"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.ARTICLE,
        help_text=_("Phóng sự là bài dài, nhiều ảnh hoặc video từ thực tế."),
    )
    date = models.DateField(
        _("ngày đăng"),
        default=timezone.localdate,
        help_text=_("Ngày hiện trên tin; dùng để sắp xếp."),
    )
    summary = models.TextField(
        _("tóm tắt"),
        max_length=400,
        help_text=_("Hai ba câu hiện trong danh sách tin và khi chia sẻ."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh ở đầu bài; không dùng ảnh có thể nhận ra nạn nhân."),
    )
    image_alt = models.CharField(
        _("mô tả ảnh"),
        max_length=250,
        blank=True,
        help_text=_("Mô tả nội dung ảnh cho người dùng trình đọc màn hình."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("nội dung"),
        help_text=_("Nội dung bài, ghép từ các khối."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date")], heading=_("Thông tin bài")
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Ảnh")
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["cms.NewsIndexPage", "cms.AgencyPage", "cms.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        attach_owner_agencies([self], self.locale_id)
        return context
