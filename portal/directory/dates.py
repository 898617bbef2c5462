"""Records valid for a period: the queryset and model pieces every dated record shares."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def today() -> datetime.date:
    """Today in the portal's time zone (Asia/Ho_Chi_Minh), not the server's."""
    return timezone.localdate()


class DatedQuerySet(models.QuerySet):
    """Filters records by the period in which they are valid."""

    def valid_on(self, date: datetime.date | None = None):
        """Records valid on ``date`` (today when omitted); ``valid_to`` is inclusive."""
        date = date or today()
        return self.filter(
            Q(valid_from__lte=date) | Q(valid_from__isnull=True),
            Q(valid_to__gte=date) | Q(valid_to__isnull=True),
        )

    def current(self):
        return self.valid_on(today())


class DatedModel(models.Model):
    """Abstract base of a record valid from one date to another (both optional)."""

    valid_from = models.DateField(
        _("hiệu lực từ"),
        null=True,
        blank=True,
        help_text=_("Ngày bắt đầu có hiệu lực; để trống nếu không rõ."),
    )
    valid_to = models.DateField(
        _("hiệu lực đến"),
        null=True,
        blank=True,
        help_text=_("Ngày cuối cùng còn hiệu lực; để trống nếu vẫn còn hiệu lực."),
    )

    objects = DatedQuerySet.as_manager()

    class Meta:
        abstract = True

    def is_valid_on(self, date: datetime.date | None = None) -> bool:
        date = date or today()
        return (self.valid_from is None or self.valid_from <= date) and (
            self.valid_to is None or date <= self.valid_to
        )

    def clean_dates(self, errors: dict) -> None:
        """Adds an error to ``errors`` when the period ends before it starts."""
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors.setdefault("valid_to", []).append(
                _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")
            )
