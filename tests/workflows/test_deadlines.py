"""Deadlines from the flow and from the admin (days or a legal reference), reminders
and escalation to the agency's head when the clock passes them."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from portal.directory.models import LegalReference
from tests.factories.workflows import open_task
from tests.workflows.helpers import start
from workflows.deadlines import add_days, check_deadlines
from workflows.models import DeadlineRule, Notification
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db

MONDAY = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)


def test_working_days_skip_the_weekend():
    friday = datetime.date(2026, 11, 6)
    assert add_days(friday, 1, working_days=True) == datetime.date(2026, 11, 9)
    assert add_days(friday, 3) == datetime.date(2026, 11, 9)


@time_machine.travel(MONDAY, tick=False)
def test_a_legal_reference_sets_the_deadline(client, team):
    reference = LegalReference.objects.create(
        document_number="162/2025/NĐ-CP",
        title="Nghị định",
        article="Mẫu số 07",
        deadline_days=9,
        working_days=True,
    )
    DeadlineRule.objects.create(node="training.approve", legal_reference=reference)
    process = start(client, team)
    route = open_task(process, TrainingFlow.approve).route
    assert route.legal_reference == reference
    # Nine working days from Monday 2 November: Friday 13 November, end of day.
    assert timezone.localdate(route.due_at) == datetime.date(2026, 11, 13)


def test_a_rule_without_days_or_deadline_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        DeadlineRule(node="training.approve").full_clean()


def test_passing_a_deadline_reminds_then_escalates_to_the_head(client, team):
    with time_machine.travel(MONDAY, tick=False):
        process = start(client, team)  # approve: 5 days, to Saturday 7 November
        task = open_task(process, TrainingFlow.nominate.flow_class.approve)
        assert check_deadlines() == {"reminded": 0, "escalated": 0, "closed": 0}
    mail.outbox.clear()
    with time_machine.travel(MONDAY + datetime.timedelta(days=4, hours=12), tick=False):
        assert check_deadlines() == {"reminded": 1, "escalated": 0, "closed": 0}
        assert check_deadlines() == {"reminded": 0, "escalated": 0, "closed": 0}
    assert Notification.objects.filter(user=team.head, kind="reminder").count() == 1
    with time_machine.travel(MONDAY + datetime.timedelta(days=6), tick=False):
        call_command("check_deadlines")
        client.force_login(team.head)
        inbox = client.get("/workspace/tasks/").content.decode()
        assert "Quá hạn" in inbox
    assert Notification.objects.filter(user=team.head, kind="overdue").count() == 1
    assert Notification.objects.filter(user=team.head, kind="escalation").count() == 1
    task.route.refresh_from_db()
    assert task.route.escalated_at is not None
    # No content of the session travels in the e-mails, only title, number and link.
    for message in mail.outbox:
        assert "Hội trường" not in message.body
        assert "Buổi sáng" not in message.body
