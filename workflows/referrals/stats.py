"""Aggregate statistics of referral cases with small counts suppressed.

A count from 1 to 10 is shown as "<11" (the Counter Trafficking Data Collaborative's
rule). So that a total cannot give a suppressed cell back by subtraction, whenever a
row of cells has exactly one suppressed cell the next smallest cell is suppressed too;
a total below 11 is itself suppressed.
"""

from dataclasses import dataclass

from django.db.models import Count

from .models import AgeBand, Case, ExploitationType, IntakeChannel, Sex, Stage

THRESHOLD = 11
SUPPRESSED = "<11"


@dataclass
class Cell:
    value: str
    label: str
    count: int
    shown: str


def suppress(counts: dict[str, int]) -> dict[str, str]:
    """Shown values for a row of counts (label → count), with secondary suppression."""
    shown = {
        label: (SUPPRESSED if 0 < count < THRESHOLD else str(count))
        for label, count in counts.items()
    }
    hidden = [label for label, value in shown.items() if value == SUPPRESSED]
    if len(hidden) == 1:
        others = sorted(
            (count, label)
            for label, count in counts.items()
            if shown[label] != SUPPRESSED and count > 0
        )
        if others:
            shown[others[0][1]] = SUPPRESSED
        else:
            # One non-zero cell and zeros: the total would reveal it.
            shown.update({label: SUPPRESSED for label in counts if counts[label] == 0})
    return shown


def shown_total(total: int) -> str:
    return SUPPRESSED if 0 < total < THRESHOLD else str(total)


def _row(counts: dict, choices) -> list[Cell]:
    values = {value: counts.get(value, 0) for value, _label in choices}
    shown = suppress(values)
    return [
        Cell(value, str(label), values[value], shown[value]) for value, label in choices
    ]


def table(field, choices, queryset=None):
    queryset = Case.objects.all() if queryset is None else queryset
    counts = dict(
        queryset.order_by()
        .values_list(field)
        .annotate(n=Count("pk"))
        .values_list(field, "n")
    )
    return _row(counts, choices)


def exploitation_table(queryset=None):
    """Cases per exploitation type (a case may count in several)."""
    queryset = Case.objects.all() if queryset is None else queryset
    counts: dict[str, int] = {}
    for types in queryset.values_list("exploitation_types", flat=True):
        for code in set(types or []):
            counts[code] = counts.get(code, 0) + 1
    return _row(counts, ExploitationType.choices)


def public_statistics(year=None):
    """Everything the public statistics page and the periodic report may show."""
    queryset = Case.objects.all()
    if year:
        queryset = queryset.filter(received_on__year=year)
    total = queryset.count()
    return {
        "total": shown_total(total),
        "by_channel": table("intake_channel", IntakeChannel.choices, queryset),
        "by_sex": table("sex", Sex.choices, queryset),
        "by_age": table("age_band", AgeBand.choices, queryset),
        "by_exploitation": exploitation_table(queryset),
        "closed": shown_total(queryset.filter(stage=Stage.CLOSED).count()),
    }
