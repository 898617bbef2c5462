"""The structure of the public site: home, standard, section and agency pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BaseStreamBlock

SHORT_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]


def public_q(request=None):
    """A filter for pages not behind a view restriction, like Wagtail's ``.public()``
    but without a query per listing."""
    from django.db.models import Q

    from portal.caching import restricted_paths

    q = Q()
    for path in restricted_paths():
        q &= ~Q(path__startswith=path)
    return q


def attach_owner_agencies(pages, locale):
    """Sets ``owner_agency_page`` on each page: the agency section it sits in, if any.

    One query for the whole list, so listings do not grow in queries with their rows.
    """
    sections = list(
        AgencyPage.objects.filter(locale=locale)
        .select_related("agency")
        .only("path", "title", "url_path", "agency__name", "agency__short_name")
    )
    for page in pages:
        page.owner_agency_page = next(
            (s for s in sections if page.path.startswith(s.path) and s.pk != page.pk),
            None,
        )
    return pages


class AncestryMixin:
    """Adds ``breadcrumbs`` (the ancestors below the home page) to the context and sets
    ``owner_agency_page`` (the agency section the page sits in), in one query."""

    def ancestry(self):
        ancestors = list(
            Page.objects.ancestor_of(self)
            .filter(depth__gt=2)
            .select_related("agencypage__agency")
        )
        self.owner_agency_page = None
        for ancestor in ancestors:
            try:
                self.owner_agency_page = ancestor.agencypage
            except Page.agencypage.RelatedObjectDoesNotExist:
                continue
        return ancestors

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.ancestry()
        return context


class HomePage(Page):
    """The home page of the public portal, one per language: hotline first, guidance for
    people at risk, the featured campaign, upcoming public events and the latest news."""

    intro = models.CharField(
        _("lời giới thiệu"),
        max_length=255,
        blank=True,
        help_text=_("Một câu ngắn dưới tiêu đề trang chủ."),
    )
    body = RichTextField(
        _("nội dung"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Nội dung chính của trang chủ."),
    )
    risk_heading = models.CharField(
        _("tiêu đề phần nguy cơ"),
        max_length=120,
        blank=True,
        help_text=_("Ví dụ: Bạn có đang gặp nguy cơ?"),
    )
    risk_text = RichTextField(
        _("dấu hiệu nguy cơ"),
        blank=True,
        features=SHORT_RICH_TEXT,
        help_text=_("Vài dấu hiệu ngắn gọn giúp người đọc nhận ra nguy cơ bị mua bán."),
    )
    risk_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang hướng dẫn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Trang đầy đủ hướng dẫn cho người có nguy cơ."),
    )
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("chiến dịch nổi bật"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Trang của chiến dịch truyền thông đang được giới thiệu."),
    )
    featured_text = models.CharField(
        _("giới thiệu chiến dịch"),
        max_length=255,
        blank=True,
        help_text=_("Một hai câu mời người đọc tìm hiểu chiến dịch."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("risk_heading"),
                FieldPanel("risk_text"),
                FieldPanel("risk_page"),
            ],
            heading=_("Bạn có đang gặp nguy cơ?"),
        ),
        MultiFieldPanel(
            [FieldPanel("featured_page"), FieldPanel("featured_text")],
            heading=_("Chiến dịch nổi bật"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("risk_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        from .events import EventPage
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        # Left unevaluated: the template reads them only when its cached fragment is
        # stale, so a warm home page runs neither query.
        context["upcoming_events"] = (
            EventPage.objects.live()
            .filter(public_q(request))
            .filter(locale_id=self.locale_id, open_to_public=True)
            .upcoming()[:3]
        )
        context["latest_news"] = (
            NewsPage.objects.live()
            .filter(public_q(request))
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")[:3]
        )
        return context


class StandardPage(AncestryMixin, Page):
    """A plain page of text and blocks, e.g. "Are you at risk?" or "About the portal"."""

    intro = models.TextField(
        _("đoạn mở đầu"),
        blank=True,
        help_text=_("Một đoạn ngắn tóm tắt trang, hiện dưới tiêu đề."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("nội dung"),
        blank=True,
        help_text=_("Nội dung của trang, ghép từ các khối."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    subpage_types = ["cms.StandardPage", "cms.FormPage"]

    class Meta:
        verbose_name = _("trang thông thường")
        verbose_name_plural = _("trang thông thường")


class SectionPage(AncestryMixin, Page):
    """A section of the site, for a theme or part of an agency's pages; lists its
    published child pages."""

    intro = models.TextField(
        _("đoạn mở đầu"),
        blank=True,
        help_text=_("Giới thiệu ngắn về chuyên mục."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("nội dung"),
        blank=True,
        help_text=_("Nội dung hiện trên danh sách các trang con."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query per page type, not per row.
        context["children"] = list(
            self.get_children().live().filter(public_q(request)).specific()
        )
        return context


class AgencyPage(AncestryMixin, Page):
    """An agency's own section: its contacts from the directory and what it published.

    Each agency's editors may edit only their agency page and the pages under it.
    """

    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Cơ quan trong danh bạ; địa chỉ, điện thoại lấy từ danh bạ."),
    )
    intro = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_(
            "Chức năng, nhiệm vụ của cơ quan trong phòng, chống mua bán người."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("nội dung"),
        blank=True,
        help_text=_("Nội dung thêm của trang cơ quan."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("agency"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("trang cơ quan")
        verbose_name_plural = _("trang cơ quan")

    def clean(self):
        super().clean()
        errors = {}
        if self.agency_id and self.locale_id:
            others = AgencyPage.objects.filter(
                agency_id=self.agency_id, locale_id=self.locale_id
            ).exclude(pk=self.pk)
            if others.exists():
                errors["agency"] = _(
                    "Cơ quan này đã có trang riêng trong ngôn ngữ này."
                )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from .events import EventPage
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["agency"] = self.agency
        context["news"] = list(
            NewsPage.objects.live()
            .filter(public_q(request))
            .descendant_of(self)
            .order_by("-date", "-pk")[:10]
        )
        context["events"] = list(
            EventPage.objects.live()
            .filter(public_q(request))
            .descendant_of(self)
            .upcoming()[:10]
        )
        return context
