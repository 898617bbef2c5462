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


def check_deadlines(now=None) -> dict:
    """Reminds before a deadline and, once it has passed, tells the people who hold
    the task and escalates to the head of the agency it was routed to. Each route is
    reminded once and escalated once; run it periodically (``check_deadlines``)."""
    from django.conf import settings
    from viewflow.workflow.status import STATUS

    from .assignment import candidates, heads_of
    from .models import DeadlineRule, TaskRoute
    from .notifications import notify

    now = now or timezone.now()
    remind_days = {r.node: r.remind_days_before for r in DeadlineRule.objects.all()}
    default_remind = getattr(settings, "WORKSPACE_REMIND_DAYS", 1)
    routes = TaskRoute.objects.filter(
        due_at__isnull=False,
        task__status__in=[STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED],
    ).select_related("task", "task__owner", "task__process", "agency")
    counts = {"reminded": 0, "escalated": 0, "closed": 0}
    for route in routes:
        task = route.task
        holders = (
            [task.owner]
            if task.owner_id
            else list(candidates(route.agency, route.role))
        )
        if route.due_at < now:
            if route.escalated_at is None:
                route.escalated_at = now
                route.save(update_fields=["escalated_at"])
                handler = getattr(task.flow_task, "_on_overdue", None)
                if handler is not None:
                    # The step closes itself (e.g. "no answer" recorded): nobody
                    # needs chasing, but the head of the agency is told.
                    handler(task)
                    counts["closed"] += 1
                else:
                    notify("overdue", task, holders)
                    counts["escalated"] += 1
                notify("escalation", task, heads_of(route.agency))
            continue
        node_key = (
            f"{task.flow_task.flow_class.instance.app_label}.{task.flow_task.name}"
        )
        days = remind_days.get(node_key, default_remind)
        if (
            route.reminded_at is None
            and route.due_at - datetime.timedelta(days=days) <= now
        ):
            notify("reminder", task, holders)
            route.reminded_at = now
            route.save(update_fields=["reminded_at"])
            counts["reminded"] += 1
    return counts
