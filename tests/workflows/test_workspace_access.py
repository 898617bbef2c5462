"""Who reaches what: anonymous users sign in, wrong roles cannot act, other agencies
get 404 for a process or a task they guess."""

import pytest
from django.urls import reverse

from tests.factories.directory import member
from tests.factories.workflows import open_task, proposal, url
from tests.workflows.helpers import start, to_nominations
from workflows.training.flows import TrainingFlow

pytestmark = pytest.mark.django_db


def test_anonymous_users_are_sent_to_sign_in(client):
    for path in ["/workspace/", "/workspace/tasks/", "/en/workspace/tasks/queue/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/accounts/login/" in response["Location"]


def test_the_workspace_answers_in_both_languages(client, team):
    client.force_login(team.proposer)
    assert "Hộp việc" in client.get("/workspace/tasks/").content.decode()
    page = client.get("/en/workspace/tasks/").content.decode()
    assert 'lang="en"' in page
    assert "Inbox" in page and "Start a process" in page


def test_the_account_page_and_the_cms_link_to_the_workspace(client, team):
    client.force_login(team.proposer)
    page = client.get(reverse("accounts:home")).content.decode()
    assert reverse("workspace:tasks:index") in page


def test_another_agency_gets_404_for_a_process_and_its_tasks(client, team):
    process = start(client, team)
    approve = open_task(process, TrainingFlow.approve)
    client.force_login(team.outsider)
    detail = TrainingFlow.instance.reverse("process_detail", args=[process.pk])
    assert client.get(detail).status_code == 404
    assert client.get(url(approve, "index")).status_code == 404
    assert client.post(url(approve, "assign")).status_code == 404
    assert (
        client.get(
            TrainingFlow.instance.reverse("process_chart", args=[process.pk])
        ).status_code
        == 404
    )


def test_a_task_of_another_process_is_not_reachable_through_a_visible_one(client, team):
    mine = start(client, team)
    member(team.other, ["agency_head"], username="other-head")
    client.force_login(team.outsider)
    other = client.post(
        TrainingFlow.start.reverse("execute"),
        proposal(team, organiser=team.other.pk),
    )
    assert other.status_code == 302
    other_task = open_task(
        TrainingFlow.process_class.objects.get(organiser=team.other),
        TrainingFlow.approve,
    )
    assert other_task.route.agency == team.other
    client.force_login(team.head)
    guessed = TrainingFlow.approve.reverse("assign", args=[mine.pk, other_task.pk])
    assert client.post(guessed).status_code == 404


def test_the_wrong_role_cannot_approve(client, team):
    process = start(client, team)
    approve = open_task(process, TrainingFlow.approve)
    # A colleague without the head's role, in the same agency: sees, cannot take.
    client.force_login(team.colleague)
    detail = TrainingFlow.instance.reverse("process_detail", args=[process.pk])
    assert client.get(detail).status_code == 200
    assert client.post(url(approve, "assign")).status_code == 403
    assert client.post(url(approve, "execute"), {"decision": "yes"}).status_code == 403
    approve.refresh_from_db()
    assert approve.owner is None


def test_only_process_staff_may_start_a_training(client, team):
    client.force_login(team.head)
    response = client.get(TrainingFlow.start.reverse("execute"))
    assert response.status_code == 403


def test_an_invited_agency_sees_the_process_but_not_others_tasks(client, team):
    process = to_nominations(client, team)
    border_task = open_task(process, TrainingFlow.nominate, team.border)
    client.force_login(team.police_staff)
    detail = TrainingFlow.instance.reverse("process_detail", args=[process.pk])
    assert client.get(detail).status_code == 200
    assert client.post(url(border_task, "assign")).status_code == 403
