"""A colleague covering leave sees and completes the delegator's tasks; the agency's
head hands a task to another member with the same role."""

import pytest
from django.urls import reverse

from tests.factories.directory import days_ago, member
from tests.factories.workflows import claim_and_post, open_task, url
from tests.workflows.helpers import start, to_nominations
from workflows.models import Delegation
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_a_delegate_covers_the_head_during_leave(client, team):
    process = start(client, team, title="Khóa ủy quyền")
    client.force_login(team.head)
    response = client.post(
        reverse("workspace:tasks:delegations"),
        {
            "agency": team.organiser.pk,
            "delegate": team.colleague.pk,
            "valid_from": days_ago(1).isoformat(),
            "valid_to": days_ago(-3).isoformat(),
            "reason": "Nghỉ phép",
        },
    )
    assert response.status_code == 302
    client.force_login(team.colleague)
    inbox = client.get(reverse("workspace:tasks:index")).content.decode()
    assert "Khóa ủy quyền" in inbox
    response = claim_and_post(
        client,
        team.colleague,
        open_task(process, TrainingFlow.approve),
        {"decision": "yes"},
    )
    assert response.status_code == 302
    process.refresh_from_db()
    assert process.approved is True


def test_an_expired_delegation_gives_nothing(client, team):
    process = start(client, team)
    Delegation.objects.create(
        delegator=team.head,
        delegate=team.colleague,
        agency=team.organiser,
        valid_from=days_ago(10),
        valid_to=days_ago(5),
    )
    client.force_login(team.colleague)
    approve = open_task(process, TrainingFlow.approve)
    assert client.post(url(approve, "assign")).status_code == 403


def test_a_delegation_to_someone_outside_the_agency_is_refused(client, team):
    client.force_login(team.head)
    response = client.post(
        reverse("workspace:tasks:delegations"),
        {
            "agency": team.organiser.pk,
            "delegate": team.police_staff.pk,
            "valid_from": days_ago(0).isoformat(),
            "valid_to": days_ago(-3).isoformat(),
            "reason": "Nghỉ phép",
        },
    )
    assert response.status_code == 200
    assert not Delegation.objects.exists()


def test_the_head_reassigns_a_task_to_another_member(client, team):
    process = to_nominations(client, team)
    task = open_task(process, TrainingFlow.nominate, team.police)
    police_head = member(team.police, ["agency_head"], username="police-head")
    second = member(team.police, ["process_staff"], username="tuan-2")
    client.force_login(team.police_staff)
    client.post(url(task, "assign"))
    # An unrelated member cannot reassign; the police head can, to a process staff.
    client.force_login(second)
    assert client.post(url(task, "reassign"), {"user": second.pk}).status_code == 403
    client.force_login(police_head)
    response = client.post(url(task, "reassign"), {"user": team.head.pk})
    assert response.status_code == 200  # not a candidate: refused, form shown again
    response = client.post(url(task, "reassign"), {"user": second.pk})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.owner == second
