"""Events open to the public: conferences, seminars, trainings, community events, with
iCal export of each event and a feed of the upcoming ones."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.ical import calendar_response

from .pages import attach_owner_agencies, public_q

EVENTS_PER_PAGE = 10


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events not yet over, soonest first."""
        now = now or timezone.now()
        return self.filter(
            Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
        ).order_by("start", "pk")

    def past(self, now=None):
        """Events that are over, most recent first."""
        now = now or timezone.now()
        return self.filter(
            Q(end__lt=now) | Q(end__isnull=True, start__lt=now)
        ).order_by("-start", "-pk")


class EventIndexPage(RoutablePageMixin, Page):
    """Lists the events of every agency in its language; ``ical/`` is the feed of the
    upcoming public ones."""

    intro = models.TextField(
        _("đoạn mở đầu"), blank=True, help_text=_("Giới thiệu ngắn về trang sự kiện.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    subpage_types = ["cms.EventPage"]

    class Meta:
        verbose_name = _("trang danh sách sự kiện")

    def events(self, request):
        return (
            EventPage.objects.live()
            .filter(public_q(request))
            .filter(locale_id=self.locale_id)
        )

    @path("")
    def index(self, request):
        past = request.GET.get("when") == "past"
        events = (
            self.events(request).past() if past else self.events(request).upcoming()
        )
        page_obj = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        attach_owner_agencies(page_obj.object_list, self.locale_id)
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "events": page_obj.object_list,
                "past": past,
            },
        )

    @path("ical/", name="ical")
    def ical(self, request):
        events = self.events(request).filter(open_to_public=True).upcoming()[:200]
        return calendar_response(request, list(events), "su-kien.ics")


class EventPage(RoutablePageMixin, Page):
    """One event: when, where (a place and/or an online link), who may come, and how to
    register; ``ical/`` downloads it as an .ics file."""

    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Hội nghị")
        SEMINAR = "seminar", _("Hội thảo, tọa đàm")
        TRAINING = "training", _("Tập huấn")
        COMMUNITY = "community", _("Truyền thông cộng đồng")

    kind = models.CharField(
        _("loại sự kiện"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.COMMUNITY,
        help_text=_("Loại sự kiện, hiện trên danh sách."),
    )
    start = models.DateTimeField(_("bắt đầu"), help_text=_("Ngày giờ bắt đầu."))
    end = models.DateTimeField(
        _("kết thúc"),
        null=True,
        blank=True,
        help_text=_("Ngày giờ kết thúc, nếu biết."),
    )
    venue = models.CharField(
        _("địa điểm"),
        max_length=255,
        blank=True,
        help_text=_("Tên nơi tổ chức, ví dụ: Hội trường UBND phường Vũng Tàu."),
    )
    address = models.CharField(
        _("địa chỉ"),
        max_length=255,
        blank=True,
        help_text=_("Số nhà, đường, phường/xã."),
    )
    online_url = models.URLField(
        _("đường dẫn trực tuyến"),
        blank=True,
        help_text=_("Đường dẫn tham dự trực tuyến, nếu có."),
    )
    open_to_public = models.BooleanField(
        _("mở cho công chúng"),
        default=True,
        help_text=_("Bỏ chọn nếu chỉ dành cho cán bộ được mời."),
    )
    registration_page = models.ForeignKey(
        "cms.FormPage",
        verbose_name=_("trang đăng ký"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Biểu mẫu đăng ký tham dự, nếu cần đăng ký."),
    )
    summary = models.TextField(
        _("tóm tắt"),
        max_length=400,
        help_text=_("Hai ba câu hiện trong danh sách và trong lịch."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("nội dung"),
        blank=True,
        help_text=_("Chương trình, diễn giả, tài liệu…"),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])],
            heading=_("Thời gian"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Địa điểm"),
        ),
        FieldPanel("open_to_public"),
        FieldPanel("registration_page"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["cms.EventIndexPage", "cms.AgencyPage", "cms.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sự kiện")
        verbose_name_plural = _("sự kiện")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("Thời gian kết thúc phải sau thời gian bắt đầu.")
        if not self.venue and not self.online_url:
            errors["venue"] = _("Hãy ghi địa điểm hoặc đường dẫn trực tuyến.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @path("")
    def detail(self, request):
        attach_owner_agencies([self], self.locale_id)
        return self.render(request)

    @path("ical/", name="ical")
    def ical(self, request):
        return calendar_response(request, [self], f"{self.slug}.ics")
