"""The periodic report: the indicators configured in the admin, a report period run as
a process by the focal agency, and each agency's submitted figures."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process

from portal.directory.models import Agency


class Indicator(models.Model):
    """A figure each report period asks for (low-code): its name, unit, who answers and
    how the agencies' figures add up. A changed indicator applies to new periods only:
    each period keeps a copy of the indicators it opened with."""

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Cộng")
        MAX = "max", _("Lớn nhất")
        AVERAGE = "average", _("Trung bình")

    code = models.SlugField(
        _("mã chỉ tiêu"),
        max_length=60,
        unique=True,
        help_text=_("Mã cố định, ví dụ: victims-received."),
    )
    name = models.CharField(
        _("tên chỉ tiêu"),
        max_length=200,
        help_text=_("Ví dụ: Số nạn nhân được tiếp nhận."),
    )
    unit = models.CharField(
        _("đơn vị tính"), max_length=40, help_text=_("Ví dụ: người, lớp, cuộc.")
    )
    aggregation = models.CharField(
        _("cách tổng hợp"),
        max_length=10,
        choices=Aggregation.choices,
        default=Aggregation.SUM,
        help_text=_("Cách cộng dồn số liệu của các cơ quan."),
    )
    agency_kinds = models.CharField(
        _("loại cơ quan trả lời"),
        max_length=255,
        blank=True,
        help_text=_(
            "Mã các loại cơ quan phải trả lời, cách nhau bằng dấu phẩy (ví dụ: "
            "health,police); để trống nếu mọi cơ quan đều trả lời."
        ),
    )
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    active = models.BooleanField(
        _("đang dùng"), default=True, help_text=_("Chỉ chỉ tiêu đang dùng vào kỳ mới.")
    )

    class Meta:
        verbose_name = _("chỉ tiêu báo cáo")
        verbose_name_plural = _("chỉ tiêu báo cáo")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def kinds(self) -> list[str]:
        return [k.strip() for k in self.agency_kinds.split(",") if k.strip()]

    def snapshot(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "unit": self.unit,
            "aggregation": self.aggregation,
            "kinds": self.kinds(),
        }


class ReportProcess(Process):
    """One report period (six months, a year) run by the focal agency for reporting."""

    class Period(models.TextChoices):
        SIX_MONTHS = "six_months", _("6 tháng")
        YEAR = "year", _("Năm")

    title = models.CharField(
        _("kỳ báo cáo"), max_length=120, help_text=_("Ví dụ: 6 tháng đầu năm 2026.")
    )
    period = models.CharField(_("loại kỳ"), max_length=20, choices=Period.choices)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    focal_agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cơ quan đầu mối"),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    agencies = models.ManyToManyField(
        Agency, related_name="+", verbose_name=_("cơ quan báo cáo")
    )
    consolidation_note = models.TextField(_("nhận xét tổng hợp"), blank=True)
    approved = models.BooleanField(_("được phê duyệt"), null=True)

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")

    def __str__(self):
        return self.title

    @property
    def indicators(self) -> list[dict]:
        return (self.data or {}).get("indicators", [])


class Submission(models.Model):
    """One agency's figures for a period; corrections overwrite them, keeping the
    request that asked for it."""

    process = models.ForeignKey(
        ReportProcess, on_delete=models.CASCADE, related_name="submissions"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("cơ quan")
    )
    values = models.JSONField(_("số liệu"), default=dict)
    note = models.TextField(_("ghi chú"), blank=True)
    correction_request = models.TextField(_("yêu cầu chỉnh sửa"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("số liệu báo cáo")
        verbose_name_plural = _("số liệu báo cáo")
        constraints = [
            models.UniqueConstraint(
                fields=["process", "agency"], name="unique_submission_per_agency"
            )
        ]

    def __str__(self):
        return f"{self.process} — {self.agency}"
