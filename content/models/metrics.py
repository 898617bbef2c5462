"""Evaluating communication: daily counters per material and community events.

Counters hold numbers only: no cookie, address, user or session is stored or read, so
they carry no personal data.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class MaterialDailyStat(models.Model):
    """Views and downloads of one material on one day (aliases count for the original)."""

    material = models.ForeignKey(
        "content.MaterialPage",
        verbose_name=_("tài liệu"),
        on_delete=models.CASCADE,
        related_name="daily_stats",
    )
    date = models.DateField(_("ngày"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)
    downloads = models.PositiveIntegerField(_("lượt tải"), default=0)

    class Meta:
        verbose_name = _("số liệu theo ngày")
        verbose_name_plural = _("số liệu theo ngày")
        constraints = [
            models.UniqueConstraint(
                fields=["material", "date"], name="unique_material_stat_per_day"
            )
        ]

    def __str__(self):
        return f"{self.material_id} {self.date}"


class CommunicationEventQuerySet(models.QuerySet):
    def of_agencies(self, agencies):
        return self.filter(agency__in=agencies)


class CommunicationEvent(index.Indexed, ClusterableModel):
    """A community communication event: where, when, for whom, how many were reached and
    which materials were used. Counts only: participants are not recorded by name."""

    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan tổ chức"),
        on_delete=models.PROTECT,
        related_name="communication_events",
        help_text=_("Cơ quan tổ chức buổi truyền thông."),
    )
    title = models.CharField(
        _("tên hoạt động"),
        max_length=200,
        help_text=_("Ví dụ: Truyền thông tại chợ cá Long Hải."),
    )
    date = models.DateField(_("ngày"), default=datetime.date.today)
    place = models.CharField(
        _("địa điểm"), max_length=200, help_text=_("Xã, phường, thôn hoặc nơi cụ thể.")
    )
    audience = models.ForeignKey(
        "content.Audience",
        verbose_name=_("nhóm đối tượng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="communication_events",
        help_text=_("Nhóm người tham dự chính."),
    )
    number_reached = models.PositiveIntegerField(
        _("số người được tiếp cận"),
        help_text=_("Tổng số người tham dự hoặc nhận tài liệu (chỉ ghi số)."),
    )
    materials = ParentalManyToManyField(
        "content.MaterialPage",
        verbose_name=_("tài liệu đã dùng"),
        blank=True,
        related_name="communication_events",
        help_text=_("Các tài liệu phát, chiếu hoặc giới thiệu tại buổi này."),
    )
    notes = models.TextField(
        _("ghi chú"),
        blank=True,
        help_text=_("Kết quả, nhận xét. Không ghi tên hay thông tin cá nhân."),
    )

    panels = [
        FieldPanel("agency"),
        FieldPanel("title"),
        FieldPanel("date"),
        FieldPanel("place"),
        FieldPanel("audience"),
        FieldPanel("number_reached"),
        FieldPanel("materials"),
        FieldPanel("notes"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("place")]

    objects = CommunicationEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("buổi truyền thông cộng đồng")
        verbose_name_plural = _("buổi truyền thông cộng đồng")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.title} ({self.date:%d/%m/%Y})"

    def clean(self):
        errors = {}
        if self.date and self.date > datetime.date.today() + datetime.timedelta(days=1):
            errors["date"] = _("Chỉ ghi nhận buổi truyền thông đã diễn ra.")
        if errors:
            raise ValidationError(errors)
