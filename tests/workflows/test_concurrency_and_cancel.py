"""Two people completing one task: one succeeds, the other is told. Cancelling a
process cancels its open tasks and says so in the history."""

import pytest
from django.urls import reverse
from viewflow.workflow.status import PROCESS, STATUS

from tests.factories.directory import days_ago
from tests.factories.workflows import claim_and_post, open_task, url
from tests.workflows.helpers import start, to_nominations
from workflows.models import Delegation, Notification
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_two_people_completing_one_task_exactly_one_succeeds(client, team):
    process = start(client, team)
    approve = open_task(process, TrainingFlow.approve)
    # The head's deputy covers for them today: both can open the same form.
    Delegation.objects.create(
        delegator=team.head,
        delegate=team.colleague,
        agency=team.organiser,
        valid_from=days_ago(1),
        valid_to=days_ago(-5),
    )
    claim_and_post(client, team.head, approve, {"decision": "yes"})
    approve.refresh_from_db()
    assert approve.status == STATUS.DONE

    client.force_login(team.colleague)
    response = client.post(
        url(approve, "execute"),
        {"decision": "no", "comment": "Trùng lịch."},
        follow=True,
    )
    assert "đã được hoàn thành bởi người khác" in response.content.decode()
    process.refresh_from_db()
    assert process.approved is True
    assert process.task_set.filter(flow_task=TrainingFlow.revise).count() == 0


def test_claiming_a_task_someone_took_meanwhile_is_refused_clearly(client, team):
    process = to_nominations(client, team)
    task = open_task(process, TrainingFlow.nominate, team.police)
    from tests.factories.directory import member

    second = member(team.police, ["process_staff"], username="tuan2")
    client.force_login(team.police_staff)
    assert client.post(url(task, "assign")).status_code == 302
    client.force_login(second)
    response = client.post(url(task, "assign"), follow=True)
    assert "đã được người khác nhận xử lý" in response.content.decode()
    task.refresh_from_db()
    assert task.owner == team.police_staff


def test_cancelling_a_process_cancels_its_tasks_and_says_so(client, team):
    process = to_nominations(client, team)
    police = open_task(process, TrainingFlow.nominate, team.police)
    claim_and_post(client, team.police_staff, police, {})  # claimed, form invalid
    cancel = TrainingFlow.instance.reverse("process_cancel", args=[process.pk])

    # Invited agencies cannot cancel; the proposer neither: the organiser's head can.
    client.force_login(team.police_staff)
    assert client.post(cancel, {"reason": "x"}).status_code == 404
    client.force_login(team.head)
    response = client.post(cancel, {"reason": ""})
    assert response.status_code == 200
    response = client.post(cancel, {"reason": "Hoãn do mưa bão."})
    assert response.status_code == 302

    process.refresh_from_db()
    assert process.status == PROCESS.CANCELED
    assert not process.task_set.filter(
        status__in=[STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED]
    ).exists()
    assert process.task_set.filter(status=STATUS.CANCELED).count() == 2
    page = client.get(
        TrainingFlow.instance.reverse("process_detail", args=[process.pk])
    ).content.decode()
    assert "Quy trình đã bị hủy" in page and "Hoãn do mưa bão." in page
    # The person holding a task is told; the message does not carry the reason.
    note = Notification.objects.get(user=team.police_staff, kind="cancelled")
    assert "Hoãn" not in note.body
    client.force_login(team.police_staff)
    inbox = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "Cử học viên" not in inbox
