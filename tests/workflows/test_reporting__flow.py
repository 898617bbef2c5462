"""The periodic report through HTTP: the focal agency opens a period, two agencies
submit in parallel, one is asked to correct, the head approves; XLSX and PDF follow."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from viewflow.workflow.status import PROCESS

from portal.directory.models import Function, FunctionAssignment
from tests.factories.workflows import claim_and_post, open_task, url
from workflows.reporting.flows import ReportFlow
from workflows.reporting.models import Indicator, ReportProcess

pytestmark = pytest.mark.django_db


@pytest.fixture
def focal(team):
    function = Function.objects.create(code="reporting-focal-agency", name="Đầu mối")
    FunctionAssignment.objects.create(function=function, agency=team.organiser)
    Indicator.objects.create(
        code="victims-received", name="Nạn nhân được tiếp nhận", unit="người"
    )
    Indicator.objects.create(
        code="people-trained", name="Người được tập huấn", unit="người", sort_order=1
    )
    return team


def open_period(client, team):
    client.force_login(team.proposer)
    return client.post(
        ReportFlow.start.reverse("execute"),
        {
            "title": "6 tháng đầu năm 2026",
            "period": "six_months",
            "period_start": "2026-01-01",
            "period_end": "2026-06-30",
            "agencies": [team.police.pk, team.border.pk],
        },
    )


def test_a_period_runs_with_a_correction_and_is_approved(client, focal):
    team = focal
    assert open_period(client, team).status_code == 302
    process = ReportProcess.objects.get()
    # A changed indicator applies to new periods only.
    Indicator.objects.filter(code="people-trained").update(name="Đã đổi tên")
    assert process.indicators[1]["name"] == "Người được tập huấn"

    police = open_task(process, ReportFlow.submit, team.police)
    response = claim_and_post(
        client, team.police_staff, police, {"i_victims-received": "-3"}
    )
    assert response.status_code == 200  # negative refused, typed value kept
    assert 'value="-3"' in response.content.decode()
    claim_and_post(
        client,
        team.police_staff,
        police,
        {"i_victims-received": "12", "i_people-trained": "40"},
    )
    border = open_task(process, ReportFlow.submit, team.border)
    claim_and_post(
        client,
        team.border_staff,
        border,
        {"i_victims-received": "3", "i_people-trained": "25"},
    )

    consolidate = open_task(process, ReportFlow.consolidate)
    assert consolidate.route.agency == team.organiser
    assert consolidate.route.function == "reporting-focal-agency"
    client.force_login(team.proposer)
    claim_and_post(
        client,
        team.proposer,
        consolidate,
        {
            "decision": "correct",
            "agencies": [team.border.pk],
            "note": "Kiểm tra lại số tập huấn.",
        },
    )
    correct = open_task(process, ReportFlow.correct, team.border)
    client.force_login(team.border_staff)
    client.post(url(correct, "assign"))
    page = client.get(url(correct, "execute"))
    assert "Kiểm tra lại số tập huấn." in page.content.decode()
    claim_and_post(
        client,
        team.border_staff,
        correct,
        {"i_victims-received": "3", "i_people-trained": "30"},
    )
    consolidate = open_task(process, ReportFlow.consolidate)
    claim_and_post(client, team.proposer, consolidate, {"decision": "accept"})
    approve = open_task(process, ReportFlow.approve)
    claim_and_post(client, team.head, approve, {"decision": "yes"})
    process.refresh_from_db()
    assert process.status == PROCESS.DONE

    client.force_login(team.police_staff)
    xlsx = client.get(
        reverse("workspace:tasks:report_download", args=[process.pk, "xlsx"])
    )
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["Nạn nhân được tiếp nhận"][2] == 15
    assert rows["Người được tập huấn"][2] == 70
    pdf = client.get(
        reverse("workspace:tasks:report_download", args=[process.pk, "pdf"])
    )
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")
    client.force_login(team.outsider)
    assert (
        client.get(
            reverse("workspace:tasks:report_download", args=[process.pk, "xlsx"])
        ).status_code
        == 404
    )


def test_only_the_focal_agency_opens_a_period(client, focal):
    client.force_login(focal.police_staff)
    response = client.post(
        ReportFlow.start.reverse("execute"),
        {
            "title": "Năm 2026",
            "period": "year",
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
            "agencies": [focal.police.pk],
        },
    )
    assert response.status_code == 200
    assert "Chỉ cơ quan đầu mối báo cáo" in response.content.decode()
    assert not ReportProcess.objects.exists()
