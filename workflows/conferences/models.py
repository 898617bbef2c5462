"""A conference, seminar or round table: the process (with co-organisers), each invited
agency's response and delegates, minutes and outcomes, and the optional news draft."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process

from portal.directory.models import Agency


class ConferenceProcess(Process):
    """A conference proposed by an agency, approved by its head, held with others."""

    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Hội nghị")
        SEMINAR = "seminar", _("Hội thảo")
        ROUND_TABLE = "round_table", _("Tọa đàm")

    title = models.CharField(_("tên sự kiện"), max_length=200)
    kind = models.CharField(_("hình thức"), max_length=20, choices=Kind.choices)
    agenda = models.TextField(_("chương trình, nội dung"))
    starts_at = models.DateTimeField(_("thời gian"))
    place = models.CharField(_("địa điểm"), max_length=255)
    organiser = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan chủ trì"),
    )
    co_organisers = models.ManyToManyField(
        Agency,
        blank=True,
        related_name="+",
        verbose_name=_("cơ quan phối hợp tổ chức"),
    )
    invited = models.ManyToManyField(
        Agency, blank=True, related_name="+", verbose_name=_("cơ quan được mời")
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved = models.BooleanField(_("được duyệt"), null=True)
    decision_comment = models.TextField(_("ý kiến của thủ trưởng"), blank=True)
    minutes = models.TextField(_("biên bản"), blank=True)
    outcomes = models.TextField(_("kết quả, kiến nghị"), blank=True)
    news_title = models.CharField(_("tiêu đề tin"), max_length=255, blank=True)
    news_summary = models.TextField(_("tóm tắt tin"), blank=True)
    news_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("bản nháp tin trên cổng"),
    )

    class Meta:
        verbose_name = _("hội nghị, hội thảo")
        verbose_name_plural = _("hội nghị, hội thảo")

    def __str__(self):
        return self.title

    @property
    def wants_news(self) -> bool:
        return bool(self.news_title)


class Delegate(models.Model):
    """A person an agency sends to the event."""

    process = models.ForeignKey(
        ConferenceProcess, on_delete=models.CASCADE, related_name="delegates"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("cơ quan")
    )
    full_name = models.CharField(_("họ và tên"), max_length=120)
    position = models.CharField(_("chức vụ"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("đại biểu")
        verbose_name_plural = _("đại biểu")
        ordering = ["agency__name", "full_name"]

    def __str__(self):
        return self.full_name
