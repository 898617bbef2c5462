"""A training session from proposal to report, through HTTP, across three agencies."""

import pytest
from django.core import mail
from viewflow.workflow.status import PROCESS, STATUS

from tests.factories.workflows import claim_and_post, open_task, url
from tests.workflows.helpers import start
from workflows.models import Notification, Participation
from workflows.training.flows import TrainingFlow
from workflows.training.models import Evaluation

pytestmark = pytest.mark.django_db


def test_training_runs_end_to_end(client, team):
    process = start(client, team)
    assert process.organiser == team.organiser
    assert process.proposed_by == team.proposer

    approve = open_task(process, TrainingFlow.approve)
    assert approve.route.agency == team.organiser
    assert approve.route.due_at is not None
    # The head is told by e-mail and in-app, without the session's content.
    assert Notification.objects.filter(user=team.head, task=approve).exists()
    assert any(team.head.email in m.to for m in mail.outbox)
    response = claim_and_post(client, team.head, approve, {"decision": "yes"})
    assert response.status_code == 302

    materials = open_task(process, TrainingFlow.attach_materials)
    assert materials.owner == team.proposer
    response = claim_and_post(client, team.proposer, materials, {})
    assert response.status_code == 302

    invite = open_task(process, TrainingFlow.invite)
    response = claim_and_post(
        client,
        team.proposer,
        invite,
        {
            "invited": [team.police.pk, team.border.pk],
            "questionnaire": team.questionnaire.pk,
        },
    )
    assert response.status_code == 302

    police_task = open_task(process, TrainingFlow.nominate, team.police)
    border_task = open_task(process, TrainingFlow.nominate, team.border)
    response = claim_and_post(
        client,
        team.police_staff,
        police_task,
        {"participants": "Nguyễn Văn An; Trinh sát\nLê Thị Bích; Cán bộ"},
    )
    assert response.status_code == 302
    # The join waits for the border guard's nomination.
    assert not process.task_set.filter(
        flow_task=TrainingFlow.record_attendance
    ).exists()
    response = claim_and_post(
        client,
        team.border_staff,
        border_task,
        {"participants": "Phạm Đức Cường; Trợ lý"},
    )
    assert response.status_code == 302

    attendance = open_task(process, TrainingFlow.record_attendance)
    process.refresh_from_db()
    present = [p.pk for p in process.participants.exclude(full_name="Lê Thị Bích")]
    response = claim_and_post(client, team.proposer, attendance, {"present": present})
    assert response.status_code == 302

    questions = process.data["questions"]
    rating, text = questions[0]["id"], questions[1]["id"]
    police_eval = open_task(process, TrainingFlow.evaluate, team.police)
    an = process.participants.get(full_name="Nguyễn Văn An")
    response = claim_and_post(
        client,
        team.police_staff,
        police_eval,
        {f"p{an.pk}_q{rating}": "5", f"p{an.pk}_q{text}": "Rất thiết thực"},
    )
    assert response.status_code == 302
    border_eval = open_task(process, TrainingFlow.evaluate, team.border)
    cuong = process.participants.get(full_name="Phạm Đức Cường")
    response = claim_and_post(
        client, team.border_staff, border_eval, {f"p{cuong.pk}_q{rating}": "4"}
    )
    assert response.status_code == 302
    assert Evaluation.objects.filter(process=process).count() == 2

    report = open_task(process, TrainingFlow.report)
    client.force_login(team.proposer)
    page = client.get(url(report, "execute")).content.decode()
    assert "4.5/5" in page or "4,5/5" in page
    response = claim_and_post(
        client,
        team.proposer,
        report,
        {"report_summary": "Học viên nắm được quy trình."},
    )
    assert response.status_code == 302

    process.refresh_from_db()
    assert process.status == PROCESS.DONE
    assert not process.task_set.exclude(status=STATUS.DONE).exists()
    assert set(
        Participation.objects.filter(process=process).values_list("agency", flat=True)
    ) == {
        team.organiser.pk,
        team.police.pk,
        team.border.pk,
    }
    detail = client.get(
        TrainingFlow.instance.reverse("process_detail", args=[process.pk])
    )
    assert detail.status_code == 200
    assert "Nguyễn Văn An" in detail.content.decode()
