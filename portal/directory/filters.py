"""List filters shared by the directory's admin screens."""

from django.contrib.admin import SimpleListFilter
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .dates import today


class ValidityFilter(SimpleListFilter):
    """Filters dated records: valid today, ended, or not yet in force."""

    title = _("hiệu lực")
    parameter_name = "validity"

    def lookups(self, request, model_admin):
        return [
            ("current", _("Đang có hiệu lực")),
            ("ended", _("Đã hết hiệu lực")),
            ("future", _("Chưa có hiệu lực")),
        ]

    def queryset(self, request, queryset):
        now = today()
        if self.value() == "current":
            return queryset.valid_on(now)
        if self.value() == "ended":
            return queryset.filter(valid_to__lt=now)
        if self.value() == "future":
            return queryset.filter(valid_from__gt=now)
        return queryset


def not_ended_q():
    return Q(valid_to__isnull=True) | Q(valid_to__gte=today())
