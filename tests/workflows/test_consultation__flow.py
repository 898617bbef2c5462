"""Consultation on a draft through HTTP: agencies comment or answer "no comment", a
late agency is recorded as "no answer" by the deadline check, the lead answers each
comment, submits, records the issued document and publishes it."""

import datetime

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from viewflow.workflow.status import PROCESS, STATUS

from portal.directory.dates import today
from tests.factories.directory import member
from tests.factories.workflows import claim_and_post, open_task
from workflows.consultations.flows import ConsultationFlow
from workflows.consultations.models import Answer, ConsultationProcess
from workflows.deadlines import check_deadlines

pytestmark = pytest.mark.django_db


def pdf(name="du-thao.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4 draft", content_type="application/pdf")


def open_consultation(client, team, **overrides):
    client.force_login(team.proposer)
    data = {
        "title": "Dự thảo Kế hoạch phòng, chống mua bán người năm 2027",
        "summary": "Kế hoạch năm của tỉnh.",
        "deadline": (today() + datetime.timedelta(days=10)).isoformat(),
        "consulted": [team.police.pk, team.border.pk, team.other.pk],
        "draft": pdf(),
    }
    data.update(overrides)
    return client.post(ConsultationFlow.start.reverse("execute"), data)


def test_a_consultation_runs_to_the_issued_document(client, team):
    assert open_consultation(client, team).status_code == 302
    process = ConsultationProcess.objects.get()
    draft = process.documents.get()

    police = open_task(process, ConsultationFlow.answer, team.police)
    response = claim_and_post(
        client, team.police_staff, police, {"comments": "Điều 5 không có dấu hai chấm"}
    )
    assert response.status_code == 200
    assert "Điều 5 không có dấu hai chấm" in response.content.decode()
    claim_and_post(
        client,
        team.police_staff,
        police,
        {
            "comments": "Điều 5: Bổ sung lực lượng công an xã.\nĐiều 7: Rút ngắn thời hạn."
        },
    )
    border = open_task(process, ConsultationFlow.answer, team.border)
    claim_and_post(client, team.border_staff, border, {"no_comment": "on"})
    # The third agency does not answer; after the deadline it is recorded so.
    with time_machine.travel(
        datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=11)
    ):
        counts = check_deadlines()
    assert counts["closed"] == 1
    assert Answer.objects.get(process=process, agency=team.other).status == "no_answer"

    consolidate = open_task(process, ConsultationFlow.consolidate)
    assert consolidate.owner == team.proposer
    comments = list(process.answers.get(agency=team.police).comments.all())
    data = {f"r_{comments[0].pk}": "accepted", f"r_{comments[1].pk}": "not_accepted"}
    response = claim_and_post(client, team.proposer, consolidate, data)
    assert response.status_code == 200  # a reason is needed for "not accepted"
    data[f"why_{comments[1].pk}"] = "Thời hạn do Luật quy định."
    claim_and_post(client, team.proposer, consolidate, data)

    submit = open_task(process, ConsultationFlow.submit)
    claim_and_post(
        client,
        team.proposer,
        submit,
        {"submitted_on": today().isoformat(), "submission_note": "Tờ trình số 12"},
    )
    issued = open_task(process, ConsultationFlow.record_issued)
    response = claim_and_post(
        client,
        team.proposer,
        issued,
        {
            "issued_number": "123/KH-UBND",
            "issued_on": today().isoformat(),
            "signed_file": pdf("ke-hoach.pdf"),
            "publish": "on",
        },
    )
    assert response.status_code == 302
    process.refresh_from_db()
    assert process.status == PROCESS.DONE
    assert process.published_document is not None
    assert not process.task_set.exclude(status__in=[STATUS.DONE]).exists()

    # The draft is served to the agencies taking part, and to nobody else.
    file_url = reverse("workspace:tasks:file", args=["consultation", draft.pk])
    client.force_login(team.border_staff)
    assert client.get(file_url).status_code == 200
    client.force_login(member(username="no-agency-user"))
    assert client.get(file_url).status_code == 404


def test_a_draft_must_be_a_document_and_the_deadline_in_the_future(client, team):
    response = open_consultation(
        client,
        team,
        draft=SimpleUploadedFile("virus.exe", b"MZ"),
        deadline=today().isoformat(),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Chỉ nhận tệp" in page and "Hạn góp ý phải sau hôm nay." in page
    assert not ConsultationProcess.objects.exists()
