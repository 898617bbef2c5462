"""Deadlines of human tasks: from the flow's default, overridden in the admin by a
``DeadlineRule`` (a number of days, or the deadline of a ``LegalReference``)."""

import datetime

from django.utils import timezone

from portal.directory.dates import today


def add_days(start: datetime.date, days: int, working_days: bool = False):
    """``start`` plus ``days`` calendar days, or working days (Monday to Friday)."""
    if not working_days:
        return start + datetime.timedelta(days=days)
    current, left = start, days
    while left > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def end_of_day(day: datetime.date) -> datetime.datetime:
    """The last moment of ``day`` in the portal's time zone: a deadline "within N
    days" runs to the end of the Nth day."""
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(23, 59, 59))
    )


def deadline_for(node_key: str, default_days: int | None, on=None):
    """(due_at, legal_reference, remind_days_before) for a task of ``node_key``
    created on ``on``; due_at is None when neither the admin nor the flow sets one."""
    from .models import DeadlineRule

    on = on or today()
    rule = (
        DeadlineRule.objects.select_related("legal_reference")
        .filter(node=node_key)
        .first()
    )
    if rule is not None:
        reference = rule.legal_reference
        if rule.days is not None:
            return (
                end_of_day(add_days(on, rule.days)),
                reference,
                rule.remind_days_before,
            )
        if reference is not None and reference.deadline_days:
            due = add_days(on, reference.deadline_days, reference.working_days)
            return end_of_day(due), reference, rule.remind_days_before
    if default_days is None:
        return None, None, 1
    return end_of_day(add_days(on, default_days)), None, 1
