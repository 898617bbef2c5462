"""Counting views and downloads, and the evaluation report built on the counts.

Counting keeps one row per material and day and adds to it atomically; nothing about the
visitor is read or stored (no cookie, address or user).
"""

import datetime
from collections import defaultdict

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from .models import CommunicationEvent, MaterialDailyStat, MaterialPage


def _bump(material_id, field):
    today = timezone.localdate()
    rows = MaterialDailyStat.objects.filter(material_id=material_id, date=today)
    if rows.update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():
            MaterialDailyStat.objects.create(
                material_id=material_id, date=today, **{field: 1}
            )
    except IntegrityError:
        # Another request created today's row between our update and our insert.
        rows.update(**{field: F(field) + 1})


def count_view(material_id):
    _bump(material_id, "views")


def count_download(material_id):
    _bump(material_id, "downloads")


def totals_for(material_ids):
    """Views and downloads per material id, over all time."""
    rows = (
        MaterialDailyStat.objects.filter(material_id__in=material_ids)
        .values("material_id")
        .annotate(views=Sum("views"), downloads=Sum("downloads"))
    )
    return {r["material_id"]: (r["views"], r["downloads"]) for r in rows}


def _month_range(start: datetime.date, end: datetime.date):
    month = start.replace(day=1)
    while month <= end:
        yield month
        month = (month + datetime.timedelta(days=32)).replace(day=1)


def evaluation_report(start: datetime.date, end: datetime.date, agencies=None):
    """Rows of (month, agency, kind label, views, downloads, events, people reached).

    Views and downloads are grouped by the material's owner and kind; community events
    by the organising agency, under the kind "community event". ``agencies`` limits the
    report to those agencies (None: every agency).
    """
    from django.contrib.contenttypes.models import ContentType
    from django.utils.translation import gettext as _

    stats = MaterialDailyStat.objects.filter(date__gte=start, date__lte=end)
    events = CommunicationEvent.objects.filter(date__gte=start, date__lte=end)
    if agencies is not None:
        stats = stats.filter(material__owner_agency__in=agencies)
        events = events.filter(agency__in=agencies)
    grouped = (
        stats.annotate(month=TruncMonth("date"))
        .values(
            "month",
            "material__owner_agency__short_name",
            "material__owner_agency__name",
            "material__content_type",
        )
        .annotate(views=Sum("views"), downloads=Sum("downloads"))
    )
    rows = defaultdict(lambda: [0, 0, 0, 0])
    for row in grouped:
        model = ContentType.objects.get_for_id(
            row["material__content_type"]
        ).model_class()
        kind = str(getattr(model, "kind_label", "")) or str(MaterialPage.kind_label)
        agency = (
            row["material__owner_agency__short_name"]
            or row["material__owner_agency__name"]
        )
        key = (_as_date(row["month"]), agency, kind)
        rows[key][0] += row["views"] or 0
        rows[key][1] += row["downloads"] or 0
    event_rows = (
        events.annotate(month=TruncMonth("date"))
        .values("month", "agency__short_name", "agency__name")
        .annotate(count=Count("pk"), reached=Sum("number_reached"))
    )
    event_kind = _("Buổi truyền thông cộng đồng")
    for row in event_rows:
        agency = row["agency__short_name"] or row["agency__name"]
        key = (_as_date(row["month"]), agency, event_kind)
        rows[key][2] += row["count"]
        rows[key][3] += row["reached"] or 0
    return [
        (month, agency, kind, *values)
        for (month, agency, kind), values in sorted(rows.items())
    ]


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def monthly_totals(rows, start, end):
    """Per month of the range: (month, views, downloads, people reached), for the chart."""
    totals = {month: [0, 0, 0] for month in _month_range(start, end)}
    for month, _agency, _kind, views, downloads, _events, reached in rows:
        bucket = totals.setdefault(month, [0, 0, 0])
        bucket[0] += views
        bucket[1] += downloads
        bucket[2] += reached
    return [(month, *values) for month, values in sorted(totals.items())]
